#include "core/enrollment/BatchCrypto.h"

#include "core/crypto/Profiles.h"
#include "core/crypto/RawKeys.h"

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

using rawkeys::Kind;
using rawkeys::kindOf;
using rawkeys::pemWrap;
using rawkeys::rawPublicKey;

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
    return PrivateKey::generate(alg, cancel); // per-thread keygen contexts (RawKeys.h)
}

Result<SecretBytes> BatchIssuer::keyPem(const PrivateKey &key) const
{
    return key.toPkcs8Pem(); // raw PKCS#8 for Ed25519/EC (RawKeys.h)
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
    if (!rawkeys::setRawPublicKey(x.get(), deviceKey.get()))
        return fallback();

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
