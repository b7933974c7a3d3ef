#!/usr/bin/env bash
# Batch enrollment benchmarks, each against baselines measured in this same
# invocation:
#  - the manual OpenSSL flow (bench/openssl-enroll.sh, three openssl
#    processes per device), as a per-device rate;
#  - `openssl speed -multi $(nproc)` for the crypto ceiling: per device one
#    key generation and one signature. openssl 3.0 speed has no Ed25519/ECDSA
#    key generation figure, so the ceiling is 1 / (1/keygen + 1/sign) with
#    keygen/s measured in-process on all cores (bench_batch keygen), and also
#    shown as sign/s / 2 (keygen costs about one signature: one fixed-base
#    scalar multiplication). RSA: 3.0 speed has no RSA key generation, so the
#    ceiling is bench_batch keygen rsa2048 (EVP_PKEY_generate on all cores,
#    the in-process equivalent of a loop of `openssl genpkey`).
#
# usage: bench/batch.sh BUILD_DIR [OUT_BASE]
#   OUT_BASE: where the device files go (default: $TMPDIR or /tmp). The
#   offline runs are repeated with OUT_BASE=/dev/shm (tmpfs) when it exists,
#   to separate the file system's cost from ours.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [OUT_BASE]}
outbase=${2:-${TMPDIR:-/tmp}}
root=$(cd "$(dirname "$0")/.." && pwd)
baseline=${BASELINE:-$root/bench/openssl-enroll.sh}
bin=$build/bin
cores=$(nproc)
tmp=$(mktemp -d)
# Every run's files stay until the end (DWB_BENCH_KEEP=1), in folders removed
# on exit: ext4 skips inodes freed in the last minutes when it allocates new
# ones, so deleting a run's thousands of files would slow the file creations
# of the runs after it (measured here: 3,300 -> 1,400 devices/s offline).
export DWB_BENCH_KEEP=1
declare -A work
work[$outbase]=$(mktemp -d "$outbase/dwb-bench-XXXXXX")
[ -d /dev/shm ] && [ "$outbase" != /dev/shm ] && work[/dev/shm]=$(mktemp -d /dev/shm/dwb-bench-XXXXXX)
trap 'rm -rf "$tmp" "${work[@]}"' EXIT

for p in bench_batch bench_batch_online dwb drogue-sandbox; do
  [ -x "$bin/$p" ] || { echo "missing $bin/$p: build it first" >&2; exit 2; }
done
[ -f "$baseline" ] || { echo "missing baseline script $baseline" >&2; exit 2; }

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.1f\", $1 }"; }
field() { sed -n "s/.* $1 \([0-9.]*\).*/\1/p"; } # value after a word

echo "machine: $cores cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $(openssl version)"

