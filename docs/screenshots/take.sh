#!/usr/bin/env bash
# Screenshots of the workbench for the docs, on a seeded sandbox under Xvfb.
#   docs/screenshots/take.sh BUILD_DIR
# Writes docs/screenshots/main-window.png and inspector.png.
set -euo pipefail
BUILD_DIR=$(readlink -f "${1:?usage: take.sh BUILD_DIR}")
HERE=$(dirname "$(readlink -f "$0")")
BIN=$BUILD_DIR/bin
for p in drogue-sandbox drogue-workbench; do
  [ -x "$BIN/$p" ] || { echo "missing $BIN/$p" >&2; exit 1; }
done
for p in Xvfb import openssl curl python3; do
  command -v $p >/dev/null || { echo "missing $p" >&2; exit 1; }
done

TMP=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT

# 1. A sandbox in a temporary folder (the broker is not needed here).
DATA=$TMP/sandbox
mkdir -p "$DATA"
"$BIN/drogue-sandbox" --data-dir "$DATA" --http-port 0 --no-broker > "$TMP/sandbox.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do [ -f "$DATA/sandbox.json" ] && break; sleep 0.1; done
[ -f "$DATA/sandbox.json" ] || { cat "$TMP/sandbox.log" >&2; exit 1; }
json() { python3 -c "import json,sys; print(json.load(open('$DATA/sandbox.json'))['$1'])"; }
API=$(json api); USER_ID=$(json user); TOKEN=$(json token)
CACERT=()
CA=$(json ca 2>/dev/null || true)
[ -n "$CA" ] && [ -f "$CA" ] && CACERT=(--cacert "$CA")
REG=$API/api/registry/v1alpha1
post() { # path json
  curl -sS -f "${CACERT[@]}" -u "$USER_ID:$TOKEN" -H 'Content-Type: application/json' \
       -X POST "$REG/$1" --data-binary "$2" > /dev/null
}

# 2. Certificates made with openssl: an anchor for demo-app, device certificates.
C=$TMP/certs
mkdir -p "$C"
cat > "$C/leaf.ext" <<EXT
basicConstraints=CA:FALSE
keyUsage=digitalSignature
extendedKeyUsage=serverAuth,clientAuth
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
EXT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$C/anchor.key" \
  -out "$C/anchor.pem" -days 365 -subj "/CN=demo-app/O=Drogue IoT/OU=Cloud" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
leaf() { # name
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$C/$1.key" \
    -out "$C/$1.csr" -subj "/CN=$1/O=Drogue IoT/OU=demo-app" 2>/dev/null
  openssl x509 -req -in "$C/$1.csr" -CA "$C/anchor.pem" -CAkey "$C/anchor.key" -CAcreateserial \
    -days 90 -extfile "$C/leaf.ext" -out "$C/$1.pem" 2>/dev/null
}
leaf sensor-07
cat "$C/sensor-07.pem" "$C/anchor.pem" > "$C/sensor-07-chain.pem"

# 3. Seed: three applications, demo-app with its anchor and 20 devices.
ANCHOR_B64=$(base64 -w0 < "$C/anchor.pem")
post apps '{"metadata":{"name":"demo-app","labels":{"team":"lab-2"}},"spec":{"trustAnchors":{"anchors":[{"certificate":"'"$ANCHOR_B64"'"}]}}}'
post apps '{"metadata":{"name":"greenhouse","labels":{"site":"north"}}}'
BROKEN_B64=$(printf -- '-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n' | base64 -w0)
post apps '{"metadata":{"name":"legacy-gateways"},"spec":{"trustAnchors":{"anchors":[{"certificate":"'"$BROKEN_B64"'"}]}}}'
sites=(lab-1 lab-2 hall-a roof)
for i in $(seq 1 20); do
  n=$(printf 'sensor-%02d' "$i")
  site=${sites[$((i % 4))]}
  if [ $((i % 3)) -ne 2 ]; then
    alias='"alias":["CN='$n', O=Drogue IoT, OU=demo-app"],'
  else
    alias='"alias":["serial-'$((4000 + i))'"],'
  fi
  disabled=false; [ "$i" -eq 13 ] && disabled=true
  creds=''; [ $((i % 5)) -eq 0 ] && creds='"authentication":{"credentials":[{"user":{"username":"'$n'","password":"hidden-'$i'"}}]},'
  post apps/demo-app/devices '{"metadata":{"name":"'$n'","application":"demo-app","labels":{"site":"'$site'","model":"th-'$((i % 2 + 1))'"}},"spec":{'"$alias$creds"'"core":{"disabled":'$disabled'}}}'
done
for n in pump-1 pump-2 valve-3; do
  post apps/greenhouse/devices '{"metadata":{"name":"'$n'","application":"greenhouse"},"spec":{"authentication":{"credentials":[{"pass":"secret"}]}}}'
done

# 4. An X server and the workbench; settings in a temporary home.
DISP=99
while [ -e /tmp/.X11-unix/X$DISP ] || [ -e /tmp/.X$DISP-lock ]; do DISP=$((DISP + 1)); done
Xvfb :$DISP -screen 0 1400x900x24 -nolisten tcp > "$TMP/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do [ -e /tmp/.X11-unix/X$DISP ] && break; sleep 0.1; done
export DISPLAY=:$DISP XDG_CONFIG_HOME=$TMP/config QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY || true

shoot() { # name args...
  local name=$1; shift
  "$BIN/drogue-workbench" -qwindowgeometry 1400x900+0+0 "$@" > "$TMP/$name.log" 2>&1 &
  local wpid=$!
  sleep "${SHOT_DELAY:-5}"
  import -window root -depth 8 "$HERE/$name.png"
  kill $wpid 2>/dev/null || true
  wait $wpid 2>/dev/null || true
  echo "wrote $HERE/$name.png"
}
shoot main-window --sandbox "$DATA"
shoot inspector --sandbox "$DATA" --inspect "$C/sensor-07-chain.pem" --inspect "$C/sensor-07.key"
