// Unencrypted private keys from DER, decoded with OpenSSL's decoders for the
// one key type and structure the bytes have.
//
// OpenSSL 3.0's d2i_AutoPrivateKey(), EVP_PKCS82PKEY() and
// PEM_read_bio_PrivateKey() set up a decoder chain over every key type on
// each call (25 decoders, then every decoder that could feed them, found by
// name lookups under a global lock; 3.2 caches the chain, Debian 12 has 3.0),
// and d2i_AutoPrivateKey() does it twice, once per structure. Reading the
// structure first (a walk over the DER headers, no allocation) and the key
// type from the PKCS#8 algorithm, the PEM label or the structure, the
// importer asks OpenSSL for that key type and structure only: the same
// decoders and the same keys. The decoder contexts are set up once per thread
// and kept (by key type and structure, about 20 at most); with both, an
// import of a key file takes 13-75 us instead of 370-520 us (measured once,
// docs/reliability.md, "fuzz_import").
#pragma once

#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace dwb::keyder {

// What the bytes may hold: any private-key form (DER data), or what a PEM
// label names, as OpenSSL reads these labels: PKCS#8 only ("PRIVATE KEY",
// "ENCRYPTED PRIVATE KEY" after decryption), an RSA or EC key as the
// traditional structure or as PKCS#8 ("RSA PRIVATE KEY", "EC PRIVATE KEY").
enum class Expect { Any, Pkcs8, Rsa, Ec };

// An unencrypted private key, or nullptr when the bytes hold none of the
// expected forms (OpenSSL's error queue then says why). Every form is a
// SEQUENCE whose first element is an INTEGER (the version), then an
// AlgorithmIdentifier (PKCS#8 PrivateKeyInfo: the key type is its OID), an
// OCTET STRING (EC), six INTEGERs in all (DSA) or more (RSA); anything else
// (a certificate: SEQUENCE { SEQUENCE ... }) is refused from its headers,
// before any decoder is set up. The caller owns the key.
EVP_PKEY *decode(const QByteArray &der, Expect expect = Expect::Any);

// The key inside a decrypted PKCS#8 structure (PKCS8_decrypt's result).
EVP_PKEY *fromPkcs8(const PKCS8_PRIV_KEY_INFO *p8);

// Frees the calling thread's decoder contexts now (ossl::ThreadStateRelease,
// at the end of a job on a pool thread); otherwise they go when the thread
// ends. A later decode on the thread sets them up again.
void releaseThreadDecoders();

} // namespace dwb::keyder
