#!/usr/bin/env bash
# deploy/server/rules.v4 loads with `iptables-restore --test` (parsed and
# checked by the kernel's netfilter, nothing applied), and holds the policy
# and the ports of the deployment's port table.
# --test still needs the netfilter capability (CAP_NET_ADMIN): without it
# (an unprivileged container) the test skips and says so.
# Usage: test_firewall_rules.sh SOURCE_DIR
set -euo pipefail
rules="$1/deploy/server/rules.v4"
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

restore="$(command -v iptables-restore || echo /usr/sbin/iptables-restore)"
[ -x "$restore" ] || skip "iptables-restore is not installed (package iptables)"

# Can this machine check rules at all? A minimal valid table tells.
if ! probe="$(printf '*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n' | "$restore" --test 2>&1)"; then
    skip "iptables-restore --test cannot reach netfilter here: $probe"
fi
# And does it really check? A rule with an unknown match must be refused.
if printf '*filter\n-A INPUT -m no_such_match -j ACCEPT\nCOMMIT\n' | "$restore" --test >/dev/null 2>&1; then
    skip "iptables-restore --test accepts an invalid rule here: it checks nothing"
fi

out="$("$restore" --test "$rules" 2>&1)" || fail "iptables-restore --test refused $rules: $out"
echo "iptables-restore --test: $rules loads"

need() { grep -qE -- "$1" "$rules" || fail "$rules lacks: $2"; }
need '^:INPUT DROP ' "INPUT policy DROP"
need '^:FORWARD DROP ' "FORWARD policy DROP"
need '^-A INPUT -i lo -j ACCEPT$' "loopback allowed"
need '^-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT$' "established traffic allowed"
for port in 22 8554 8889 1883 9001; do
    need "^-A INPUT -p tcp --dport $port( |$).*-j ACCEPT$" "TCP port $port open"
done
# Nothing else opened by accident (8189/udp is WebRTC media).
opened="$(grep -E '^-A INPUT .*--dport' "$rules" | sed -E 's/.*-p (tcp|udp) --dport ([0-9]+).*/\2\/\1/' | sort -n | tr '\n' ' ')"
[ "$opened" = "22/tcp 1883/tcp 8189/udp 8554/tcp 8889/tcp 9001/tcp " ] ||
    fail "unexpected open ports: $opened"
echo "ports open: $opened"
echo "PASS"
