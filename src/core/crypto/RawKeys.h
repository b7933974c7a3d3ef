// Fast, exact encodings of Ed25519 and EC keys from their raw bytes.
//
// OpenSSL 3.0 builds an OSSL_ENCODER_CTX per PEM_write_bio_PKCS8PrivateKey()
// call (walking every encoder under a global lock) and fetches the algorithm
// for every EVP_PKEY_CTX_new_from_name(); at thousands of keys those costs
// are larger than the key generation itself. These helpers produce the same
// bytes as OpenSSL's encoders (unit tests compare them byte for byte) and are
// used by PrivateKey::generate()/toPkcs8Pem() and the batch's issuer.
#pragma once

#include "core/crypto/Algorithm.h"

#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace dwb::rawkeys {

enum class Kind { Other, Ed25519, P256, P384 };
Kind kindOf(const EVP_PKEY *key);

// A keygen context for Ed25519/P-256/P-384 kept per thread (nullptr for
// other algorithms or on failure: use the generic path).
EVP_PKEY_CTX *threadKeygenContext(KeyAlgorithm alg);

// The raw public key: 32 bytes (Ed25519) or the uncompressed point (EC).
bool rawPublicKey(const EVP_PKEY *key, Kind kind, QByteArray *out);

// PKCS#8 DER of an Ed25519 (RFC 8410) or EC (RFC 5915 inside PKCS#8, as
// OpenSSL writes it) private key; empty when the key is of another kind.
// The caller wipes the result.
QByteArray pkcs8Der(const EVP_PKEY *key);

// Sets the certificate's subjectPublicKeyInfo from the raw public key of an
// Ed25519 or EC key (X509_set_pubkey encodes the key and decodes it again
// through OpenSSL 3.0's decoder machinery). False for other kinds or on
// failure (nothing changed): use X509_set_pubkey.
// The certificate then holds no decoded key (X509_get0_pubkey() is null):
// only for certificates that are encoded right away (the batch's issuer);
// Certificate objects handed out need X509_set_pubkey.
bool setRawPublicKey(X509 *x, const EVP_PKEY *key);

// PEM armour with 64-column lines.
QByteArray pemWrap(const QByteArray &der, const char *label);

// Overwrites and clears a byte array that owns its buffer.
void wipe(QByteArray &bytes);

} // namespace dwb::rawkeys
