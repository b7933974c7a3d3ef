#include "core/crypto/PrivateKey.h"

#include "core/crypto/Ossl.h"
#include "core/crypto/RawKeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstring>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/ec.h>
#include <openssl/x509.h>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrivateKey", text);
}

struct KeygenState {
    const std::atomic_bool *cancel = nullptr;
    const PrivateKey::Progress *progress = nullptr;
    bool cancelled = false;
};

int keygenCallback(EVP_PKEY_CTX *ctx)
{
    auto *state = static_cast<KeygenState *>(EVP_PKEY_CTX_get_app_data(ctx));
    if (!state)
        return 1;
    if (state->cancel && state->cancel->load()) {
        state->cancelled = true;
        return 0;
    }
    if (state->progress && *state->progress && !(*state->progress)(EVP_PKEY_CTX_get_keygen_info(ctx, 0))) {
        state->cancelled = true;
        return 0;
    }
    return 1;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

QString ecGroupName(EVP_PKEY *pkey)
{
    char name[80] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &len) != 1)
        return {};
    return QString::fromLatin1(name, static_cast<qsizetype>(len));
}

// PBKDF2 iterations for encrypted PKCS#8 (OWASP's 2023 figure for HMAC-SHA256).
constexpr int kPbkdf2Iterations = 600000;

} // namespace

// A PKCS#11 token key (core/token), whose private half signs on the token and
// cannot be read: a key without a provider (libp11's RSA and ECDSA keys, built
// outside OpenSSL's providers) or one of the workbench's token provider
// (Ed25519 keys, ossl::kTokenProviderName).
static bool isExternal(EVP_PKEY *pkey)
{
    if (!pkey)
        return false;
    const OSSL_PROVIDER *provider = EVP_PKEY_get0_provider(pkey);
    return !provider || std::strcmp(OSSL_PROVIDER_get0_name(provider), ossl::kTokenProviderName) == 0;
}

PrivateKey::PrivateKey(EVP_PKEY *owned) : m_pkey(owned) {}

PrivateKey::PrivateKey(const PrivateKey &other) : m_pkey(other.m_pkey)
{
    if (m_pkey)
        EVP_PKEY_up_ref(m_pkey);
}

PrivateKey &PrivateKey::operator=(const PrivateKey &other)
{
    if (this != &other) {
        if (other.m_pkey)
            EVP_PKEY_up_ref(other.m_pkey);
        EVP_PKEY_free(m_pkey);
        m_pkey = other.m_pkey;
    }
    return *this;
}

PrivateKey::PrivateKey(PrivateKey &&other) noexcept : m_pkey(other.m_pkey)
{
    other.m_pkey = nullptr;
}

PrivateKey &PrivateKey::operator=(PrivateKey &&other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_pkey);
        m_pkey = other.m_pkey;
        other.m_pkey = nullptr;
    }
    return *this;
}

PrivateKey::~PrivateKey() { EVP_PKEY_free(m_pkey); }

