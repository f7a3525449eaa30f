#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# systemd-analyze verify on both units, with ExecStart pointing at the binary
# this build made (verify refuses a unit whose program does not exist, and the
# units name /usr/bin/picam-kiosk, which only the package installs; the
# package test verifies the installed units as they are). The same for the
# server's MediaMTX unit (its binary replaced by true(1): MediaMTX is not
# packaged for Debian). Then each sandbox must score "OK" or better in
# `systemd-analyze security`, the two Pi units must exclude each other, and
# both forbid core dumps.
# Usage: test_units.sh SOURCE_DIR BINARY
set -euo pipefail
src="$1"
binary="$2"
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

command -v systemd-analyze >/dev/null || skip "systemd-analyze is not installed (package systemd)"
[ -x "$binary" ] || fail "no program at $binary"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
units=(picam-kiosk.service picam-kiosk-ui.service)
for unit in "${units[@]}"; do
    grep -q '^ExecStart=/usr/bin/picam-kiosk\b' "$src/deploy/systemd/$unit" ||
        fail "$unit: ExecStart does not start /usr/bin/picam-kiosk"
    sed "s#^ExecStart=/usr/bin/picam-kiosk#ExecStart=$binary#" "$src/deploy/systemd/$unit" >"$work/$unit"
done
cp "$src/deploy/server/mediamtx.service" "$work/"
grep -q '^ExecStart=/usr/local/bin/mediamtx ' "$work/mediamtx.service" ||
    fail "mediamtx.service: ExecStart does not start /usr/local/bin/mediamtx"
sed -i "s#^ExecStart=/usr/local/bin/mediamtx #ExecStart=$(command -v true) #" "$work/mediamtx.service"
units+=(mediamtx.service)

cd "$work"
# verify exits 0 on mere warnings (an unknown key, a typo in a value): any
# line it prints about our files is a failure too.
set +e
out="$(systemd-analyze verify "${units[@]/#/./}" 2>&1)"
rc=$?
set -e
echo "$out"
[ $rc -eq 0 ] || fail "systemd-analyze verify exited with $rc"
if grep -E "(picam-kiosk(-ui)?|mediamtx)\.service" <<<"$out"; then
    fail "systemd-analyze verify complained about the units (lines above)"
fi
echo "verify: ${units[*]} clean"

for unit in "${units[@]}"; do
    line="$(systemd-analyze security --offline=true "./$unit" 2>/dev/null | grep 'Overall exposure level')" ||
        fail "$unit: systemd-analyze security printed no score"
    echo "$line"
    # "1.8 OK" -> 18; 2.5 is a little headroom above today's score.
    score="$(sed -E 's/.*: ([0-9]+)\.([0-9]).*/\1\2/' <<<"$line")"
    [ "$score" -le 25 ] || fail "$unit: exposure $line is above 2.5"
done

grep -q '^Conflicts=.*picam-kiosk-ui\.service' picam-kiosk.service ||
    fail "picam-kiosk.service does not conflict with picam-kiosk-ui.service"
grep -q '^Conflicts=.*\bpicam-kiosk\.service' picam-kiosk-ui.service ||
    fail "picam-kiosk-ui.service does not conflict with picam-kiosk.service"
grep -q '^Conflicts=.*getty@tty1\.service' picam-kiosk-ui.service ||
    fail "picam-kiosk-ui.service does not replace getty@tty1.service"
# A core dump would hold the passwords (the program is also non-dumpable).
for unit in picam-kiosk.service picam-kiosk-ui.service; do
    grep -q '^LimitCORE=0$' "$unit" || fail "$unit: no LimitCORE=0"
done
# The kiosk dims the backlight: the unit must leave its sysfs files writable
# (ProtectKernelTunables makes /sys read-only), and the udev rule must parse.
grep -q '^ReadWritePaths=-\?/sys/devices/platform$' picam-kiosk-ui.service ||
    fail "picam-kiosk-ui.service does not leave the backlight (/sys/devices/platform) writable"
rules="$src/deploy/udev/70-picam-kiosk-backlight.rules"
if command -v udevadm >/dev/null && udevadm verify --help >/dev/null 2>&1; then
    udevadm verify --resolve-names=never "$rules" || fail "udevadm verify refused $rules"
else
    echo "udevadm verify is not available here (systemd < 254): $rules not parsed"
fi
echo "PASS"
