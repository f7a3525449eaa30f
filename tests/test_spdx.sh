#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# Every source file of ours carries the SPDX licence header (see LICENSE and
# the README's "Licence"). scripts/spdx-headers --check goes through every
# tracked file by its rules and names each one without the header, or of a
# kind it has no rule for. As a cross-check that those rules do not leave out
# too much, the kinds of files that are always ours are looked at here too.
# Fix with: scripts/spdx-headers
# Usage: test_spdx.sh SOURCE_DIR
set -euo pipefail
cd "$1"
fail=0
scripts/spdx-headers --check . || fail=1

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t always < <(git ls-files '*.cpp' '*.h' '*.qml' '*.sh' '*.py' '*.cmake' \
        'CMakeLists.txt' '*/CMakeLists.txt' 'scripts/*' 'bench/*' '.ci/*' 'deploy/systemd/*' \
        'deploy/server/*' 'deploy/debian/post*' 'deploy/debian/pre*' '*.service' '*.conf')
    for f in "${always[@]}"; do
        [ -f "$f" ] || continue
        if ! head -n 5 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later$'; then
            echo "$f: no 'SPDX-License-Identifier: GPL-3.0-or-later' in its first lines"
            fail=1
        fi
    done
    echo "cross-check: ${#always[@]} files of the kinds that always need the header"
fi
[ $fail -eq 0 ] || { echo "FAIL: run scripts/spdx-headers"; exit 1; }
echo "PASS"