Result<PrivateKey> PrivateKey::generate(KeyAlgorithm alg, const std::atomic_bool *cancel,
                                        const Progress &progress)
{
    if (cancel && cancel->load())
        return Error(ErrorCode::Cancelled, tr("Key generation was cancelled."));
    // Ed25519 and EC keys: a keygen context kept per thread (no algorithm
    // fetch per key; these generate in well under a millisecond, so there is
    // nothing to cancel or report progress on).
    if (EVP_PKEY_CTX *fast = rawkeys::threadKeygenContext(alg)) {
        EVP_PKEY *pkey = nullptr;
        if (EVP_PKEY_generate(fast, &pkey) == 1 && pkey)
            return PrivateKey(pkey);
        EVP_PKEY_free(pkey);
        ERR_clear_error(); // the generic path below reports the error
    }
    const char *type = "EC";
    switch (alg) {
    case KeyAlgorithm::Rsa2048:
    case KeyAlgorithm::Rsa3072:
    case KeyAlgorithm::Rsa4096: type = "RSA"; break;
    case KeyAlgorithm::EcdsaP256:
    case KeyAlgorithm::EcdsaP384: type = "EC"; break;
    case KeyAlgorithm::Ed25519: type = "ED25519"; break;
    }
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return Error(ErrorCode::Crypto, tr("Cannot start generating a %1 key.").arg(algorithmDisplayName(alg)),
                     ossl::takeErrors());
    int ok = 1;
    switch (alg) {
    case KeyAlgorithm::Rsa2048: ok = EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), 2048); break;
    case KeyAlgorithm::Rsa3072: ok = EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), 3072); break;
    case KeyAlgorithm::Rsa4096: ok = EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), 4096); break;
    case KeyAlgorithm::EcdsaP256: ok = EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256"); break;
    case KeyAlgorithm::EcdsaP384: ok = EVP_PKEY_CTX_set_group_name(ctx.get(), "P-384"); break;
    case KeyAlgorithm::Ed25519: break;
    }
    if (ok != 1)
        return Error(ErrorCode::Crypto, tr("Cannot set up a %1 key.").arg(algorithmDisplayName(alg)),
                     ossl::takeErrors());
    KeygenState state{cancel, &progress, false};
    if (cancel || progress) {
        EVP_PKEY_CTX_set_app_data(ctx.get(), &state);
        EVP_PKEY_CTX_set_cb(ctx.get(), keygenCallback);
    }
    if (cancel && cancel->load())
        return Error(ErrorCode::Cancelled, tr("Key generation was cancelled."));
    EVP_PKEY *pkey = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &pkey) != 1 || !pkey) {
        const QString detail = ossl::takeErrors();
        if (state.cancelled)
            return Error(ErrorCode::Cancelled, tr("Key generation was cancelled."));
        return Error(ErrorCode::Crypto, tr("Generating a %1 key failed.").arg(algorithmDisplayName(alg)),
                     detail);
    }
    return PrivateKey(pkey);
}

bool PrivateKey::hasPrivate() const
{
    if (!m_pkey)
        return false;
    if (isExternal(m_pkey)) // the private half is on a token: it signs, it is never read
        return true;
    switch (EVP_PKEY_get_base_id(m_pkey)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS: {
        BIGNUM *d = nullptr;
        const bool has = EVP_PKEY_get_bn_param(m_pkey, OSSL_PKEY_PARAM_RSA_D, &d) == 1 && d;
        BN_clear_free(d);
        return has;
    }
    case EVP_PKEY_EC: {
        BIGNUM *priv = nullptr;
        const bool has = EVP_PKEY_get_bn_param(m_pkey, OSSL_PKEY_PARAM_PRIV_KEY, &priv) == 1 && priv;
        BN_clear_free(priv);
        return has;
    }
    default: {
        // DSA and DH keep "priv" as a number, Ed25519/Ed448/X25519/X448 as bytes.
        BIGNUM *priv = nullptr;
        if (EVP_PKEY_get_bn_param(m_pkey, OSSL_PKEY_PARAM_PRIV_KEY, &priv) == 1 && priv) {
            BN_clear_free(priv);
            return true;
        }
        ERR_clear_error();
        size_t len = 0;
        const bool has = EVP_PKEY_get_octet_string_param(m_pkey, OSSL_PKEY_PARAM_PRIV_KEY, nullptr, 0, &len) == 1
                         && len > 0;
        ERR_clear_error();
        return has;
    }
    }
}

std::optional<KeyAlgorithm> PrivateKey::algorithm() const
{
    if (!m_pkey)
        return std::nullopt;
    switch (EVP_PKEY_get_base_id(m_pkey)) {
    case EVP_PKEY_RSA:
        switch (EVP_PKEY_get_bits(m_pkey)) {
        case 2048: return KeyAlgorithm::Rsa2048;
        case 3072: return KeyAlgorithm::Rsa3072;
        case 4096: return KeyAlgorithm::Rsa4096;
        default: return std::nullopt;
        }
    case EVP_PKEY_EC: {
        const QString group = ecGroupName(m_pkey);
        if (group == u"prime256v1" || group == u"P-256")
            return KeyAlgorithm::EcdsaP256;
        if (group == u"secp384r1" || group == u"P-384")
            return KeyAlgorithm::EcdsaP384;
        return std::nullopt;
    }
    case EVP_PKEY_ED25519: return KeyAlgorithm::Ed25519;
    default: return std::nullopt;
    }
}

