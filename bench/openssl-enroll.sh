#!/usr/bin/env bash
# The manual OpenSSL flow that batch enrollment is measured against: what a
# lab engineer scripts today from the Drogue Cloud x.509 instructions, one
# device after the other, three openssl processes per device:
#   openssl genpkey        the device key
#   openssl req -new       a certificate request "CN=<device>, O=Drogue IoT, OU=<app>"
#   openssl x509 -req      the certificate, signed by the application's CA key,
#                          with extendedKeyUsage clientAuth (and serverAuth, as drg)
# The application's anchor is made once first, as drg makes it
# (docs/drogue-contract.md, section 6): self-signed "CN=<app>, O=Drogue IoT,
# OU=Cloud", basicConstraints critical CA:TRUE, no keyUsage.
#
# usage: bench/openssl-enroll.sh OUTDIR COUNT [ed25519|ecdsa|rsa]
#   writes OUTDIR/ca.key, OUTDIR/ca.pem and OUTDIR/dev-<n>.key, dev-<n>.pem for
#   n = 1..COUNT (ecdsa: P-256, rsa: 2048 bits; default ed25519). Nothing is
#   fsync'ed. bench/batch.sh and bench/crypto.sh time it as their baseline
#   (BASELINE=other-script overrides it there).
#   With CHECK=1 the last device certificate is checked at the end with
#   openssl verify -purpose sslclient (not part of a flow worth timing).
set -euo pipefail

usage() { echo "usage: $0 OUTDIR COUNT [ed25519|ecdsa|rsa]" >&2; exit 2; }
[ $# -ge 2 ] && [ $# -le 3 ] || usage
dir=$1
count=$2
kind=${3:-ed25519}
[[ $count =~ ^[0-9]+$ ]] || usage

app=bench-app
case $kind in
  ed25519) genkey=(openssl genpkey -algorithm ED25519) ;;
  ecdsa)   genkey=(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1) ;;
  rsa)     genkey=(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048) ;;
  *) echo "$0: unknown key kind '$kind' (ed25519, ecdsa or rsa)" >&2; exit 2 ;;
esac

mkdir -p "$dir"
# The device extensions, one file for every `openssl x509 -req -extfile`.
extensions=$dir/device-extensions.cnf
echo 'extendedKeyUsage = clientAuth, serverAuth' > "$extensions"
trap 'rm -f "$extensions" "$dir/ca.srl" "$dir"/dev-*.csr' EXIT

# The application's trust anchor.
"${genkey[@]}" -out "$dir/ca.key" 2>/dev/null
openssl req -new -x509 -key "$dir/ca.key" -out "$dir/ca.pem" -days 365 \
  -subj "/CN=$app/O=Drogue IoT/OU=Cloud" \
  -addext 'basicConstraints = critical, CA:TRUE' 2>/dev/null

# One device after the other.
n=0
while [ "$n" -lt "$count" ]; do
  n=$((n + 1))
  device=dev-$n
  "${genkey[@]}" -out "$dir/$device.key" 2>/dev/null
  openssl req -new -key "$dir/$device.key" -out "$dir/$device.csr" \
    -subj "/CN=$device/O=Drogue IoT/OU=$app" 2>/dev/null
  openssl x509 -req -in "$dir/$device.csr" -out "$dir/$device.pem" -days 365 \
    -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAserial "$dir/ca.srl" -CAcreateserial \
    -extfile "$extensions" 2>/dev/null
  rm -f "$dir/$device.csr"
done

if [ "${CHECK:-0}" = 1 ] && [ "$count" -gt 0 ]; then
  openssl verify -purpose sslclient -CAfile "$dir/ca.pem" "$dir/dev-$count.pem"
fi
