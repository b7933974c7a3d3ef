#include "core/enrollment/BatchCrypto.h"

#include "core/crypto/Profiles.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace dwb {

namespace {

template <typename T, void (*F)(T *)>
struct Free {
    void operator()(T *p) const { F(p); }
};
using X509Ptr = std::unique_ptr<X509, Free<X509, X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Free<X509_EXTENSION, X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Free<BIGNUM, BN_clear_free>>;

constexpr int kMaxCommonName = 64;

enum class Kind { Other, Ed25519, P256, P384 };

Kind kindOf(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_ED25519: return Kind::Ed25519;
    case EVP_PKEY_EC:
        switch (EVP_PKEY_get_bits(key)) {
        case 256: return Kind::P256;
        case 384: return Kind::P384;
        default: return Kind::Other;
        }
    default: return Kind::Other;
    }
}

// One keygen context per thread and algorithm, made on first use.
struct KeygenContexts {
    EVP_PKEY_CTX *ed25519 = nullptr, *p256 = nullptr, *p384 = nullptr;
    ~KeygenContexts()
    {
        EVP_PKEY_CTX_free(ed25519);
        EVP_PKEY_CTX_free(p256);
        EVP_PKEY_CTX_free(p384);
    }
    EVP_PKEY_CTX *get(KeyAlgorithm alg)
    {
        EVP_PKEY_CTX **slot = alg == KeyAlgorithm::Ed25519 ? &ed25519 : alg == KeyAlgorithm::EcdsaP256 ? &p256 : &p384;
        if (!*slot) {
            EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, alg == KeyAlgorithm::Ed25519 ? "ED25519" : "EC", nullptr);
            if (!ctx || EVP_PKEY_keygen_init(ctx) <= 0
                || (alg != KeyAlgorithm::Ed25519
                    && EVP_PKEY_CTX_set_group_name(ctx, alg == KeyAlgorithm::EcdsaP256 ? "P-256" : "P-384") <= 0)) {
                EVP_PKEY_CTX_free(ctx);
                return nullptr;
            }
            *slot = ctx;
        }
        return *slot;
    }
};

// DER length octets.
void appendLength(QByteArray &out, qsizetype len)
{
    if (len < 0x80) {
        out += static_cast<char>(len);
    } else if (len < 0x100) {
        out += '\x81';
        out += static_cast<char>(len);
    } else {
        out += '\x82';
        out += static_cast<char>(len >> 8);
        out += static_cast<char>(len & 0xff);
    }
}

void appendTlv(QByteArray &out, char tag, const QByteArray &content)
{
    out += tag;
    appendLength(out, content.size());
    out += content;
}

QByteArray pemWrap(const QByteArray &der, const char *label)
{
    const QByteArray b64 = der.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 64 + 64);
    out += "-----BEGIN ";
    out += label;
    out += "-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        out += b64.mid(i, 64);
        out += '\n';
    }
    out += "-----END ";
    out += label;
    out += "-----\n";
    return out;
}

// Wipes a QByteArray's bytes (the buffer is owned by this array).
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

bool rawPublicKey(EVP_PKEY *key, Kind kind, QByteArray *out)
{
    unsigned char buf[160];
    size_t len = 0;
    if (kind == Kind::Ed25519) {
        len = 32;
        if (EVP_PKEY_get_raw_public_key(key, buf, &len) != 1 || len != 32)
            return false;
    } else if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, buf, sizeof buf, &len) != 1
               || len == 0 || buf[0] != 0x04) {
        return false;
    }
    *out = QByteArray(reinterpret_cast<const char *>(buf), static_cast<qsizetype>(len));
    return true;
}

const EVP_MD *digestFor(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_ED25519:
    case EVP_PKEY_ED448: return nullptr;
    case EVP_PKEY_EC: return EVP_PKEY_get_bits(key) > 256 ? EVP_sha384() : EVP_sha256();
    default: return EVP_sha256();
    }
}

} // namespace

struct BatchIssuer::Private {
    QString app;
    PrivateKey caKey;
    Certificate anchor;
    int days = 365;
    ExtPtr eku, akid;
    bool fast = false;
};

