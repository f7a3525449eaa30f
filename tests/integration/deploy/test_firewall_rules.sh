#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# deploy/server/rules.v4 (and its IPv6 twin rules.v6) load with
# `iptables-restore --test` / `ip6tables-restore --test` (parsed and checked
# against the kernel's netfilter, nothing applied), and hold the policy and
# the ports of the deployment's port table.
# --test still needs the netfilter capability (CAP_NET_ADMIN): without it
# (an unprivileged container) the test skips and says so.
# Usage: test_firewall_rules.sh SOURCE_DIR
set -euo pipefail
dir="$1/deploy/server"
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

check() { # restore-tool rules-file
    local restore rules="$2"
    restore="$(command -v "$1" || echo "/usr/sbin/$1")"
    [ -x "$restore" ] || skip "$1 is not installed (package iptables)"

    # Can this machine check rules at all? A minimal valid table tells.
    local probe
    if ! probe="$(printf '*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n' | "$restore" --test 2>&1)"; then
        skip "$1 --test cannot reach netfilter here: $probe"
    fi
    # And does it really check? A rule with an unknown match must be refused.
    if printf '*filter\n-A INPUT -m no_such_match -j ACCEPT\nCOMMIT\n' | "$restore" --test >/dev/null 2>&1; then
        skip "$1 --test accepts an invalid rule here: it checks nothing"
    fi

    local out
    out="$("$restore" --test "$rules" 2>&1)" || fail "$1 --test refused $rules: $out"
    echo "$1 --test: $rules loads"

    need() { grep -qE -- "$1" "$rules" || fail "$rules lacks: $2"; }
    need '^:INPUT DROP ' "INPUT policy DROP"
    need '^:FORWARD DROP ' "FORWARD policy DROP"
    need '^-A INPUT -i lo -j ACCEPT$' "loopback allowed"
    need '^-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT$' "established traffic allowed"
    for port in 22 8554 8889 1883 9001; do
        need "^-A INPUT -p tcp --dport $port( |$).*-j ACCEPT$" "TCP port $port open"
    done
    # Nothing else opened by accident (8189/udp is WebRTC media).
    local opened
    opened="$(grep -E '^-A INPUT .*--dport' "$rules" |
        sed -E 's/.*-p (tcp|udp) --dport ([0-9]+).*/\2\/\1/' | sort -n | tr '\n' ' ')"
    [ "$opened" = "22/tcp 1883/tcp 8189/udp 8554/tcp 8889/tcp 9001/tcp " ] ||
        fail "$rules: unexpected open ports: $opened"
    echo "$rules: open: $opened"
}

check iptables-restore "$dir/rules.v4"
check ip6tables-restore "$dir/rules.v6"
echo "PASS"
