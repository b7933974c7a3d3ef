#!/usr/bin/env bash
# Regenerates the libFuzzer seed corpora in tests/fuzz/corpus/<target>/.
#   tests/fuzz/make-corpus.sh [OUTDIR]     (default: tests/fuzz/corpus next to this script)
#
# Key and certificate seeds are made with the openssl CLI (fresh keys every
# run, so the bytes differ between runs; the committed files are one such
# run). The JSON and YAML seeds are written by hand below. Encrypted seeds use
# the passphrase "test", the one fuzz_import tries.
#
# fuzz_import reads its first byte as a switch (even: no passphrase, odd:
# passphrase "test"), so each of its seeds is that byte plus the file; the
# encrypted ones are there twice (with and without the passphrase) to reach
# both the decrypting and the "needs a passphrase" paths.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ossl() { openssl "$@" 2>/dev/null; }
cd "$tmp"

for t in fuzz_import fuzz_certificate fuzz_resources fuzz_endpoints fuzz_drgconfig; do
  rm -rf "${out:?}/$t"
  mkdir -p "$out/$t"
done

# ---------------------------------------------------------------- keys
ossl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec.key
ossl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out ec384.key
ossl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa.key   # small: seeds only
ossl genpkey -algorithm ED25519 -out ed.key
ossl genpkey -algorithm ED448 -out ed448.key

# ---------------------------------------------------------------- certificates
# Anchor (CA, self-signed) with a multi-valued RDN and a comma in a value,
# as drg and the workbench name applications.
cat > ca.ext <<'EOF'
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
EOF
cat > dev.ext <<'EOF'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectAltName = DNS:device1.example.net, IP:127.0.0.1, email:dev@example.net
authorityKeyIdentifier = keyid
EOF
ossl req -x509 -new -key ec.key -sha256 -days 365 -set_serial 0x1234567890abcdef \
  -subj "/O=Drogue IoT/OU=Cloud/CN=demo-app" -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.pem
ossl req -x509 -new -key rsa.key -sha256 -days 30 \
  -subj "/C=DE/O=Drogue\, IoT/OU=Cloud+CN=rsa-app" -multivalue-rdn -out ca-rsa.pem
ossl req -x509 -new -key ed.key -days 30 -utf8 \
  -subj "/O=Drogue IoT/OU=Wörkbench/CN=ed-app \"quoted\"" -out ca-ed.pem
ossl req -x509 -new -key ed448.key -days 30 -subj "/CN=ed448-app" -out ca-ed448.pem
# drg-style anchor: no keyUsage
ossl req -x509 -new -key ec384.key -sha384 -days 30 -subj "/O=Drogue IoT/OU=Cloud/CN=drg-app" \
  -addext "basicConstraints=critical,CA:TRUE" -out ca-drg.pem
# Device certificate issued by the anchor, and a v1 certificate (no extensions).
ossl req -new -key ed.key -subj "/O=Drogue IoT/OU=demo-app/CN=device1" -out dev.csr
ossl x509 -req -in dev.csr -CA ca.pem -CAkey ec.key -set_serial 7 -days 30 -extfile dev.ext \
  -out dev.pem
ossl req -new -key ec384.key -subj "/CN=v1 device, with comma/emailAddress=a@b.c" -out v1.csr
ossl x509 -req -in v1.csr -signkey ec384.key -days 1 -out v1.pem
# Empty subject, critical unknown extension.
ossl req -x509 -new -key ec.key -days 1 -subj "/" -addext "subjectAltName=critical,DNS:x" \
  -addext "1.2.3.4=critical,DER:0500" -out odd.pem || true

certs=(ca ca-rsa ca-ed ca-ed448 ca-drg dev v1 odd)
for c in "${certs[@]}"; do
  [ -s "$c.pem" ] || continue
  ossl x509 -in "$c.pem" -outform DER -out "$c.der"
  cp "$c.der" "$out/fuzz_certificate/$c.der"
done

# ---------------------------------------------------------------- import seeds
# seed NAME SWITCH FILE: SWITCH 0 = no passphrase, 1 = passphrase "test".
seed() { { printf "\\x0$2"; cat "$3"; } > "$out/fuzz_import/$1"; }
crlf() { sed 's/$/\r/' "$1"; }

