#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# Builds the Debian package from this build tree with CPack (the program is
# already built: no second build) and checks what is in it: the program, both
# units and the settings with the right modes, the conffile, the maintainer
# scripts, copyright, changelog and manual page, and dependencies computed by
# dpkg-shlibdeps. Leaves the package in OUT_DIR for test_package_install.sh
# and test_lintian.sh.
# Usage: test_package_contents.sh BUILD_DIR OUT_DIR
set -euo pipefail
build="$1"
out="$2"
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

for tool in cpack dpkg-deb dpkg-shlibdeps file readelf; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/packages.txt)"
done

rm -rf "$out"
mkdir -p "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"
    fail "cpack could not build the package"
}
rm -rf "$out/_CPack_Packages"
mapfile -t debs < <(ls "$out"/picam-kiosk_*.deb 2>/dev/null)
[ ${#debs[@]} -eq 1 ] || fail "expected one picam-kiosk_*.deb in $out, found ${#debs[@]}"
deb="${debs[0]}"
ln -sf "$(basename "$deb")" "$out/picam-kiosk.deb"
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"

listing="$(dpkg-deb -c "$deb")"
echo "$listing"
# mode owner/group path
expect() {
    grep -qE "^$1 +$2 .* \\.$3\$" <<<"$listing" || fail "package lacks $3 with mode $1 owner $2"
}
expect '-rwxr-xr-x' 'root/root' /usr/bin/picam-kiosk
expect '-rw-r--r--' 'root/root' /usr/lib/picam-kiosk/libpicam-backend.so
expect '-rw-r--r--' 'root/root' /usr/lib/picam-kiosk/libpicam-kioskui.so
expect '-rw-r--r--' 'root/root' /usr/lib/systemd/system/picam-kiosk.service
expect '-rw-r--r--' 'root/root' /usr/lib/systemd/system/picam-kiosk-ui.service
expect '-rw-r--r--' 'root/root' /usr/lib/udev/rules.d/70-picam-kiosk-backlight.rules
expect '-rw-------' 'root/root' /etc/picam-kiosk/picam-kiosk.conf
expect '-rw-r--r--' 'root/root' /usr/share/doc/picam-kiosk/server/mosquitto.conf
expect '-rw-r--r--' 'root/root' /usr/share/doc/picam-kiosk/copyright
expect '-rw-r--r--' 'root/root' /usr/share/doc/picam-kiosk/changelog.gz
expect '-rw-r--r--' 'root/root' /usr/share/man/man1/picam-kiosk.1.gz
expect '-rw-r--r--' 'root/root' /usr/share/lintian/overrides/picam-kiosk

# Nothing outside the places the package is meant to own (an install rule
# added elsewhere in the project would show up here).
stray="$(awk '{print $NF}' <<<"$listing" | grep -vE '^\./(usr/bin/|usr/lib/picam-kiosk/|usr/share/doc/picam-kiosk/|usr/share/picam-kiosk/|usr/share/man/man1/picam-kiosk\.1\.gz$|usr/share/lintian/overrides/picam-kiosk$|usr/lib/systemd/system/|usr/lib/udev/rules\.d/70-picam-kiosk-backlight\.rules$|usr/lib/udev/$|usr/lib/udev/rules\.d/$|etc/picam-kiosk/|$|usr/$|usr/lib/$|usr/lib/systemd/$|usr/share/$|usr/share/doc/$|usr/share/man/$|usr/share/man/man1/$|usr/share/lintian/$|usr/share/lintian/overrides/$|etc/$)' || true)"
[ -z "$stray" ] || fail "unexpected files in the package: $stray"

ctrl="$(mktemp -d)"
trap 'rm -rf "$ctrl"' EXIT
dpkg-deb -e "$deb" "$ctrl"
grep -qx '/etc/picam-kiosk/picam-kiosk.conf' "$ctrl/conffiles" ||
    fail "/etc/picam-kiosk/picam-kiosk.conf is not a conffile"
for script in postinst prerm postrm; do
    [ -x "$ctrl/$script" ] || fail "maintainer script $script missing or not executable"
done
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
# From dpkg-shlibdeps (the libraries the program links) and from the list of
# run-time modules and tools added by hand.
for dep in libc6 libqt6core6 libqt6quick6 libsystemd0 libqrencode4 $("$(dirname "$0")/../../../scripts/packages" --run); do
    grep -q "\\b$dep" <<<"$depends" || fail "Depends lacks $dep"
done

bin="$(mktemp -d)"
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$bin" ./usr/bin/ ./usr/lib/picam-kiosk/ ./usr/share/doc/picam-kiosk/
# The changelog is of the version packaged (CMake refuses to configure when
# deploy/debian/changelog and the project's version differ).
version="$(dpkg-deb -f "$deb" Version)"
changelog_version="$(zcat "$bin/usr/share/doc/picam-kiosk/changelog.gz" | sed -nE '1s/^picam-kiosk \(([^)]+)\).*/\1/p')"
[ "$changelog_version" = "$version" ] ||
    fail "the packaged changelog is for version '$changelog_version', the package is $version"
echo "changelog.gz: version $changelog_version"
for elf in usr/bin/picam-kiosk usr/lib/picam-kiosk/libpicam-backend.so \
    usr/lib/picam-kiosk/libpicam-kioskui.so; do
    file "$bin/$elf" | grep -q ', stripped' || fail "the packaged /$elf is not stripped"
    ! readelf -S "$bin/$elf" | grep -qE ' \.comment( |$)' || fail "the packaged /$elf has a .comment section"
done
# The program finds its private libraries relative to itself, not through
# the system's library path.
readelf -d "$bin/usr/bin/picam-kiosk" | grep -q 'R.*PATH.*\[\$ORIGIN/\.\./lib/picam-kiosk\]' ||
    fail "the packaged program does not look for its libraries in ../lib/picam-kiosk"
rm -rf "$bin"
echo "PASS"
