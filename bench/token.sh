#!/bin/sh
# Batch signing rate with a CA key on a SoftHSM2 token vs a CA key file,
# ECDSA P-256 and Ed25519 pairs, the same device algorithm, in the same run
# (the Ed25519 token key on a token of its own: libp11 0.4.12 reads no
# P-256 key of a token that holds an Ed25519 key):
#   bench/token.sh [N]   (default 500 devices; needs build/bin/dwb, softhsm2, opensc)
# Measured once, not asserted (2000 devices, 2 shared cores under other
# builds, 5 runs): P-256 token/file 78-113 %, Ed25519 token/file 53-79 %
# (about 1000-2000 devices/s on the token: its one session signs serially).
set -eu
N=${1:-500}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DWB=$ROOT/build/bin/dwb
MODULE=/usr/lib/softhsm/libsofthsm2.so
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkdir -p "$T/tokens"
printf 'directories.tokendir = %s/tokens\nobjectstore.backend = file\n' "$T" > "$T/softhsm2.conf"
export SOFTHSM2_CONF=$T/softhsm2.conf HOME=$T XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data
export DWB_PKCS11_PIN=123456
softhsm2-util --init-token --free --label p256tok --pin 123456 --so-pin 654321 >/dev/null
softhsm2-util --init-token --free --label edtok --pin 123456 --so-pin 654321 >/dev/null
pkcs11-tool --module $MODULE --token-label p256tok --login --pin 123456 --keypairgen --key-type EC:prime256v1 \
    --label ca --id 01 --sensitive >/dev/null 2>&1
URI="pkcs11:token=p256tok;object=ca?module-path=$MODULE"
i=0; while [ $i -lt "$N" ]; do echo "dev-$i"; i=$((i+1)); done > "$T/devices.txt"
"$DWB" trust create bench --offline --key-input "$URI" --cert-output "$T/token-ca.pem" >/dev/null
"$DWB" trust create bench --offline --algo ecdsa-p256 --key-output "$T/file-ca.key" \
    --cert-output "$T/file-ca.pem" >/dev/null 2>&1
ED_URI="pkcs11:token=edtok;object=ca?module-path=$MODULE"
"$DWB" trust create bench --offline --algo ed25519 --key-output "$ED_URI" --cert-output "$T/token-ed.pem" \
    >/dev/null 2>&1
"$DWB" trust create bench --offline --algo ed25519 --key-output "$T/file-ed.key" \
    --cert-output "$T/file-ed.pem" >/dev/null 2>&1
rate() { # $1 CA key, $2 CA cert, $3 out dir: devices per second
    s=$(date +%s.%N)
    "$DWB" enroll-batch --app bench --ca-key "$1" --devices "$T/devices.txt" --out-dir "$3" \
        --offline --ca-cert "$2" --algo ecdsa-p256 >/dev/null
    e=$(date +%s.%N)
    echo "$N $s $e" | awk '{printf "%.1f", $1 / ($3 - $2)}'
}
pair() { # $1 name, $2 token URI, $3 token CA cert, $4 file key, $5 file CA cert
    FILE=$(rate "$4" "$5" "$T/out-file-$1")
    TOKEN=$(rate "$2" "$3" "$T/out-token-$1")
    echo "$1 file CA key:    $FILE devices/s ($N devices)"
    echo "$1 SoftHSM2 token: $TOKEN devices/s ($N devices)"
    echo "$TOKEN $FILE" | awk -v n="$1" '{printf "%s ratio token/file: %.0f %%\n", n, 100 * $1 / $2}'
}
pair P-256 "$URI" "$T/token-ca.pem" "$T/file-ca.key" "$T/file-ca.pem"
pair Ed25519 "$ED_URI" "$T/token-ed.pem" "$T/file-ed.key" "$T/file-ed.pem"
