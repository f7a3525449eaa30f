#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# The manual page (docs/picam-kiosk.1, packaged as
# /usr/share/man/man1/picam-kiosk.1.gz) formats without a groff warning (what
# lintian checks too) and documents exactly the program's options: every
# option `picam-kiosk --help` lists has an entry under OPTIONS, and OPTIONS has
# no entry for an option the program does not have.
# Usage: test_manpage.sh SOURCE_DIR BINARY
set -euo pipefail
page="$1/docs/picam-kiosk.1"
binary="$2"
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

command -v groff >/dev/null || skip "groff is not installed (package groff-base)"
warnings="$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 "$page" 2>&1)" || fail "groff failed: $warnings"
[ -z "$warnings" ] || fail "groff warns about $page: $warnings"
echo "groff -man -ww: no warnings"

# "  -h, --help   Displays ..." and "  --config <FILE>   Settings ..."
help="$("$binary" --help)" || fail "$binary --help failed"
from_help="$(awk -F'  +' '/^  -/ { print $2 }' <<<"$help" | sed -E 's/ <[^>]*>//g; s/, /\n/g' | sort -u)"
[ -n "$from_help" ] || fail "no options found in the output of --help: $help"
# The tag line after each .TP in the OPTIONS section: ".BR \-v \", \" \-\-version"
from_page="$(awk '/^\.SH / { options = ($2 == "OPTIONS") } options && tag { print; tag = 0 }
                  options && /^\.TP/ { tag = 1 }' "$page" |
    grep -oE '\\-(\\-)?[a-z][a-z\\-]*' | sed 's/\\-/-/g' | sort -u)"
echo "options: $(tr '\n' ' ' <<<"$from_help")"
missing="$(comm -23 <(echo "$from_help") <(echo "$from_page") | tr '\n' ' ')"
[ -z "$missing" ] || fail "the manual page does not document: $missing"
stale="$(comm -13 <(echo "$from_help") <(echo "$from_page") | tr '\n' ' ')"
[ -z "$stale" ] || fail "the manual page documents options the program does not have: $stale"
echo "PASS"
