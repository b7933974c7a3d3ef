#!/usr/bin/env bash
# Renewal with new keys (`dwb renew --all --new-key --offline`): the plan
# makes every device's new key and request before the batch signs. The same
# renewal on one core (taskset -c 0, what the serial plan could use) and on
# all cores, alternating, REPS runs each in this one invocation; prints every
# run, the medians and their ratio.
#
# usage: bench/renew.sh BUILD_DIR   (N devices, default 200; ALGO, default rsa2048; REPS, default 3)
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
n=${N:-200}
algo=${ALGO:-rsa2048}
reps=${REPS:-3}
dwb=$build/bin/dwb
[ -x "$dwb" ] || { echo "missing $dwb: build it first" >&2; exit 2; }
command -v taskset > /dev/null || { echo "taskset (util-linux) is needed" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/dwb-bench-renew-XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export DWB_LEDGER=$work/ledger.sqlite

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg); $n $algo devices, --new-key, $reps runs each"
"$dwb" trust create bench --offline --algo ecdsa-p256 --key-output "$work/ca.key" --cert-output "$work/ca.pem" > /dev/null
seq -f 'dev-%g' 1 "$n" > "$work/devices.txt"
"$dwb" enroll-batch --offline --app bench --ca-key "$work/ca.key" --ca-cert "$work/ca.pem" \
  --devices "$work/devices.txt" --out-dir "$work/enrolled" --algo "$algo" > /dev/null

renew() { # out-dir [taskset prefix…]
  local out=$1; shift
  "$@" "$dwb" renew --all --app bench --offline --new-key --ca-key "$work/ca.key" --ca-cert "$work/ca.pem" \
    --out "$out" > "$out.log" 2>&1 || { cat "$out.log" >&2; exit 1; }
  grep -q "renewed $n, skipped 0, failed 0" "$out.log" || { cat "$out.log" >&2; exit 1; }
}

one=() all=()
for ((i = 1; i <= reps; i++)); do
  t0=$(now); renew "$work/one-$i" taskset -c 0; t1=$(now)
  one+=("$(calc "$t1 - $t0")")
  t0=$(now); renew "$work/all-$i"; t1=$(now)
  all+=("$(calc "$t1 - $t0")")
  echo "run $i: one core ${one[-1]} s, all cores ${all[-1]} s"
done
m1=$(printf '%s\n' "${one[@]}" | median)
ma=$(printf '%s\n' "${all[@]}" | median)
echo "median: one core $m1 s, all cores $ma s; speed-up $(calc "$m1 / $ma")x"
