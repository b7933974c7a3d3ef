#!/usr/bin/env bash
# GUI benchmark: 10,000 devices in the window's device table (load time and
# per-keystroke filter latency), with the raw HTTP listing as baseline.
#   bench/gui.sh BUILD_DIR [--devices N] [--concurrency C]
set -euo pipefail
BUILD_DIR=${1:?usage: bench/gui.sh BUILD_DIR [--devices N]}
shift
exe="$BUILD_DIR/bin/bench_gui_devices"
[ -x "$exe" ] || { echo "missing $exe: build the target bench_gui_devices" >&2; exit 1; }
echo "== bench_gui_devices ($(nproc) cores, Qt offscreen)"
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false' "$exe" "$@" 2>&1 | grep -v "propagateSizeHints"
