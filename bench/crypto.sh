#!/usr/bin/env bash
# Crypto core benchmark against the manual OpenSSL flow, measured in this same
# invocation: per device one key, one certificate, both written as PEM files.
#  - baseline: bench/openssl-enroll.sh (genpkey, req, x509 -req: three
#    openssl processes per device);
#  - ours: bench_crypto (single-threaded, in-process, key written 0600 and
#    certificate PEM, both atomic), twice: "durable" = fsync per file
#    (writeFileAtomically), "batched" = one syncfs for all files at the end
#    (writeFileAtomicallyNoSync + syncFolder, as batch enrollment writes);
#    "issuer" = batched, with keys and certificates through BatchIssuer (the
#    path of dwb enroll-batch), still single-threaded.
#    The baseline fsyncs nothing, so "batched" is the like-for-like figure.
#
# usage: bench/crypto.sh BUILD_DIR [N]
#   N: devices for our bench (default 1000; a tenth of it for RSA, which is
#   bound by RSA-2048 key generation). Baseline counts: 20 (10 for RSA).
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [N]}
n=${2:-1000}
root=$(cd "$(dirname "$0")/.." && pwd)
baseline=${BASELINE:-$root/bench/openssl-enroll.sh}
bench=$build/bin/bench_crypto
[ -x "$bench" ] || { echo "missing $bench: build the bench_crypto target first" >&2; exit 2; }
[ -f "$baseline" ] || { echo "missing baseline script $baseline" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dwb-crypto-bench.XXXXXX"); trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.${2:-3}f\", $1 }"; }

echo "machine: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $(openssl version)"
printf '%-8s %6s %12s %6s %16s %16s %16s\n' algo "base n" "base ms/dev" "ours n" "durable ms (x)" "batched ms (x)" "issuer ms (x)"
for a in ed25519:20:1 ecdsa:20:1 rsa:10:10; do
  IFS=: read -r algo bn div <<<"$a"
  on=$(( n / div )); [ "$on" -ge 1 ] || on=1
  t0=$(now); bash "$baseline" "$tmp/base-$algo" "$bn" "$algo"; t1=$(now)
  base_ms=$(calc "($t1 - $t0) * 1000 / $bn")
  cols=()
  for mode in file batch issuer; do
    line=$("$bench" "$algo" "$on" "$tmp/ours-$algo-$mode" "$mode")
    ms=$(sed -n 's/.*per_device_ms \([0-9.]*\).*/\1/p' <<<"$line")
    # Sanity: the last device certificate chains to our anchor; its key is 0600.
    openssl verify -x509_strict -purpose sslclient -CAfile "$tmp/ours-$algo-$mode/ca.pem" \
      "$tmp/ours-$algo-$mode/dev-$on.pem" >/dev/null
    [ "$(stat -c %a "$tmp/ours-$algo-$mode/dev-$on.key")" = 600 ]
    cols+=("$ms ($(calc "$base_ms / $ms" 1)x)")
    rm -rf "$tmp/ours-$algo-$mode"
  done
  printf '%-8s %6d %12s %6d %16s %16s %16s\n' "$algo" "$bn" "$base_ms" "$on" "${cols[@]}"
  rm -rf "$tmp/base-$algo"
done
