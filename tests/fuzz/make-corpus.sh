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

for t in fuzz_import fuzz_certificate fuzz_resources fuzz_endpoints fuzz_drgconfig fuzz_registry_answer \
  fuzz_cloudevent fuzz_sandbox_request fuzz_csr; do
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

# The same encrypted formats with cheap key derivation (16 PBKDF2 / PKCS#12
# rounds, scrypt N=16): the fuzz build refuses more than 64 rounds (Importer.cpp,
# FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION), so these are the seeds that reach
# the decrypting paths there at thousands of runs a second.
ossl pkcs8 -topk8 -in ec.key -v2 aes-256-cbc -iter 16 -passout pass:test -out ec.p8cheap.pem
ossl pkcs8 -topk8 -in ec.key -v2 aes-128-cbc -v2prf hmacWithSHA1 -iter 16 -passout pass:test -outform DER \
  -out ec.p8cheap.der
ossl pkcs8 -topk8 -in ed.key -scrypt -scrypt_N 16 -scrypt_r 8 -scrypt_p 1 -passout pass:test -out ed.p8cheap-scrypt.pem
ossl pkcs12 -export -inkey ed.key -in dev.pem -certfile ca.pem -name device1 -iter 16 -passout pass:test \
  -out dev-cheap.p12
ossl pkcs12 -export -nokeys -in chain.pem -iter 16 -passout pass: -out certs-cheap.p12
for f in ec.p8cheap.pem ec.p8cheap.der ed.p8cheap-scrypt.pem; do
  seed "cheap-pkcs8-enc-$f" 1 "$f"
  seed "cheap-pkcs8-enc-nopass-$f" 0 "$f"
done
seed cheap-pkcs12.p12 1 dev-cheap.p12
seed cheap-pkcs12-nopass-given.p12 0 dev-cheap.p12
seed cheap-pkcs12-certs-empty-password.p12 0 certs-cheap.p12
{ ossl x509 -in dev.pem -text; cat ec.p8cheap.pem; } > cheap-text-around.pem
seed cheap-bundle-text-encrypted.pem 1 cheap-text-around.pem

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

# ---------------------------------------------------------------- HTTP answers: registry client
# fuzz_registry_answer: byte 0 picks the call (0 discover, 1 whoami, 2 list
# applications, 3 list devices, 4 get app, 5 get device, 6 create device,
# 7 update app, 8 delete device, 9 modify device), then raw HTTP answers
# separated by a line "@@@@".
A=$out/fuzz_registry_answer
answer() { # STATUS-LINE BODY [EXTRA-HEADER]
  printf 'HTTP/1.1 %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s' \
    "$1" "${#2}" "${3:+$3$'\r\n'}" "$2"
}
ans() { local op=$1 name=$2; shift 2; { printf "\\x0$op"; local first=1; for a in "$@"; do
  [ $first = 1 ] || printf '\n@@@@\n'; first=0; printf '%s' "$a"; done; } > "$A/$name"; }
APP='{"metadata":{"name":"demo-app","uid":"u1","resourceVersion":"r1","generation":1},"spec":{"trustAnchors":{"anchors":[]}}}'
DEV='{"metadata":{"name":"device1","application":"demo-app","uid":"u2","resourceVersion":"r2"},"spec":{"alias":["a"],"core":{"disabled":false}}}'
ans 0 discover "$(answer '200 OK' '{"api":"http://127.0.0.1:1","registry":{"url":"http://127.0.0.1:1"}}')" \
  "$(answer '200 OK' '{"mqtt":{"host":"localhost","port":8883},"mqtt_integration":{"host":"localhost","port":8884}}')"
ans 1 whoami "$(answer '200 OK' '{"id":"fuzz-user"}')"
ans 1 whoami-401 "$(answer '401 Unauthorized' '{"error":"NotAuthorized","message":"bad token"}' 'WWW-Authenticate: Basic')"
ans 2 list-apps-pages "$(answer '200 OK' "[$APP,$APP]")" "$(answer '200 OK' "[$APP]")"
ans 3 list-devices-chunked \
  "$(printf 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n' $(( ${#DEV} * 2 + 3 )) "[$DEV,$DEV]")" \
  "$(answer '200 OK' '[]')"