seed cert-ec.pem 0 ca.pem
seed cert-ec.der 0 ca.der
seed cert-rsa.pem 0 ca-rsa.pem
seed cert-ed25519.der 0 ca-ed.der
seed cert-device.pem 0 dev.pem
ossl x509 -in ca.pem -trustout -addtrust clientAuth -out trusted.pem && seed trusted-cert.pem 0 trusted.pem

# PKCS#8 plain, PEM and DER
for k in ec rsa ed ed448; do
  ossl pkey -in $k.key -out $k.p8.pem
  ossl pkey -in $k.key -outform DER -out $k.p8.der
  seed pkcs8-$k.pem 0 $k.p8.pem
  seed pkcs8-$k.der 0 $k.p8.der
done
# PKCS#8 encrypted (PBKDF2 + AES-256, and scrypt), PEM and DER, with and without the passphrase
ossl pkcs8 -topk8 -in ec.key -v2 aes-256-cbc -passout pass:test -out ec.p8e.pem
ossl pkcs8 -topk8 -in ec.key -v2 aes-256-cbc -passout pass:test -outform DER -out ec.p8e.der
ossl pkcs8 -topk8 -in ed.key -scrypt -scrypt_N 1024 -scrypt_r 8 -scrypt_p 1 -passout pass:test \
  -out ed.p8scrypt.pem
ossl pkcs8 -topk8 -in rsa.key -v2 aes-128-cbc -v2prf hmacWithSHA1 -iter 1000 -passout pass:test \
  -out rsa.p8e.pem
for f in ec.p8e.pem ec.p8e.der ed.p8scrypt.pem rsa.p8e.pem; do
  seed "pkcs8-enc-$f" 1 "$f"
  seed "pkcs8-enc-nopass-$f" 0 "$f"
done

# Traditional RSA / EC keys, plain and legacy-encrypted PEM, and DER
ossl rsa -in rsa.key -traditional -out rsa.trad.pem
ossl rsa -in rsa.key -traditional -outform DER -out rsa.trad.der
ossl rsa -in rsa.key -traditional -aes256 -passout pass:test -out rsa.trad.enc.pem
ossl ec -in ec.key -out ec.trad.pem
ossl ec -in ec.key -outform DER -out ec.trad.der
ossl ec -in ec.key -aes256 -passout pass:test -out ec.trad.enc.pem
ossl ec -in ec.key -des3 -passout pass:test -out ec.trad.des3.pem
seed rsa-traditional.pem 0 rsa.trad.pem
seed rsa-traditional.der 0 rsa.trad.der
seed ec-traditional.pem 0 ec.trad.pem
seed ec-traditional.der 0 ec.trad.der
for f in rsa.trad.enc.pem ec.trad.enc.pem ec.trad.des3.pem; do
  seed "traditional-enc-$f" 1 "$f"
  seed "traditional-enc-nopass-$f" 0 "$f"
done

# Public keys
ossl pkey -in ec.key -pubout -out ec.pub.pem
ossl pkey -in rsa.key -pubout -outform DER -out rsa.pub.der
seed public-ec.pem 0 ec.pub.pem
seed public-rsa.der 0 rsa.pub.der

# PKCS#7 (certificates only), DER and PEM
cat dev.pem ca.pem > chain.pem
ossl crl2pkcs7 -nocrl -certfile chain.pem -outform DER -out chain.p7b
ossl crl2pkcs7 -nocrl -certfile chain.pem -out chain.p7.pem
seed pkcs7.der 0 chain.p7b
seed pkcs7.pem 0 chain.p7.pem

# PKCS#12: key + certificate + chain (AES-256 / PBKDF2), empty password, certificates only
ossl pkcs12 -export -inkey ed.key -in dev.pem -certfile ca.pem -name "device1" \
  -passout pass:test -out dev.p12
