#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# The example settings the package installs (deploy/picam-kiosk.conf) are
# valid for this program with no warning, and every key it shows, commented
# out or not, is a real setting (a commented key is invisible to
# --check-config, so it is checked against --print-config, which lists all).
# Settings the example does not mention are listed, not failed: defaults.
# Usage: test_example_config.sh SOURCE_DIR BINARY
set -euo pipefail
conf="$1/deploy/picam-kiosk.conf"
binary="$2"
fail() { echo "FAIL: $*"; exit 1; }

out="$("$binary" --config "$conf" --check-config 2>&1)" || fail "--check-config: $out"
echo "$out"
! grep -q '^warning:' <<<"$out" || fail "the example draws warnings"

ini_keys() { # group/key of every key=value line, also of ";key=value" lines
    awk '/^\[.*\]$/ { group = substr($0, 2, length($0) - 2); next }
         match($0, /^;?[a-z_]+=/) { key = substr($0, 1, RLENGTH - 1); sub(/^;/, "", key);
                                     print group "/" key }' "$1" | sort -u
}
shown="$(ini_keys "$conf")"
known="$(ini_keys <("$binary" --config "$conf" --print-config))"
unknown="$(comm -23 <(echo "$shown") <(echo "$known"))"
[ -z "$unknown" ] || fail "the example shows settings the program does not have: $unknown"
missing="$(comm -13 <(echo "$shown") <(echo "$known") | tr '\n' ' ')"
[ -z "$missing" ] || echo "note: not in the example (defaults apply): $missing"
echo "PASS"
