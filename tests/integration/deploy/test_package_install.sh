#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# Installs the package made by test_package_contents.sh with dpkg on this
# machine, checks the installed program, settings, user and units, then
# removes and purges it and checks that nothing is left behind.
# Needs root and a machine where picam-kiosk is not installed (CI's throwaway
# Debian 12 machine); skips otherwise.
# Usage: test_package_install.sh PACKAGE_DIR
set -euo pipefail
deb="$1/picam-kiosk.deb"
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
command -v dpkg >/dev/null || skip "dpkg is not available"
[ -f "$deb" ] || fail "no package at $deb (test_package_contents makes it)"
if dpkg-query -W -f='${db:Status-Status}' picam-kiosk 2>/dev/null | grep -qv '^not-installed$'; then
    skip "picam-kiosk is already installed here; this test would remove it"
fi
getent passwd picam >/dev/null && skip "a user picam exists here; purging would delete it"

# Everything named after the package, anywhere the package may write.
traces() {
    {
        find /etc /var/lib /lib/systemd /usr/lib/systemd /usr/bin /usr/share/doc /run \
            -xdev -name '*picam*' 2>/dev/null || true
        find /usr/lib -maxdepth 1 -name '*picam*' 2>/dev/null || true
        getent passwd picam || true
        getent group picam || true
    } | sort
}
groups_now() { getent group | cut -d: -f1 | sort; }
before="$(traces)"
groups_before="$(groups_now)"
[ -z "$before" ] || skip "this machine already has picam files: $before"

# dpkg refuses to run while apt or another dpkg holds its lock: wait for it.
dpkg_run() {
    local tries=0
    while true; do
        if out="$(dpkg "$@" 2>&1)"; then
            echo "$out"
            return 0
        fi
        if grep -q 'lock' <<<"$out" && [ $tries -lt 60 ]; then
            tries=$((tries + 1))
            sleep 1
            continue
        fi
        echo "$out"
        return 1
    done
}

installed=0
cleanup() {
    if [ $installed -eq 1 ]; then
        dpkg_run --purge picam-kiosk >/dev/null || true
    fi
}
trap cleanup EXIT

echo "== dpkg -i"
installed=1
dpkg_run -i "$deb" || fail "dpkg -i failed (missing run-time dependencies? see above)"

version="$(/usr/bin/picam-kiosk --version)" || fail "picam-kiosk --version failed"
echo "$version"
grep -qE '^picam-kiosk [0-9]+\.[0-9]+\.[0-9]+' <<<"$version" || fail "unexpected --version output"

# As the service would run it: user picam, default settings path.
check="$(runuser -u picam -- env HOME=/var/lib/picam-kiosk /usr/bin/picam-kiosk --check-config 2>&1)" ||
    fail "picam-kiosk --check-config as picam failed: $check"
echo "$check"
grep -q '^/etc/picam-kiosk/picam-kiosk.conf: settings are valid' <<<"$check" ||
    fail "--check-config did not check the installed settings"

# The kiosk screen is a module the installed program finds in
# /usr/lib/picam-kiosk: show it (offscreen, nothing to connect to) as picam.
screen_log="$(mktemp)"
runuser -u picam -- env HOME=/var/lib/picam-kiosk QT_QPA_PLATFORM=offscreen \
    /usr/bin/picam-kiosk --windowed --set mqtt/enabled=false --set stream/enabled=false \
    >"$screen_log" 2>&1 &
screen_pid=$!
for _ in $(seq 300); do
    grep -q 'kiosk window shown' "$screen_log" && break
    kill -0 "$screen_pid" 2>/dev/null || break
    sleep 0.1
done
kill -TERM "$screen_pid" 2>/dev/null || true
wait "$screen_pid" || true
grep -q 'kiosk window shown' "$screen_log" ||
    fail "the installed program did not show its screen: $(cat "$screen_log")"
rm -f "$screen_log"
echo "installed program shows the kiosk screen"

mode() { stat -c '%U:%G %a' "$1"; }
[ "$(mode /etc/picam-kiosk/picam-kiosk.conf)" = "picam:picam 600" ] ||
    fail "settings file is $(mode /etc/picam-kiosk/picam-kiosk.conf), expected picam:picam 600"
[ "$(mode /etc/picam-kiosk)" = "root:picam 770" ] ||
    fail "settings directory is $(mode /etc/picam-kiosk), expected root:picam 770"
[ "$(mode /var/lib/picam-kiosk)" = "picam:picam 700" ] ||
    fail "state directory is $(mode /var/lib/picam-kiosk), expected picam:picam 700"