BatchIssuer::BatchIssuer(const QString &app, const PrivateKey &caKey, const Certificate &anchor, int days)
    : d(std::make_unique<Private>())
{
    d->app = app;
    d->caKey = caKey;
    d->anchor = anchor;
    d->days = days;
    // The profile's extensions, made once: extendedKeyUsage serverAuth +
    // clientAuth, authorityKeyIdentifier = the anchor's subjectKeyIdentifier.
    const ASN1_OCTET_STRING *skid = anchor.isNull() ? nullptr : X509_get0_subject_key_id(anchor.get());
    if (skid && days >= 1 && days <= 36500 && app.size() <= kMaxCommonName) {
        d->eku.reset(X509V3_EXT_conf_nid(nullptr, nullptr, NID_ext_key_usage, "serverAuth,clientAuth"));
        AUTHORITY_KEYID *akid = AUTHORITY_KEYID_new();
        if (akid) {
            akid->keyid = ASN1_OCTET_STRING_dup(skid);
            if (akid->keyid)
                d->akid.reset(X509V3_EXT_i2d(NID_authority_key_identifier, 0, akid));
            AUTHORITY_KEYID_free(akid);
        }
        d->fast = d->eku && d->akid;
    }
}

BatchIssuer::~BatchIssuer() = default;

Result<PrivateKey> BatchIssuer::generateKey(KeyAlgorithm alg, const std::atomic_bool *cancel) const
{
    if (alg != KeyAlgorithm::Ed25519 && alg != KeyAlgorithm::EcdsaP256 && alg != KeyAlgorithm::EcdsaP384)
        return PrivateKey::generate(alg, cancel);
    thread_local KeygenContexts contexts;
    EVP_PKEY_CTX *ctx = contexts.get(alg);
    EVP_PKEY *pkey = nullptr;
    if (!ctx || EVP_PKEY_generate(ctx, &pkey) <= 0 || !pkey)
        return PrivateKey::generate(alg, cancel); // the generic path reports the error
    return PrivateKey(pkey);
}

Result<SecretBytes> BatchIssuer::keyPem(const PrivateKey &key) const
{
    const Kind kind = key.isNull() ? Kind::Other : kindOf(key.get());
    if (kind == Kind::Other || !key.hasPrivate())
        return key.toPkcs8Pem();
    QByteArray der;
    if (kind == Kind::Ed25519) {
        // RFC 8410: SEQUENCE { INTEGER 0, SEQUENCE { OID 1.3.101.112 }, OCTET STRING { OCTET STRING priv } }
        QByteArray priv(32, '\0');
        size_t len = 32;
        if (EVP_PKEY_get_raw_private_key(key.get(), reinterpret_cast<unsigned char *>(priv.data()), &len) != 1
            || len != 32) {
            wipe(priv);
            return key.toPkcs8Pem();
        }
        der = QByteArray::fromHex("302e020100300506032b657004220420");
        der += priv;
        wipe(priv);
    } else {
        // RFC 5915 inside PKCS#8, as OpenSSL writes it: the curve in the
        // algorithm, ECPrivateKey { 1, priv, [1] public key }.
        const int size = kind == Kind::P256 ? 32 : 48;
        BIGNUM *bn = nullptr;
        QByteArray pub;
        if (EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &bn) != 1 || !rawPublicKey(key.get(), kind, &pub)) {
            BN_clear_free(bn);
            return key.toPkcs8Pem();
        }
        BnPtr owned(bn);
        QByteArray priv(size, '\0');
        if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(priv.data()), size) != size) {
            wipe(priv);
            return key.toPkcs8Pem();
        }
        QByteArray ec("\x02\x01\x01", 3);
        appendTlv(ec, '\x04', priv);
        wipe(priv);
        QByteArray bits(1, '\0');
        bits += pub;
        QByteArray bitString;
        appendTlv(bitString, '\x03', bits);
        appendTlv(ec, '\xa1', bitString);
        QByteArray ecSeq;
        appendTlv(ecSeq, '\x30', ec);
        wipe(ec);
        QByteArray body("\x02\x01\x00", 3);
        body += kind == Kind::P256 ? QByteArray::fromHex("301306072a8648ce3d020106082a8648ce3d030107")
                                   : QByteArray::fromHex("301006072a8648ce3d020106052b81040022");
        appendTlv(body, '\x04', ecSeq);
        wipe(ecSeq);
        appendTlv(der, '\x30', body);
        wipe(body);
    }
    QByteArray pem = pemWrap(der, "PRIVATE KEY");
    wipe(der);
    return SecretBytes(std::move(pem));
}