declare -A base
for a in ed25519:40 ecdsa:40 rsa:20; do
  algo=${a%%:*}; n=${a##*:}
  t0=$(now); bash "$baseline" "$tmp/base-$algo" "$n" "$algo"; t1=$(now)
  base[$algo]=$(calc "$n / ($t1 - $t0)")
  echo "baseline $algo: $n devices in $(calc "$t1 - $t0") s = ${base[$algo]} devices/s"
done

speed() { openssl speed -seconds 3 -multi "$cores" "$1" 2>/dev/null | awk -v k="$2" '$0 ~ k { v = $(NF-1) } END { print v }'; }
speed1() { openssl speed -seconds 2 "$1" 2>/dev/null | awk -v k="$2" '$0 ~ k { v = $(NF-1) } END { print v }'; }
ed_sign=$(speed ed25519 'Ed25519'); ed_sign1=$(speed1 ed25519 'Ed25519')
p256_sign=$(speed ecdsap256 'nistp256'); p256_sign1=$(speed1 ecdsap256 'nistp256')
kg() { "$bin/bench_batch" keygen "$1" "$2"; }
ed_kg=$(kg ed25519 20000); p256_kg=$(kg ecdsa-p256 20000); rsa_kg=$(kg rsa2048 $((cores * 20)))
ed_keygen=$(echo "$ed_kg" | field rate); p256_keygen=$(echo "$p256_kg" | field rate); rsa_keygen=$(echo "$rsa_kg" | field rate)
ed_limit=$(calc "1 / (1 / $ed_keygen + 1 / $ed_sign)")
p256_limit=$(calc "1 / (1 / $p256_keygen + 1 / $p256_sign)")
# CPU time per device for the crypto alone: one signature (openssl speed on
# one core, which counts CPU time) + one key generation (in-process CPU time).
ed_crypto_us=$(calc "1e6 / $ed_sign1 + $(echo "$ed_kg" | field cpu_us_per_item)")
p256_crypto_us=$(calc "1e6 / $p256_sign1 + $(echo "$p256_kg" | field cpu_us_per_item)")
echo "ceiling ed25519: openssl speed -multi $cores sign $ed_sign/s, keygen $ed_keygen/s (in-process, all cores) -> $ed_limit devices/s (sign/2: $(calc "$ed_sign / 2")); crypto CPU per device $ed_crypto_us us"
echo "ceiling ecdsa-p256: openssl speed -multi $cores sign $p256_sign/s, keygen $p256_keygen/s -> $p256_limit devices/s (sign/2: $(calc "$p256_sign / 2")); crypto CPU per device $p256_crypto_us us"
echo "ceiling rsa2048: keygen $rsa_keygen/s on $cores cores, $(echo "$rsa_kg" | field cpu_us_per_item) us CPU per key (openssl 3.0 speed has no keygen; signing is by the CA key)"

report() { # name rate baseline ceiling
  local line="$1: $2 devices/s = $(calc "$2 / $3")x baseline"
  [ -n "${4:-}" ] && line="$line, $(calc "100 * $2 / $4")% of the crypto ceiling $4/s"
  echo "$line"
}

# The file system's own limit for the batch's two files per device (no
# crypto, same writer, all cores, one syncfs): the offline rate cannot pass
# the combination of both limits, 1 / (1/crypto ceiling + 1/files).
declare -A files
# Short runs on a shared VM vary: the median of $reps runs (all listed).
reps=${REPS:-3}
median_run() { # command...: the output line with the median rate of $reps runs
  local i outs=()
  for ((i = 0; i < reps; i++)); do outs+=("$("$@")"); done
  printf '%s\n' "${outs[@]}" | awk '{ for (i = 1; i < NF; i++) if ($i == "rate") { r = $(i+1); sub("/s", "", r) } print r "\t" $0 }' \
    | sort -n | awk -v n="$reps" 'NR == int((n + 1) / 2) { sub(/^[^\t]*\t/, ""); print }'
  echo "    runs: $(printf '%s\n' "${outs[@]}" | field rate | tr '\n' ' ')" >&2
}

offline() { # algo count base ceiling dir crypto_us
  local out rate
  out=$(median_run "$bin/bench_batch" enroll "$1" "$2" --dir "${work[$5]}")
  rate=$(echo "$out" | field rate)
  report "offline $1 x$2 in $5, median of $reps ($(echo "$out" | field seconds) s, peak RSS $(echo "$out" | field peak_rss_mib) MiB)" "$rate" "$3" "${4:-}"
  [ -n "${6:-}" ] && echo "    CPU per device $(echo "$out" | field cpu_us_per_device) us, of which crypto $6 us = $(calc "100 * $6 / $(echo "$out" | field cpu_us_per_device)")% (load-independent efficiency)"
  if [ -n "${4:-}" ] && [ -n "${files[$5]:-}" ]; then
    local bound
    bound=$(calc "1 / (1 / $4 + 1 / ${files[$5]})")
    echo "    files alone in $5: ${files[$5]}/s; crypto + files bound $bound/s: this run is $(calc "100 * $rate / $bound")% of it"
  fi
  return 0
}

dirs=("$outbase")
[ -d /dev/shm ] && [ "$outbase" != /dev/shm ] && dirs+=(/dev/shm)
for d in "${dirs[@]}"; do
  files[$d]=$(median_run "$bin/bench_batch" files ed25519 1000 --dir "${work[$d]}" | field rate)
  echo "files alone (2 per device, no crypto) x1000 in $d, median of $reps: ${files[$d]} devices/s = $(calc "100 * ${files[$d]} / $ed_limit")% of the ed25519 crypto ceiling"
done
for d in "${dirs[@]}"; do
  offline ed25519 1000 "${base[ed25519]}" "$ed_limit" "$d" "$ed_crypto_us"
  offline ecdsa-p256 1000 "${base[ecdsa]}" "$p256_limit" "$d" "$p256_crypto_us"
done
offline rsa2048 $((cores * 40)) "${base[rsa]}" "$rsa_keygen" "$outbase"

# The command line itself (process start, list, manifest included).
n=1000
seq -f "dev-%g" 1 $n > "$tmp/list.txt"
cp "$tmp/base-ed25519/ca.key" "$tmp/base-ed25519/ca.pem" "$tmp/"
t0=$(now)
"$bin/dwb" enroll-batch --offline --app bench-app --ca-key "$tmp/ca.key" --ca-cert "$tmp/ca.pem" \
  --devices "$tmp/list.txt" --out-dir "${work[$outbase]}/dwb-command" --algo ed25519 2>/dev/null
t1=$(now)
report "dwb enroll-batch --offline ed25519 x$n (whole command)" "$(calc "$n / ($t1 - $t0)")" "${base[ed25519]}" "$ed_limit"

# Memory: 10,000 devices.
out=$("$bin/bench_batch" enroll ed25519 10000 --dir "${work[$outbase]}")
echo "memory: 10000 ed25519 devices offline: peak RSS $(echo "$out" | field peak_rss_mib) MiB (goal < 200), $(echo "$out" | field rate) devices/s"

# Online: 1000 devices registered with their alias.
for sbase in "$outbase" /dev/shm; do
  [ -d "$sbase" ] || continue
  out=$("$bin/bench_batch_online" 1000 ed25519 --sandbox-base "${work[$sbase]}" --out-base "${work[$outbase]}")
  echo "$out" | sed 's/^/  /'
  report "online ed25519 x1000, sandbox data in $sbase" "$(echo "$out" | head -1 | field rate)" "${base[ed25519]}"
done