ossl pkcs12 -export -inkey ec.key -in ca.pem -passout pass: -out nopass.p12
ossl pkcs12 -export -nokeys -in chain.pem -passout pass:test -out certs.p12
ossl pkcs12 -export -inkey rsa.key -in ca-rsa.pem -passout pass:test -iter 1 -maciter \
  -keypbe AES-128-CBC -certpbe NONE -out rsa.p12
seed pkcs12.p12 1 dev.p12
seed pkcs12-nopass-given.p12 0 dev.p12
seed pkcs12-empty-password.p12 0 nopass.p12
seed pkcs12-certs-only.p12 1 certs.p12
seed pkcs12-rsa.p12 1 rsa.p12

# Bundles: key + certificate + chain in one PEM; text around the blocks
# (openssl x509 -text); CRLF line endings; a truncated block; no trailing newline.
cat ec.p8.pem ca.pem ca-drg.pem > bundle.pem
seed bundle.pem 0 bundle.pem
crlf bundle.pem > bundle-crlf.pem
seed bundle-crlf.pem 0 bundle-crlf.pem
{ ossl x509 -in dev.pem -text; echo "some text between"; cat ec.p8e.pem; } > text-around.pem
seed bundle-text-encrypted.pem 1 text-around.pem
crlf text-around.pem > text-around-crlf.pem
seed bundle-text-crlf.pem 1 text-around-crlf.pem
{ cat rsa.trad.enc.pem; cat ca-rsa.pem; } > trad-bundle.pem
seed bundle-traditional-enc.pem 1 trad-bundle.pem
head -c 300 ca.pem > truncated.pem
seed truncated.pem 0 truncated.pem
printf '%s' "$(cat ca-ed.pem)" > no-newline.pem
seed no-trailing-newline.pem 0 no-newline.pem
printf -- '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n' > empty-block.pem
seed empty-block.pem 0 empty-block.pem
printf 'not a key\n' > text.txt
seed text.txt 0 text.txt

# ---------------------------------------------------------------- JSON: resources
b64() { base64 -w0 "$1"; }
R=$out/fuzz_resources
cat > "$R/app.json" <<EOF
{"metadata":{"name":"demo-app","uid":"4cf9607e-1b2c-4d5e-8f90-123456789abc","creationTimestamp":"2026-01-01T10:00:00Z","generation":3,"resourceVersion":"a1b2c3d4","labels":{"site":"lab-2"},"annotations":{"note":"x"},"finalizers":[]},
 "spec":{"trustAnchors":{"anchors":[{"certificate":"$(b64 ca.pem)"},{"certificate":"not base64!"}]},"unknown":{"kept":[1,2,3]}},
 "status":{"trustAnchors":{"anchors":[{"valid":{"subject":"CN=demo-app, O=Drogue IoT, OU=Cloud","certificate":"$(b64 ca.pem)","notBefore":"2026-01-01T10:00:00Z","notAfter":"2027-01-01T10:00:00Z"}},{"invalid":{"error":"Parse","message":"bad"}}]}}}
EOF
cat > "$R/app-bad-types.json" <<'EOF'
{"metadata":{"name":5,"uid":null,"generation":"3","resourceVersion":[],"labels":["a"],"annotations":"x"},"spec":{"trustAnchors":{"anchors":{"certificate":1}}},"status":[]}
EOF
cat > "$R/app-anchor-wrong.json" <<'EOF'
{"metadata":{"name":"a"},"spec":{"trustAnchors":[{"certificate":""}]},"status":{"trustAnchors":{"anchors":[{"valid":1},{}]}}}
EOF
cat > "$R/device.json" <<'EOF'
{"metadata":{"name":"CN=device1, O=Drogue IoT, OU=demo-app","application":"demo-app","uid":"u","resourceVersion":"r","generation":1,"labels":{}},
 "spec":{"authentication":{"credentials":[{"pass":"secret"},{"user":{"username":"u","password":"p","unique":false}},{"cert":"x"}]},"alias":["CN=device1, O=Drogue IoT, OU=demo-app","device1"],"core":{"disabled":false},"gatewaySelector":{"matchNames":["gw1"]}}}
