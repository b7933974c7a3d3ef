#!/usr/bin/env bash
# MQTT benchmark: verify-device round trip (integration subscribe + device
# connect + publish + event delivered) against the sandbox broker, our client
# vs mosquitto_sub -C 1 + mosquitto_pub, in one run; prints medians.
#   bench/mqtt.sh BUILD_DIR [--iterations N]
set -euo pipefail
BUILD_DIR=${1:?usage: bench/mqtt.sh BUILD_DIR [--iterations N]}
shift
exe="$BUILD_DIR/bin/bench_mqtt"
[ -x "$exe" ] || { echo "missing $exe: build the targets bench_mqtt dwb drogue-sandbox" >&2; exit 1; }
echo "== bench_mqtt ($(nproc) cores, mosquitto $(/usr/sbin/mosquitto -h 2>/dev/null | head -1 | awk '{print $3}'))"
"$exe" "$@" 2> >(grep -v '^mosquitto: ' >&2)
