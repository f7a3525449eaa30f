#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# lintian, Debian's package checker, on the package test_package_contents.sh
# made: any error (E:) fails. Warnings (W:) and notes (I:) are printed, not
# failed. The warning kept on purpose is overridden, with its reason, in
# deploy/debian/lintian-overrides (installed as
# /usr/share/lintian/overrides/picam-kiosk) and shows as an O: line:
#   non-standard-file-perm 0600 != 0644 [etc/picam-kiosk/picam-kiosk.conf]
# The notes kept (not overridden: they come and go with lintian's version
# and the code, and an override that no longer matches is a note itself):
#   hardening-no-fortify-functions [usr/lib/picam-kiosk/libpicam-backend.so]
#     The library is built with -D_FORTIFY_SOURCE=2; its one call that
#     fortification could check, read() of the I2C device into a caller's
#     buffer, has a buffer whose size the compiler cannot know, so no
#     __read_chk is made (lintian cannot tell this from no fortification).
#   package-supports-alternative-init-but-no-init.d-script (Debian 12 only)
#     The program is made for systemd (Type=notify, watchdog, StateDirectory=,
#     the sandbox); an init.d script could give none of it.
# Usage: test_lintian.sh PACKAGE_DIR
set -euo pipefail
deb="$1/picam-kiosk.deb"
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

command -v lintian >/dev/null || skip "lintian is not installed (scripts/packages.txt)"
[ -f "$deb" ] || fail "no package at $deb (test_package_contents makes it)"
echo "$(lintian --version) on $(readlink -f "$deb")"

# --display-info: also the I: notes; --show-overrides: the kept warnings (O:).
set +e
out="$(lintian --fail-on error --display-info --show-overrides --tag-display-limit 0 "$deb" 2>&1)"
rc=$?
set -e
echo "$out"
# lintian exits 1 when it finds errors, 2 when it could not check at all.
[ $rc -le 1 ] || fail "lintian could not check the package (exit $rc)"
for level in E W I O; do
    echo "$level: $(grep -c "^$level: " <<<"$out" || true)"
done
! grep -q '^E: ' <<<"$out" || fail "lintian reports errors (E: lines above)"
[ $rc -eq 0 ] || fail "lintian exited with $rc"
echo "PASS"