EOF
cat > "$R/device-old-credentials.json" <<'EOF'
{"metadata":{"name":"dev/2","application":"demo-app"},"spec":{"credentials":{"credentials":[{"pass":"x"},{"user":{"username":"u"}}]},"alias":"not-a-list","core":{"disabled":"yes"}}}
EOF
cat > "$R/device-disabled.json" <<'EOF'
{"metadata":{"name":"ü-dev","application":"Bad_App"},"spec":{"alias":["a","a",1,null,"fuzz-alias-é"],"core":{"disabled":true,"extra":1}}}
EOF
printf '{}' > "$R/empty.json"
printf '[1,2]' > "$R/array.json"

# ---------------------------------------------------------------- JSON: endpoints
E=$out/fuzz_endpoints
cat > "$E/full.json" <<'EOF'
{"api":"https://api.example.net","console":"https://console.example.net","sso":"https://sso.example.net","issuer_url":"https://sso.example.net/realms/drogue","registry":{"url":"https://api.example.net"},"http":{"url":"https://http.example.net"},"mqtt":{"host":"mqtt.example.net","port":8883},"mqtt_integration":{"host":"mqtt-integration.example.net","port":8883},"websocket_integration":{"url":"wss://ws-integration.example.net"},"command_url":"https://command.example.net","local_certs":false,"future_key":{"a":[1]}}
EOF
cat > "$E/sandbox.json" <<'EOF'
{"api":"http://127.0.0.1:40123","issuer_url":"http://127.0.0.1:40123/realms/drogue","registry":{"url":"http://127.0.0.1:40123"},"mqtt":{"host":"localhost","port":40124},"mqtt_integration":{"host":"localhost","port":40125},"local_certs":true}
EOF
cat > "$E/public.json" <<'EOF'
{"api":"https://api.example.net","console":"https://console.example.net","sso":"https://sso.example.net","issuer_url":"https://sso.example.net/realms/drogue","registry":{"url":"https://api.example.net"}}
EOF
cat > "$E/wrong-types.json" <<'EOF'
{"api":1,"registry":"https://x","mqtt":{"host":[],"port":"8883"},"mqtt_integration":{"port":-1,"host":"h"},"local_certs":"true","command_url":{"url":"x"}}
EOF
cat > "$E/odd-urls.json" <<'EOF'
{"api":"not a url","registry":{"url":"http://[::1]:99999/"},"mqtt":{"host":"","port":70000},"websocket_integration":{"url":"\u0000"},"http":{"url":"ftp://u:p@h/%zz"}}
EOF

# ---------------------------------------------------------------- YAML: drg config
D=$out/fuzz_drgconfig
cp "$here/../data/drg/drg_config_access_token.yaml" "$D/access-token.yaml"
cp "$here/../data/drg/drg_config_oauth.yaml" "$D/oauth.yaml"
cp "$here/../data/drg/drg_config_malformed.yaml" "$D/malformed.yaml"
cat > "$D/minimal.yaml" <<'EOF'
contexts:
  - name: a
    drogue_cloud_url: http://localhost:8080
EOF
cat > "$D/odd-types.yaml" <<'EOF'
active_context: [x]
contexts:
  - name: {a: b}
    drogue_cloud_url: 12
    token_exp_date: not-a-date
    token:
      access_token: [1, 2]
      expires_in: -5
  - name: b
    token: "just a string"
  - 7
EOF
cat > "$D/anchors-aliases.yaml" <<'EOF'
defaults: &d
  drogue_cloud_url: https://api.example.net
  default_algo: EdDSA
active_context: one
contexts:
  - <<: *d
    name: one
    token: {id: "u", token: "drg_x"}
  - <<: *d
    name: two
    token_exp_date: 2026-12-01T10:00:00.123+02:00
    token: {access_token: a, refresh_token: r, expires_in: 3600, token_type: bearer}
EOF
printf 'contexts: {}\n' > "$D/contexts-map.yaml"
printf '%%YAML 1.2\n---\n--- \n...\n' > "$D/multi-doc.yaml"
crlf "$here/../data/drg/drg_config_oauth.yaml" > "$D/oauth-crlf.yaml"

du -sh "$out"
for t in "$out"/*/; do echo "$(basename "$t"): $(ls "$t" | wc -l) files"; done