ans 3 list-devices-not-array "$(answer '200 OK' '{"items":[]}')"
ans 4 get-app "$(answer '200 OK' "$APP")"
ans 4 get-app-404 "$(answer '404 Not Found' '{"error":"NotFound","message":"Application demo-app does not exist."}')"
ans 4 get-app-502-html "$(printf 'HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n\r\n<html>bad gateway</html>')"
ans 5 get-device-cut "$(printf 'HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n%s' "${DEV:0:40}")"
ans 5 get-device-no-length "$(printf 'HTTP/1.0 200 OK\r\n\r\n%s' "$DEV")"
ans 6 create-device-201 "$(answer '201 Created' '' 'Location: /api/registry/v1alpha1/apps/demo-app/devices/device1')"
ans 6 create-device-409 "$(answer '409 Conflict' '{"error":"AlreadyExists","message":"taken"}')"
ans 7 update-app-204 "$(printf 'HTTP/1.1 204 No Content\r\n\r\n')"
ans 7 update-app-409-lock "$(answer '409 Conflict' '{"error":"OptimisticLockFailed","message":"changed"}')"
ans 8 delete-device-412 "$(answer '412 Precondition Failed' '{"error":"PreconditionFailed","message":"uid"}')"
ans 8 delete-device-redirect "$(printf 'HTTP/1.1 301 Moved\r\nLocation: http://example.invalid/\r\nContent-Length: 0\r\n\r\n')"
ans 9 modify-create "$(answer '404 Not Found' '{"error":"NotFound","message":"no"}')" \
  "$(answer '201 Created' '')" "$(answer '200 OK' "$DEV")"
ans 9 modify-update "$(answer '200 OK' "$DEV")" "$(printf 'HTTP/1.1 204 No Content\r\n\r\n')" "$(answer '200 OK' "$DEV")"

# ---------------------------------------------------------------- MQTT: topics and payloads
# fuzz_cloudevent: byte 0 = switches (1: marked as the verify job does,
# 2: payload also tried as the integration token), then TOPIC "\n" PAYLOAD.
C=$out/fuzz_cloudevent
mq() { { printf "\\x0$1"; printf '%s\n%s' "$2" "$3"; } > "$C/$4"; }
mq 0 temp '{"temp":42.5}' json-object
mq 0 'sensors/a b/ü' '[1,2,{"x":null}]' json-array
mq 0 temp 'not json at all' text
mq 0 temp '' empty
mq 0 temp '  "quoted" ' json-string
mq 1 temp '{"temp":1}' verify-marked-object
mq 1 temp '12.5' verify-marked-number
mq 1 temp 'raw text, not JSON' verify-marked-text
mq 0 'app/demo-app' '{}' topic-app
mq 0 'command/inbox/device1' '{}' topic-command
mq 0 '$SYS/broker' 'x' topic-sys
mq 2 temp 'fuzz-token-0123456789' integration-token
mq 2 temp 'wrong-token' integration-wrong-token
mq 0 '+/#' '1' topic-wildcards
printf '\x00app/demo-app\x00hidden\n{"a":1}' > "$C/topic-nul"

