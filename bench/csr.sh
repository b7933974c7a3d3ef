#!/usr/bin/env bash
# Signing certificate requests (a tray of boards that keep their keys),
# against the baseline measured in this same run: `openssl x509 -req` run
# once per request, the way a lab signs CSRs by hand today (with the device
# extensions and the application's CA, as bench/openssl-enroll.sh does).
#
# usage: bench/csr.sh BUILD_DIR [COUNT] [BASELINE_COUNT]
#   COUNT requests (default 1000, P-256 boards, made once with openssl req
#   and not timed) are signed offline by `dwb enroll-batch --offline
#   --csr-dir` (one process: read and check every request, sign them on all
#   cores, write the certificates and the manifest); the baseline signs
#   BASELINE_COUNT of the same requests (default 200) with one openssl
#   process each. dwb runs three times (fresh output folders); its median
#   counts. Set TMPDIR to choose the file system of both (e.g. /dev/shm). Prints both per-device times and their ratio, for an
#   ECDSA P-256 and an Ed25519 application CA.
#   Every certificate of the dwb run is checked afterwards with
#   openssl verify -x509_strict -purpose sslclient (not timed).
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [COUNT] [BASELINE_COUNT]}
count=${2:-1000}
base_count=${3:-200}
dwb=$build/bin/dwb
[ -x "$dwb" ] || { echo "missing $dwb: build it first" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }

echo "making $count requests (P-256 boards; not timed)…" >&2
mkdir -p "$tmp/tray"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tmp/board.key" 2>/dev/null
for i in $(seq 1 "$count"); do
  # One key for all boards keeps the setup short; each request is its own
  # (its subject, its signature), which is what the signer reads.
  openssl req -new -key "$tmp/board.key" -subj "/CN=board-$i" -out "$tmp/tray/board-$i.csr"
done

echo 'extendedKeyUsage = clientAuth, serverAuth' > "$tmp/ext.cnf"
printf '%-8s %8s %14s %14s %8s\n' "CA" "devices" "openssl µs/dev" "dwb µs/dev" "ratio"
for ca in ecdsa ed25519; do
  d=$tmp/$ca
  mkdir -p "$d"
  case $ca in
    ecdsa) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$d/ca.key" 2>/dev/null ;;
    ed25519) openssl genpkey -algorithm ED25519 -out "$d/ca.key" 2>/dev/null ;;
  esac
  openssl req -x509 -new -key "$d/ca.key" -days 30 -subj "/CN=bench-app/O=Drogue IoT/OU=Cloud" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$d/ca.pem" 2>/dev/null

  # The baseline: one openssl x509 -req per request.
  mkdir -p "$d/openssl"
  t0=$(now)
  for i in $(seq 1 "$base_count"); do
    openssl x509 -req -in "$tmp/tray/board-$i.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" -CAcreateserial \
      -days 365 -extfile "$tmp/ext.cnf" -out "$d/openssl/board-$i.pem" 2>/dev/null
  done
  t1=$(now)
  # dwb: the whole tray in one run; three runs into fresh folders, the
  # median counts (one run is well under a second: a single one is noisy).
  runs=()
  for r in 1 2 3; do
    rm -rf "$d/out"
    s=$(now)
    "$dwb" enroll-batch --offline --app bench-app --ca-key "$d/ca.key" --ca-cert "$d/ca.pem" \
      --csr-dir "$tmp/tray" --out-dir "$d/out" > "$d/dwb.log" 2>/dev/null
    e=$(now)
    grep -q "enrolled $count, skipped 0, failed 0" "$d/dwb.log" || { cat "$d/dwb.log" >&2; exit 1; }
    runs+=("$(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.6f", b - a }')")
  done
  median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
  n=$(ls "$d/out"/*.pem | wc -l)
  [ "$n" -eq "$count" ] || { echo "expected $count certificates, found $n" >&2; exit 1; }
  for f in "$d/out"/*.pem; do
    openssl verify -x509_strict -purpose sslclient -CAfile "$d/ca.pem" "$f" > /dev/null \
      || { echo "openssl verify failed for $f" >&2; exit 1; }
  done
  awk -v a="$t0" -v b="$t1" -v m="$median" -v nb="$base_count" -v n="$count" -v ca="$ca" 'BEGIN {
    o = (b - a) / nb * 1e6; w = m / n * 1e6;
    printf "%-8s %8d %14.0f %14.1f %7.0fx\n", ca, n, o, w, o / w }'
done