QString PrivateKey::typeName() const
{
    if (!m_pkey)
        return {};
    switch (EVP_PKEY_get_base_id(m_pkey)) {
    case EVP_PKEY_RSA: return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS: return QStringLiteral("RSA-PSS");
    case EVP_PKEY_DSA: return QStringLiteral("DSA");
    case EVP_PKEY_ED25519: return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448: return QStringLiteral("Ed448");
    case EVP_PKEY_EC: {
        const QString group = ecGroupName(m_pkey);
        if (group == u"prime256v1")
            return QStringLiteral("EC P-256");
        if (group == u"secp384r1")
            return QStringLiteral("EC P-384");
        if (group == u"secp521r1")
            return QStringLiteral("EC P-521");
        return group.isEmpty() ? QStringLiteral("EC") : u"EC " + group;
    }
    default: {
        const char *name = EVP_PKEY_get0_type_name(m_pkey);
        return name ? QString::fromLatin1(name) : QStringLiteral("unknown");
    }
    }
}

int PrivateKey::bits() const { return m_pkey ? EVP_PKEY_get_bits(m_pkey) : 0; }

QByteArray PrivateKey::publicKeyDer() const
{
    if (!m_pkey)
        return {};
    unsigned char *buf = nullptr;
    const int len = i2d_PUBKEY(m_pkey, &buf);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

QByteArray PrivateKey::publicKeyPem() const
{
    if (!m_pkey)
        return {};
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_pkey) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray PrivateKey::publicKeySha256() const
{
    return QCryptographicHash::hash(publicKeyDer(), QCryptographicHash::Sha256);
}

bool PrivateKey::samePublicKey(const PrivateKey &other) const
{
    return m_pkey && other.m_pkey && EVP_PKEY_eq(m_pkey, other.m_pkey) == 1;
}

Result<SecretBytes> PrivateKey::toPkcs8Pem(const SecretBytes &passphrase) const
{
    if (!m_pkey || !hasPrivate())
        return Error(ErrorCode::InvalidArgument, tr("There is no private key to write."));
    if (isExternal(m_pkey))
        return Error(ErrorCode::UnsupportedKey, tr("The private key is on a hardware token and cannot be exported."));
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return Error(ErrorCode::Crypto, tr("Out of memory."), ossl::takeErrors());
    if (passphrase.isEmpty()) {
        // Ed25519 and EC: the same bytes as OpenSSL's encoder, from the raw key.
        QByteArray der = rawkeys::pkcs8Der(m_pkey);
        if (!der.isEmpty()) {
            QByteArray pem = rawkeys::pemWrap(der, "PRIVATE KEY");
            rawkeys::wipe(der);
            return SecretBytes(std::move(pem));
        }
        if (PEM_write_bio_PKCS8PrivateKey(bio.get(), m_pkey, nullptr, nullptr, 0, nullptr, nullptr) != 1)
            return Error(ErrorCode::Crypto, tr("Cannot encode the private key."), ossl::takeErrors());
    } else {
        std::unique_ptr<PKCS8_PRIV_KEY_INFO, ossl::Deleter<PKCS8_PRIV_KEY_INFO_free>> p8(
            EVP_PKEY2PKCS8(m_pkey));
        if (!p8)
            return Error(ErrorCode::Crypto, tr("Cannot encode the private key."), ossl::takeErrors());
        unsigned char salt[16];
        if (RAND_bytes(salt, sizeof salt) != 1)
            return Error(ErrorCode::Crypto, tr("No random numbers available."), ossl::takeErrors());
        // PBES2: PBKDF2 (HMAC-SHA256) + AES-256-CBC.
        std::unique_ptr<X509_SIG, ossl::Deleter<X509_SIG_free>> sig(PKCS8_encrypt_ex(
            -1, EVP_aes_256_cbc(), passphrase.constData(), static_cast<int>(passphrase.size()), salt,
            sizeof salt, kPbkdf2Iterations, p8.get(), nullptr, nullptr));
        if (!sig || PEM_write_bio_PKCS8(bio.get(), sig.get()) != 1)
            return Error(ErrorCode::Crypto, tr("Cannot encrypt the private key."), ossl::takeErrors());
    }
    return SecretBytes(bioBytes(bio.get()));
}

Result<SecretBytes> PrivateKey::toPkcs8Der() const
{
    if (!m_pkey || !hasPrivate())
        return Error(ErrorCode::InvalidArgument, tr("There is no private key to write."));
    if (isExternal(m_pkey))
        return Error(ErrorCode::UnsupportedKey, tr("The private key is on a hardware token and cannot be exported."));
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || i2d_PKCS8PrivateKey_bio(bio.get(), m_pkey, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return Error(ErrorCode::Crypto, tr("Cannot encode the private key."), ossl::takeErrors());
    return SecretBytes(bioBytes(bio.get()));
}

} // namespace dwb