Result<QByteArray> BatchIssuer::issuePem(const QString &device, const PrivateKey &deviceKey) const
{
    auto fallback = [&]() -> Result<QByteArray> {
        auto cert = issueDeviceCertificate(device, d->app, deviceKey, d->caKey, d->anchor, d->days);
        if (!cert)
            return cert.error();
        return cert->toPem();
    };
    const Kind kind = deviceKey.isNull() ? Kind::Other : kindOf(deviceKey.get());
    if (!d->fast || kind == Kind::Other || device.isEmpty() || device.size() > kMaxCommonName)
        return fallback();

    QByteArray pub;
    if (!rawPublicKey(deviceKey.get(), kind, &pub))
        return fallback();
    X509Ptr x(X509_new());
    if (!x || X509_set_version(x.get(), X509_VERSION_3) != 1)
        return fallback();

    // Random positive 128-bit serial, as the profile does.
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fallback();
    serial[0] &= 0x7f;
    if (serial[0] == 0)
        serial[0] = 0x01;
    BnPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x.get())))
        return fallback();

    const time_t from = std::time(nullptr);
    const time_t until = from + static_cast<time_t>(d->days) * 86400;
    // The subject is filled in place (X509_set_subject_name would copy it
    // through an encode/decode round trip).
    X509_NAME *subject = X509_get_subject_name(x.get());
    if (!subject)
        return fallback();
    const QByteArray cn = device.toUtf8(), org("Drogue IoT"), ou = d->app.toUtf8();
    for (auto [nid, value] : {std::pair{NID_commonName, &cn}, std::pair{NID_organizationName, &org},
                              std::pair{NID_organizationalUnitName, &ou}}) {
        if (X509_NAME_add_entry_by_NID(subject, nid, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(value->constData()),
                                       static_cast<int>(value->size()), -1, 0)
            != 1)
            return fallback();
    }
    if (!ASN1_TIME_set(X509_getm_notBefore(x.get()), from) || !ASN1_TIME_set(X509_getm_notAfter(x.get()), until)
        || X509_set_issuer_name(x.get(), X509_get_subject_name(d->anchor.get())) != 1)
        return fallback();

    // The public key from its raw bytes (no encode/decode round trip).
    X509_PUBKEY *spki = X509_get_X509_PUBKEY(x.get());
    unsigned char *penc = static_cast<unsigned char *>(OPENSSL_memdup(pub.constData(), static_cast<size_t>(pub.size())));
    if (!spki || !penc)
        return fallback();
    int ok = 0;
    if (kind == Kind::Ed25519)
        ok = X509_PUBKEY_set0_param(spki, OBJ_nid2obj(NID_ED25519), V_ASN1_UNDEF, nullptr, penc,
                                    static_cast<int>(pub.size()));
    else
        ok = X509_PUBKEY_set0_param(spki, OBJ_nid2obj(NID_X9_62_id_ecPublicKey), V_ASN1_OBJECT,
                                    OBJ_nid2obj(kind == Kind::P256 ? NID_X9_62_prime256v1 : NID_secp384r1), penc,
                                    static_cast<int>(pub.size()));
    if (ok != 1) {
        OPENSSL_free(penc);
        return fallback();
    }

    // extendedKeyUsage, subjectKeyIdentifier (SHA-1 of the public key bits,
    // as "hash" does), authorityKeyIdentifier: the profile's order.
    const QByteArray skidBytes = QCryptographicHash::hash(pub, QCryptographicHash::Sha1);
    ASN1_OCTET_STRING *skid = ASN1_OCTET_STRING_new();
    if (!skid
        || ASN1_OCTET_STRING_set(skid, reinterpret_cast<const unsigned char *>(skidBytes.constData()),
                                 static_cast<int>(skidBytes.size()))
               != 1) {
        ASN1_OCTET_STRING_free(skid);
        return fallback();
    }
    const int added = X509_add_ext(x.get(), d->eku.get(), -1) == 1
                      && X509_add1_ext_i2d(x.get(), NID_subject_key_identifier, skid, 0, X509V3_ADD_DEFAULT) == 1
                      && X509_add_ext(x.get(), d->akid.get(), -1) == 1;
    ASN1_OCTET_STRING_free(skid);
    if (!added)
        return fallback();
    if (X509_sign(x.get(), d->caKey.get(), digestFor(d->caKey.get())) <= 0)
        return fallback();
    unsigned char *buf = nullptr;
    const int n = i2d_X509(x.get(), &buf);
    if (n <= 0)
        return fallback();
    QByteArray pem = pemWrap(QByteArray(reinterpret_cast<const char *>(buf), n), "CERTIFICATE");
    OPENSSL_free(buf);
    return pem;
}

} // namespace dwb
