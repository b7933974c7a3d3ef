#!/bin/sh
# test_version.sh VERSION PROGRAM... : each program prints "<name> VERSION"
# for --version, exits 0 and needs no display.
set -u
version=$1; shift
fail=0
for prog in "$@"; do
  name=$(basename "$prog")
  out=$(QT_QPA_PLATFORM=offscreen DISPLAY= WAYLAND_DISPLAY= "$prog" --version 2>&1); rc=$?
  if [ $rc -ne 0 ] || [ "$out" != "$name $version" ]; then
    echo "FAIL: $prog --version -> rc=$rc '$out' (expected '$name $version')"; fail=1
  else
    echo "ok: $out"
  fi
done
exit $fail
