#!/usr/bin/env bash
# test_package.sh BUILD_DIR VERSION
# Builds the Debian package with cpack into a temporary folder, checks its
# control fields and file list, unpacks it with `dpkg-deb -x` into a clean,
# temporary root (not `dpkg -i`: the test must not change the system it runs
# on; `dpkg -x` lays out exactly the files `dpkg -i` would install) and runs
# the installed programs from there, against the system's libraries (no
# LD_LIBRARY_PATH, nothing from the build tree).
# lintian must report no error (E:) and no warning (W:), without overrides.
# Its informational tags (I:) are printed, not failed on: they are
# suggestions, and lintian's own severity says they need no change. Pedantic
# (P:) and experimental (X:) tags are not asked for.
set -euo pipefail
build=$1 version=$2
tmp=$(mktemp -d)
spid=
trap '[ -z "$spid" ] || { kill $spid 2>/dev/null; wait $spid 2>/dev/null; }; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$tmp/out" > "$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; fail "cpack failed"; }
deb="$tmp/out/drogue-workbench_${version}_amd64.deb"
[ -f "$deb" ] || { ls -l "$tmp/out"; fail "no $deb"; }

[ "$(dpkg-deb -f "$deb" Package)" = drogue-workbench ] || fail "Package field"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version field"
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] || fail "Architecture field"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# The package names in Depends, one a line: alternatives ("a | b") split,
# version constraints and architecture qualifiers removed. Compared as whole
# lines of fixed strings: names such as libstdc++6 are no patterns.
names=$(tr ',|' '\n\n' <<<"$depends" | sed -e 's/([^)]*)//g' -e 's/:[a-z0-9]*//' -e 's/[[:space:]]//g' \
        | grep -v '^$' | sort -u)
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6httpserver6 libqt6svg6 \
           libssl3 libmosquitto1 mosquitto qt6-qpa-plugins libc6 libstdc++6; do
  grep -Fxq -- "$pkg" <<<"$names" || fail "Depends lacks $pkg"
done
# Every package named in Depends exists on this system's package lists.
for pkg in $names; do
  apt-cache show "$pkg" > /dev/null 2>&1 || dpkg-query -W "$pkg" > /dev/null 2>&1 \
    || fail "Depends names an unknown package: $pkg"
done

root="$tmp/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/drogue-workbench usr/bin/dwb usr/bin/drogue-sandbox \
         usr/share/applications/io.drogue.Workbench.desktop \
         usr/share/metainfo/io.drogue.Workbench.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/drogue-workbench.svg \
         usr/share/man/man1/dwb.1.gz usr/share/man/man1/drogue-sandbox.1.gz \
         usr/share/man/man1/drogue-workbench.1.gz \
         usr/share/doc/drogue-workbench/copyright usr/share/doc/drogue-workbench/user-guide.md \
         usr/share/doc/drogue-workbench/CHANGELOG.md usr/share/doc/drogue-workbench/changelog.gz; do
  [ -e "$root/$f" ] || fail "missing /$f in the package"
done
plugin=$(find "$root/usr/lib" -name drogue_auth_plugin.so | head -n1)
[ -n "$plugin" ] || fail "the broker plugin is not in the package"
echo "broker plugin: ${plugin#$root}"
# The sandbox finds the plugin from its installed location (Broker::findPlugin),
# a private folder the dynamic loader does not search (no ldconfig needed).
case "${plugin#$root}" in
  /usr/lib/x86_64-linux-gnu/drogue-workbench/*) ;;
  *) fail "plugin installed where drogue-sandbox does not look: ${plugin#$root}" ;;
esac
# The man pages as man reads them (gzip), the changelog in Debian's format.
for page in dwb drogue-sandbox drogue-workbench; do
  gzip -t "$root/usr/share/man/man1/$page.1.gz" || fail "$page.1.gz is not gzip"
done
first=$(gzip -dc "$root/usr/share/doc/drogue-workbench/changelog.gz" | sed -n 1p)
[[ $first == "drogue-workbench ($version) "* ]] || fail "changelog.gz does not start with this version: $first"

# lintian: no error, no warning (see the header). --fail-on none: its exit
# status then only says whether it could check the package.
command -v lintian > /dev/null || fail "lintian is missing (packaging/debian-packages.txt lists it)"
lintian --info --fail-on none "$deb" > "$tmp/lintian.txt" 2> "$tmp/lintian.err" \
  || { cat "$tmp/lintian.err" >&2; fail "lintian could not check the package"; }
echo "lintian: $(grep -c '^E: ' "$tmp/lintian.txt") error(s), $(grep -c '^W: ' "$tmp/lintian.txt") warning(s), $(grep -c '^[IN]: ' "$tmp/lintian.txt") note(s)"
sed 's/^/  /' "$tmp/lintian.txt"
if grep -q '^[EW]: ' "$tmp/lintian.txt"; then
  fail "lintian reports errors or warnings (above)"
fi
# Files are owned by root in the archive, programs executable.
dpkg-deb -c "$deb" | awk '{print $2}' | sort -u | grep -qv '^root/root$' && fail "files not owned by root/root"

# The installed programs and the plugin find every library they link on this
# system (the Depends above name their packages).
for f in "$root"/usr/bin/* "$plugin"; do
  missing=$(ldd "$f" | grep 'not found' || true)
  [ -z "$missing" ] || fail "${f#$root}: $missing"
done

out=$("$root/usr/bin/dwb" --version) || fail "dwb --version failed"
[ "$out" = "dwb $version" ] || fail "dwb --version: $out"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/drogue-workbench" --version) || fail "drogue-workbench --version failed"
[ "$out" = "drogue-workbench $version" ] || fail "drogue-workbench --version: $out"
out=$("$root/usr/bin/drogue-sandbox" --version) || fail "drogue-sandbox --version failed"
[ "$out" = "drogue-sandbox $version" ] || fail "drogue-sandbox --version: $out"
# The installed sandbox starts with its MQTT broker, which loads the plugin
# from the package's location (no DWB_BROKER_PLUGIN), and answers on its API.
data="$tmp/data"; mkdir -p "$data"
env -u DWB_BROKER_PLUGIN "$root/usr/bin/drogue-sandbox" --data-dir "$data" > "$tmp/sandbox.out" 2> "$tmp/sandbox.log" &
spid=$!
stop_sandbox() { kill $spid 2>/dev/null; wait $spid 2>/dev/null || true; spid=; }
for _ in $(seq 1 100); do
  grep -q '^https\?://' "$tmp/sandbox.out" && break
  kill -0 $spid 2>/dev/null || break
  sleep 0.1
done
grep -q '^https\?://' "$tmp/sandbox.out" || { stop_sandbox; cat "$tmp/sandbox.log"; fail "installed sandbox did not start with its broker"; }
echo "installed sandbox: $(head -n1 "$tmp/sandbox.out")"
"$root/usr/bin/dwb" --sandbox "$data" create app pkg-test > /dev/null || { stop_sandbox; fail "dwb create app against the installed sandbox"; }
"$root/usr/bin/dwb" --sandbox "$data" get apps | grep -q pkg-test || { stop_sandbox; fail "dwb get apps"; }
stop_sandbox
echo "ok: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
