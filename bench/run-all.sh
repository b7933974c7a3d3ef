#!/usr/bin/env bash
# Every benchmark of bench/, one after the other, each against the baseline
# it measures in the same run (see each script's header):
#   bench/run-all.sh BUILD_DIR       (what `./run bench` runs)
# Stops at the first script that fails.
set -euo pipefail
build=$(readlink -f "${1:?usage: bench/run-all.sh BUILD_DIR}")
here=$(dirname "$(readlink -f "$0")")
for script in crypto.sh batch.sh mqtt.sh gui.sh ledger.sh renew.sh; do
  printf '\n==> bench/%s\n' "$script" >&2
  bash "$here/$script" "$build"
done