# ---------------------------------------------------------------- sandbox requests
# fuzz_sandbox_request: requests "METHOD PATH[?QUERY] [USER]" + body,
# separated by a line "%%".
S=$out/fuzz_sandbox_request
cat > "$S/create-list-get.txt" <<'EOF'
POST /api/registry/v1alpha1/apps
{"metadata":{"name":"demo-app","labels":{"site":"lab-2"}},"spec":{}}
%%
GET /api/registry/v1alpha1/apps?labels=site%3Dlab-2&limit=1&offset=0
%%
GET /apps/demo-app
%%
POST /apps/demo-app/devices
{"metadata":{"name":"device1","application":"demo-app"},"spec":{"alias":["CN=device1, O=Drogue IoT, OU=demo-app"],"authentication":{"credentials":[{"pass":"x"}]}}}
%%
GET /apps/demo-app/devices?labels=site+in+(lab-1,lab-2),!gone&limit=10
%%
GET /apps/demo-app/devices/device1
EOF
cat > "$S/update-delete.txt" <<'EOF'
POST /apps
{"metadata":{"name":"demo-app"}}
%%
POST /apps/demo-app/devices
{"metadata":{"name":"CN=dev 1, O=x","application":"demo-app"}}
%%
PUT /apps/demo-app/devices/CN%3Ddev%201%2C%20O%3Dx
{"metadata":{"name":"CN=dev 1, O=x","application":"demo-app","resourceVersion":"wrong"},"spec":{"core":{"disabled":true}}}
%%
DELETE /apps/demo-app/devices/CN%3Ddev%201%2C%20O%3Dx
{"preconditions":{"uid":"nope"}}
%%
DELETE /apps/demo-app
EOF
cat > "$S/other-user.txt" <<'EOF'
POST /apps alice
{"metadata":{"name":"a1"}}
%%
GET /apps/a1 bob
%%
PUT /apps/a1 bob
{"metadata":{"name":"a1"}}
%%
GET /apps bob
EOF
ANCHOR=$(base64 -w0 ca.pem)
cat > "$S/trust-anchors.txt" <<EOF
POST /apps
{"metadata":{"name":"demo-app"},"spec":{"trustAnchors":{"anchors":[{"certificate":"$ANCHOR"},{"certificate":"bm90IGEgY2VydA=="}]}}}
%%
GET /apps/demo-app
%%
POST /apps
{"metadata":{"name":"Bad_Name"}}
%%
POST /apps
[1,2]
EOF
cat > "$S/bad-paths.txt" <<'EOF'
PATCH /apps
%%
GET /apps/demo-app/things/x
%%
GET /apps/a/devices/b/c
%%
POST /apps/demo-app/devices/x
{}
%%
GET /apps?labels=a+notin+(
EOF

# ---------------------------------------------------------------- certificate requests
# fuzz_csr reads its first byte as how to sign (bit 0: keep the subject, bit
# 1: copy the SANs), then the request: PEM (also as a console prints it) or DER.
C=$out/fuzz_csr
csr_seed() { { printf "\\x$1"; cat "$2"; } > "$C/$3"; }
for k in ec ec384 rsa ed ed448; do
  ossl req -new -key $k.key -subj "/CN=board-$k/O=Lab" -out $k.csr
  ossl req -in $k.csr -outform DER -out $k.csr.der
  csr_seed 00 $k.csr $k.csr.pem
  csr_seed 01 $k.csr.der $k.csr.der
done
ossl req -new -key ec.key -subj "/CN=board-san" -addext "subjectAltName=DNS:board.lab,IP:10.0.0.7,email:a@b.c" \
  -addext "keyUsage=critical,digitalSignature" -addext "basicConstraints=CA:TRUE" -out san.csr
csr_seed 03 san.csr san.csr.pem
ossl req -new -key ec.key -subj "/" -out nosubject.csr
csr_seed 00 nosubject.csr nosubject.csr.pem
# As a serial console shows it: boot text around, CRLF, the old header.
{ echo "ESP-ROM:esp32s3-20210327"; sed -e 's/CERTIFICATE REQUEST/NEW CERTIFICATE REQUEST/' -e 's/$/\r/' ec.csr; echo "> "; } > console.txt
csr_seed 00 console.txt console.csr.txt
# A changed signature byte: parses, does not verify.
ossl req -in ed.csr -outform DER -out tampered.der
python3 - <<'PY'
d = bytearray(open("tampered.der", "rb").read())
d[-3] ^= 1
open("tampered.der", "wb").write(d)
PY
csr_seed 00 tampered.der tampered.csr.der
# fuzz_import reads requests too (first byte: no passphrase).
cp "$C/ec.csr.pem" "$out/fuzz_import/ec.csr.pem"
cp "$C/console.csr.txt" "$out/fuzz_import/console.csr.txt"

du -sh "$out"
for t in "$out"/*/; do echo "$(basename "$t"): $(ls "$t" | wc -l) files"; done
