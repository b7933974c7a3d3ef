#!/usr/bin/env bash
# The certificate ledger's cost to a batch (issue 20: < 10 %): `dwb
# enroll-batch --offline` of N Ed25519 devices (default 10,000) with the
# ledger (a fresh file per run) and with --no-ledger, in pairs, REPS pairs
# (default 3) in this one invocation; prints every run, the medians, and the
# overhead: the median of the pairs' ratios.
#
# With PREFILL=M, each run with the ledger starts from a copy of a ledger
# that holds M records already (made once by bench_ledger), as a lab's
# ledger does after a while; the copy is made before the timing starts.
#
# usage: bench/ledger.sh BUILD_DIR [OUT_BASE]
#   OUT_BASE: where the device files and the ledgers go (default: $TMPDIR or /tmp).
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [OUT_BASE]}
outbase=${2:-${TMPDIR:-/tmp}}
n=${N:-10000}
reps=${REPS:-3}
prefill=${PREFILL:-0}
dwb=$build/bin/dwb
[ -x "$dwb" ] || { echo "missing $dwb: build it first" >&2; exit 2; }
work=$(mktemp -d "$outbase/dwb-bench-ledger-XXXXXX")
# Every run's files stay until the end (ext4 is slower to create files in
# inodes freed a moment ago, which would favour the earlier runs).
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg); $n ed25519 devices offline, $reps runs each;" \
  "the ledger holds $prefill records before each run"
if ((prefill > 0)); then
  [ -x "$build/bin/bench_ledger" ] || { echo "missing $build/bin/bench_ledger: build it first" >&2; exit 2; }
  "$build/bin/bench_ledger" "$work/prefill.sqlite" "$prefill" > /dev/null
fi
DWB_LEDGER=$work/setup.sqlite "$dwb" trust create bench --offline --algo ed25519 \
  --key-output "$work/ca.key" --cert-output "$work/ca.pem" > /dev/null
seq -f 'dev-%g' 1 "$n" > "$work/devices.txt"

batch() { # run-name [extra args]
  local name=$1; shift
  "$dwb" enroll-batch --offline --app bench --ca-key "$work/ca.key" --ca-cert "$work/ca.pem" \
    --devices "$work/devices.txt" --out-dir "$work/$name" --algo ed25519 "$@" > /dev/null 2>&1
}

with=() without=() ratios=()
run_with() { # i
  ((prefill > 0)) && cp "$work/prefill.sqlite" "$work/ledger-$1.sqlite"
  sync
  local t0 t1; t0=$(now); DWB_LEDGER=$work/ledger-$1.sqlite batch "with-$1"; t1=$(now)
  with+=("$(calc "$t1 - $t0")")
  rows=$(sqlite3 "$work/ledger-$1.sqlite" 'SELECT COUNT(*) FROM certificates' 2>/dev/null || echo '?')
}
run_without() { # i
  sync
  local t0 t1; t0=$(now); DWB_LEDGER=$work/unused.sqlite batch "without-$1" --no-ledger; t1=$(now)
  without+=("$(calc "$t1 - $t0")")
}
# Each run is a pair, in alternating order (with the ledger first, then
# without it first), so that neither kind always comes first; the pair's
# ratio is taken at once, so that a change of the machine's speed between
# runs (a VM's) moves both of its halves.
for ((i = 1; i <= reps; i++)); do
  if ((i % 2)); then run_with "$i"; run_without "$i"; else run_without "$i"; run_with "$i"; fi
  ratios+=("$(calc "${with[-1]} / ${without[-1]}")")
  echo "run $i: with the ledger ${with[-1]} s ($rows records), --no-ledger ${without[-1]} s, ratio ${ratios[-1]}"
done
[ -e "$work/unused.sqlite" ] && { echo "--no-ledger wrote a ledger" >&2; exit 1; }
mw=$(printf '%s\n' "${with[@]}" | median)
mo=$(printf '%s\n' "${without[@]}" | median)
echo "median with the ledger: $mw s ($(calc "$n / $mw") devices/s); --no-ledger: $mo s ($(calc "$n / $mo") devices/s)"
mr=$(printf '%s\n' "${ratios[@]}" | median)
echo "ratio of the medians: $(calc "$mw / $mo")"
echo "ledger overhead: median of the paired ratios $mr = $(calc "100 * ($mr - 1)") % (bound: < 10 %)"
