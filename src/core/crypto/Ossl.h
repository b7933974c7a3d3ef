// Small RAII wrappers over OpenSSL 3 libcrypto objects.
#pragma once

#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace dwb::ossl {

template <auto FreeFn>
struct Deleter {
    template <typename T>
    void operator()(T *p) const { if (p) FreeFn(p); }
};

using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using X509ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, Deleter<PKCS7_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER_free>>;

struct X509StackDeleter {
    void operator()(STACK_OF(X509) *s) const { if (s) sk_X509_pop_free(s, X509_free); }
};
using X509Stack = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

// The digest our certificates are signed with for a signing key: none for
// Ed25519/Ed448 (they hash internally), SHA-384 for EC keys over 256 bits,
// SHA-256 otherwise (the profile in docs/drogue-contract.md).
const EVP_MD *signingDigest(EVP_PKEY *key);

// Frees OpenSSL's state of the calling thread (its random generators and
// error queue, the importer's decoder contexts) now, at the end of a job's
// work on a pool thread, instead of in the thread's exit handlers: a
// process that ends right after its jobs (dwb) may otherwise end while those
// handlers still run, and LeakSanitizer reports the state. A later call on
// the thread makes it anew.
struct ThreadStateRelease {
    ThreadStateRelease() = default;
    ThreadStateRelease(const ThreadStateRelease &) = delete;
    ThreadStateRelease &operator=(const ThreadStateRelease &) = delete;
    ~ThreadStateRelease();
};

// Drains OpenSSL's thread-local error queue into one line (for Error::detail).
QString takeErrors();

// OpenSSL's thread-local error queue, drained: the text of takeErrors(), and
// whether an entry says that an algorithm is not available in this build
// (EVP/fetch "unsupported", unknown cipher, digest or PBE algorithm; not the
// decoder's "No supported data to decode"), with the algorithm's name when
// OpenSSL gives it ("RC2-40-CBC").
struct ErrorQueue {
    QString text;
    bool unsupported = false;
    QString algorithm;
};
ErrorQueue takeErrorQueue();

// OpenSSL's "legacy" provider (RC2, DES, RC4, ...: the encryption of PKCS#12
// files from Windows and OpenSSL 1.x), loaded next to the default provider on
// the default library context, once per process (thread-safe; later calls
// only return the first outcome). The default provider is loaded explicitly
// first: loading any provider switches OpenSSL's implicit loading of the
// default one off. Debian 12 ships it in libssl3 as ossl-modules/legacy.so.
struct LegacyProvider {
    bool loaded = false;
    QString error; // why it could not be loaded (OpenSSL's words), when !loaded
};
const LegacyProvider &loadLegacyProvider();

// The name of the built-in provider that holds Ed25519 keys on PKCS#11
// tokens (core/token/TokenEdProvider): a key of this provider signs on the
// token, and its private half is never read or exported (PrivateKey).
inline constexpr char kTokenProviderName[] = "dwb-token";

} // namespace dwb::ossl
