// A private (or public-only) key: a shared, reference-counted EVP_PKEY.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QByteArray>

#include <atomic>
#include <functional>

typedef struct evp_pkey_st EVP_PKEY;

namespace dwb {

class PrivateKey {
public:
    PrivateKey() = default;
    // Takes ownership of one reference.
    explicit PrivateKey(EVP_PKEY *owned);
    PrivateKey(const PrivateKey &other);
    PrivateKey &operator=(const PrivateKey &other);
    PrivateKey(PrivateKey &&other) noexcept;
    PrivateKey &operator=(PrivateKey &&other) noexcept;
    ~PrivateKey();

    // Progress is called from the generating thread with OpenSSL's keygen
    // callback counter; returning false (or *cancel becoming true) aborts
    // with ErrorCode::Cancelled. RSA-4096 takes seconds: use both.
    using Progress = std::function<bool(int)>;
    static Result<PrivateKey> generate(KeyAlgorithm alg,
                                       const std::atomic_bool *cancel = nullptr,
                                       const Progress &progress = {});

    bool isNull() const { return m_pkey == nullptr; }
    EVP_PKEY *get() const { return m_pkey; }
    bool hasPrivate() const;

    // One of the six workbench algorithms, or nullopt (e.g. P-521, RSA-1024).
    std::optional<KeyAlgorithm> algorithm() const;
    QString typeName() const;    // "RSA", "EC P-256", "EC P-384", "EC P-521", "Ed25519", ...
    int bits() const;
    QByteArray publicKeyDer() const;  // SubjectPublicKeyInfo DER
    QByteArray publicKeyPem() const;
    QByteArray publicKeySha256() const; // SHA-256 over the SubjectPublicKeyInfo DER
    bool samePublicKey(const PrivateKey &other) const;

    // PKCS#8. With a non-empty passphrase: encrypted, AES-256-CBC, PBKDF2
    // (HMAC-SHA256, 600000 iterations or more).
    Result<SecretBytes> toPkcs8Pem(const SecretBytes &passphrase = {}) const;
    Result<SecretBytes> toPkcs8Der() const;

private:
    EVP_PKEY *m_pkey = nullptr;
};

} // namespace dwb