IFS=: read -r _ _ uid _ _ home shell < <(getent passwd picam)
[ "$uid" -lt 1000 ] || fail "picam is not a system user (uid $uid)"
[ "$home" = /var/lib/picam-kiosk ] || fail "picam's home is $home"
[ "$shell" = /usr/sbin/nologin ] || fail "picam's shell is $shell"
for group in video i2c input render; do
    getent group "$group" >/dev/null || fail "group $group (SupplementaryGroups=) does not exist"
done

# Enabled for boot, the kiosk unit not; started by nothing.
[ -L /etc/systemd/system/multi-user.target.wants/picam-kiosk.service ] ||
    fail "picam-kiosk.service is not enabled"
[ ! -e /etc/systemd/system/multi-user.target.wants/picam-kiosk-ui.service ] ||
    fail "picam-kiosk-ui.service is enabled too (they conflict)"
if [ -d /run/systemd/system ]; then
    ! systemctl is-active --quiet picam-kiosk.service || fail "the package started the service"
fi
if command -v systemd-analyze >/dev/null; then
    out="$(systemd-analyze verify /usr/lib/systemd/system/picam-kiosk.service \
        /usr/lib/systemd/system/picam-kiosk-ui.service 2>&1)" || fail "verify of installed units: $out"
    ! grep -E 'picam-kiosk(-ui)?\.service' <<<"$out" || fail "verify of installed units: $out"
    echo "installed units verify clean"
fi
# Reinstalling (the upgrade path: prerm upgrade, postinst configure OLD)
# keeps the administrator's edits and the owner and mode of the settings.
echo "; edited by the administrator" >>/etc/picam-kiosk/picam-kiosk.conf
echo "== dpkg -i again (upgrade path)"
dpkg_run -i "$deb" || fail "reinstalling failed"
grep -q '^; edited by the administrator$' /etc/picam-kiosk/picam-kiosk.conf ||
    fail "reinstalling replaced the edited settings"
[ "$(mode /etc/picam-kiosk/picam-kiosk.conf)" = "picam:picam 600" ] ||
    fail "after reinstalling the settings file is $(mode /etc/picam-kiosk/picam-kiosk.conf)"

# Under a running systemd (a CI virtual machine, not a container without it):
# start the installed service for real, inside its sandbox. Without camera,
# Sense HAT or server it must still come up (READY=1 within TimeoutStartSec),
# run as picam, and stop cleanly.
if [ -d /run/systemd/system ]; then
    systemctl start picam-kiosk.service ||
        fail "the service did not start: $(journalctl -u picam-kiosk.service -n 40 --no-pager 2>&1)"
    pid="$(systemctl show -p MainPID --value picam-kiosk.service)"
    [ "$(ps -o user= -p "$pid")" = picam ] || fail "the service does not run as picam"
    systemctl stop picam-kiosk.service
    result="$(systemctl show -p Result --value picam-kiosk.service)"
    [ "$result" = success ] ||
        fail "the service stopped with $result: $(journalctl -u picam-kiosk.service -n 40 --no-pager 2>&1)"
    echo "systemd: the service started (READY=1) as picam and stopped cleanly"
else
    echo "no running systemd here: the service is not started (units only verified)"
fi

# As an administrator choosing the kiosk would: purge must clean this up too.
if systemctl enable picam-kiosk-ui.service >/dev/null 2>&1 &&
    [ -L /etc/systemd/system/multi-user.target.wants/picam-kiosk-ui.service ]; then
    echo "kiosk unit enabled by hand (systemctl enable)"
fi
touch /var/lib/picam-kiosk/persisted-message # as the MQTT buffer would

echo "== dpkg -r"
dpkg_run -r picam-kiosk || fail "dpkg -r failed"
for path in /usr/bin/picam-kiosk /usr/lib/picam-kiosk /usr/lib/systemd/system/picam-kiosk.service \
    /usr/lib/systemd/system/picam-kiosk-ui.service; do
    [ ! -e "$path" ] || fail "$path is still there after removal"
done
# Debian keeps settings (conffiles) and state until purge.
[ -f /etc/picam-kiosk/picam-kiosk.conf ] || fail "removal deleted the settings (only purge may)"

echo "== dpkg -P"
dpkg_run -P picam-kiosk || fail "dpkg -P failed"
installed=0
after="$(traces)"
[ -z "$after" ] || fail "left behind after purge: $after"
[ "$(groups_now)" = "$groups_before" ] ||
    fail "groups differ after purge: $(diff <(echo "$groups_before") <(groups_now) || true)"
! find /etc/systemd/system -xtype l -name 'picam-kiosk*' | grep . || fail "dangling unit links left"
echo "PASS"
