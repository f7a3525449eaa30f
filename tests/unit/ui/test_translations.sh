#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# Every visible string of the screen is translated: lupdate run over the
# sources into a copy of each .ts file finds no new or unfinished entry.
# English is the source text: its file holds only the plural forms
# ("1 try left", "2 tries left"), kept with lupdate -pluralonly.
set -euo pipefail
src="$1"
lupdate=/usr/lib/qt6/bin/lupdate
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/picam-kiosk_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    lang="$(basename "$ts" .ts)"; lang="${lang#picam-kiosk_}"
    only=()
    [ "$lang" = en ] && only=(-pluralonly)
    (cd "$src" && "$lupdate" "${only[@]}" -no-obsolete -locations none -target-language "$lang" \
        qml backend/ui backend/config -ts "$copy" >/dev/null)
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    total=$(grep -c '<source>' "$copy" || true)
    echo "$(basename "$ts"): $total entries, $unfinished unfinished"
    if [ "$unfinished" -ne 0 ]; then
        grep -B2 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^/  untranslated: /'
        status=1
    fi
done
exit $status
