#!/usr/bin/env bash
# The Debian package: built by CPack, installed with dpkg, the installed
# program answers --version and its network plugin loads, its desktop entry and AppStream metadata are
# valid and its icons are in the hicolor theme; removed with dpkg, it leaves
# no file behind.
#   package-test.sh BUILD_DIR
set -euo pipefail
build=$1
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/feishu-sso-setup_*.deb | head -1)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends\|Recommends\): /  \1: /p'
files=$(dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's#^\./#/#' | grep -v '/$')
"${sudo[@]}" dpkg -i "$deb" >/dev/null
trap '"${sudo[@]}" dpkg -r feishu-sso-setup >/dev/null 2>&1 || true' EXIT
version=$(/usr/bin/feishu-sso-setup --version)
[ "$version" = "feishu-sso-setup $(dpkg-deb -f "$deb" Version)" ] || { echo "--version says: $version"; exit 1; }
desktop-file-validate /usr/share/applications/io.github.feishu_sso_setup.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.feishu_sso_setup.metainfo.xml >/dev/null
for size in 16 22 24 32 48 64 96 128 256; do
    test -f "/usr/share/icons/hicolor/${size}x${size}/apps/io.github.feishu_sso_setup.png"
done
test -f /usr/share/icons/hicolor/scalable/apps/io.github.feishu_sso_setup.svg
# The network plugin is installed where the program looks for it: the
# installed sandbox serves (and is stopped).
served=$(timeout 5 /usr/bin/feishu-sso-setup sandbox 2>&1 | head -1 || true)
case $served in
"Feishu sandbox serving on"*) ;;
*) echo "the installed program's sandbox did not start: $served"; exit 1 ;;
esac
"${sudo[@]}" dpkg -r feishu-sso-setup >/dev/null
trap - EXIT
left=0
for f in $files; do
    if [ -e "$f" ]; then echo "left behind: $f"; left=1; fi
done
[ "$left" = 0 ]
echo "package installs, runs and removes cleanly ($(echo "$files" | wc -l) files)"
