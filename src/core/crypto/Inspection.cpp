#include "core/crypto/Inspection.h"

#include "core/crypto/Ossl.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspection", text);
}

QString colonHex(const ASN1_OCTET_STRING *s)
{
    if (!s)
        return {};
    return dwb::colonHex(QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s)));
}

QString objectName(const ASN1_OBJECT *obj)
{
    const int nid = OBJ_obj2nid(obj);
    if (nid != NID_undef)
        return QString::fromLatin1(OBJ_nid2ln(nid));
    char buf[128];
    OBJ_obj2txt(buf, sizeof buf, obj, 1);
    return QString::fromLatin1(buf);
}

// Lets a chain check go on past the leaf's own validity errors.
int leafTimeApart(int ok, X509_STORE_CTX *ctx)
{
    if (ok)
        return ok;
    const int err = X509_STORE_CTX_get_error(ctx);
    if (X509_STORE_CTX_get_error_depth(ctx) == 0
        && (err == X509_V_ERR_CERT_HAS_EXPIRED || err == X509_V_ERR_CERT_NOT_YET_VALID))
        return 1;
    return ok;
}

} // namespace

bool hasClientAuthUsage(const Certificate &cert)
{
    X509 *x = cert.get();
    if (!x)
        return false;
    const uint32_t flags = X509_get_extension_flags(x);
    if (!(flags & EXFLAG_XKUSAGE))
        return false; // Drogue wants the extension, with clientAuth in it
    return X509_get_extended_key_usage(x) & XKU_SSL_CLIENT;
}

ValidityState validityAt(const Certificate &cert, const QDateTime &now)
{
    return now < cert.notBefore() ? ValidityState::NotYetValid
           : now > cert.notAfter() ? ValidityState::Expired
                                   : ValidityState::Valid;
}

QString validityStateName(ValidityState s)
{
    switch (s) {
    case ValidityState::Valid: return tr("valid");
    case ValidityState::Expired: return tr("expired");
    case ValidityState::NotYetValid: return tr("not yet valid");
    }
    return {};
}

bool drogueKeyAllowed(const PrivateKey &key)
{
    if (key.isNull())
        return false;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA: return key.bits() >= 2048;
    case EVP_PKEY_ED25519: return true;
    case EVP_PKEY_EC: {
        const QString t = key.typeName();
        return t == u"EC P-256" || t == u"EC P-384";
    }
    default: return false;
    }
}

QString drogueKeyReason(const PrivateKey &key)
{
    if (drogueKeyAllowed(key))
        return {};
    return tr("Its key (%1, %2 bits) is not one Drogue accepts: EC P-256, EC P-384, Ed25519 or "
              "RSA of 2048 bits or more.")
        .arg(key.typeName())
        .arg(key.bits());
}

QString drogueKeyRefusal(const PrivateKey &key, const QString &source)
{
    if (source.isEmpty())
        return tr("The key (%1, %2 bits) is not one Drogue accepts: EC P-256, EC P-384, Ed25519 or RSA of 2048 "
                  "bits or more.")
            .arg(key.typeName())
            .arg(key.bits());
    return tr("The key in %1 (%2, %3 bits) is not one Drogue accepts: EC P-256, EC P-384, Ed25519 or RSA of 2048 "
              "bits or more.")
        .arg(source, key.typeName())
        .arg(key.bits());
}

Status checkDrogueKey(const PrivateKey &key, const QString &source)
{
    if (drogueKeyAllowed(key))
        return {};
    return Error(ErrorCode::UnsupportedKey, drogueKeyRefusal(key, source));
}

DrogueVerdict drogueDeviceVerdict(const Certificate &cert, const QDateTime &now)
{
    DrogueVerdict v;
    if (cert.isNull()) {
        v.reasons << tr("There is no certificate.");
        return v;
    }
    if (cert.version() != 3)
        v.reasons << tr("It is a version %1 certificate; Drogue needs version 3.").arg(cert.version());
    if (now < cert.notBefore())
        v.reasons << tr("It is not valid yet (valid from %1).").arg(cert.notBefore().toString(Qt::ISODate));
    if (now > cert.notAfter())
        v.reasons << tr("It has expired (valid until %1).").arg(cert.notAfter().toString(Qt::ISODate));
    if (cert.isCa())
        v.reasons << tr("It is a CA certificate; a device certificate must not be one.");
    if (!hasClientAuthUsage(cert))
        v.reasons << tr("Its extended key usage does not include client authentication (clientAuth).");
    if (const QString why = drogueKeyReason(cert.publicKey()); !why.isEmpty())
        v.reasons << why;
    v.accepted = v.reasons.isEmpty();
    return v;
}

CertificateInfo inspectCertificate(const Certificate &cert, const QDateTime &now)
{
    CertificateInfo info;
    X509 *x = cert.get();
    if (!x)
        return info;
    info.subject = cert.subjectString();
    info.issuer = cert.issuerString();
    info.subjectRfc4514 = cert.subjectRfc4514();
    info.issuerRfc4514 = cert.issuerRfc4514();
    info.version = cert.version();
    info.serialHex = cert.serialHex();
    info.notBefore = cert.notBefore();
    info.notAfter = cert.notAfter();
    info.validity = validityAt(cert, now);
    const PrivateKey key = cert.publicKey();
    info.keyType = key.typeName();
    info.keyBits = key.bits();
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(x)));
    info.isCa = cert.isCa();
    info.pathLength = info.isCa ? static_cast<int>(X509_get_pathlen(x)) : -1;
    info.selfSigned = X509_self_signed(x, 1) == 1;
    ERR_clear_error();

    const uint32_t flags = X509_get_extension_flags(x);
    if (flags & EXFLAG_KUSAGE)
        info.keyUsage = keyUsageNames(X509_get_key_usage(x));
    if (auto *eku = static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(x, NID_ext_key_usage, nullptr, nullptr))) {
        for (int i = 0; i < sk_ASN1_OBJECT_num(eku); ++i)
            info.extendedKeyUsage << objectName(sk_ASN1_OBJECT_value(eku, i));
        EXTENDED_KEY_USAGE_free(eku);
    }
    if (auto *san = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr))) {
        info.subjectAltNames = generalNamesText(san);
        GENERAL_NAMES_free(san);
    }
    info.subjectKeyId = colonHex(X509_get0_subject_key_id(x));
    info.authorityKeyId = colonHex(X509_get0_authority_key_id(x));
    info.sha1Fingerprint = colonHex(cert.fingerprint(QCryptographicHash::Sha1));
    info.sha256Fingerprint = colonHex(cert.fingerprint(QCryptographicHash::Sha256));

    for (int i = 0; i < X509_get_ext_count(x); ++i)
        info.extensions << describeExtension(X509_get_ext(x, i));
    info.deviceVerdict = drogueDeviceVerdict(cert, now);
    return info;
}

KeyInfo inspectKey(const PrivateKey &key)
{
    KeyInfo info;
    info.keyType = key.typeName();
    info.bits = key.bits();
    info.hasPrivate = key.hasPrivate();
    info.publicKeySha256 = colonHex(key.publicKeySha256());
    info.allowedByDrogue = drogueKeyAllowed(key);
    return info;
}

ChainResult verifyChain(const Certificate &leaf, const QList<Certificate> &anchors,
                        const QList<Certificate> &intermediates, const QDateTime &at, LeafTime leafTime)
{
    ChainResult result;
    if (leaf.isNull()) {
        result.error = tr("There is no certificate to check.");
        return result;
    }
    if (anchors.isEmpty()) {
        result.error = tr("The application has no trust anchor to check against.");
        return result;
    }
    ossl::X509StorePtr store(X509_STORE_new());
    for (const Certificate &a : anchors)
        X509_STORE_add_cert(store.get(), a.get());
    ERR_clear_error(); // duplicates are harmless
    ossl::X509Stack untrusted(sk_X509_new_null());
    for (const Certificate &c : intermediates) {
        X509_up_ref(c.get());
        sk_X509_push(untrusted.get(), c.get());
    }
    ossl::X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        result.error = tr("Cannot set up the chain check.") + u' ' + ossl::takeErrors();
        return result;
    }
    // Not X509_V_FLAG_X509_STRICT: it refuses CA certificates without
    // keyUsage, which is how drg makes anchors and which Drogue Cloud accepts.
    // What Drogue requires of the device certificate (v3, not a CA,
    // clientAuth, key type) is checked by drogueDeviceVerdict().
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), static_cast<time_t>(at.toSecsSinceEpoch()));
    if (leafTime == LeafTime::Apart)
        X509_STORE_CTX_set_verify_cb(ctx.get(), leafTimeApart);
    if (X509_verify_cert(ctx.get()) == 1) {
        result.ok = true;
        STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
        X509 *root = sk_X509_value(chain, sk_X509_num(chain) - 1);
        for (int i = 0; i < anchors.size(); ++i) {
            if (X509_cmp(anchors.at(i).get(), root) == 0) {
                result.anchorIndex = i;
                break;
            }
        }
    } else {
        const int err = X509_STORE_CTX_get_error(ctx.get());
        result.error = QString::fromUtf8(X509_verify_cert_error_string(err));
    }
    ERR_clear_error();
    return result;
}

QJsonObject toJson(const CertificateInfo &info)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("certificate")},
        {QStringLiteral("subject"), info.subject},
        {QStringLiteral("issuer"), info.issuer},
        {QStringLiteral("subject_rfc4514"), info.subjectRfc4514},
        {QStringLiteral("issuer_rfc4514"), info.issuerRfc4514},
        {QStringLiteral("version"), info.version},
        {QStringLiteral("serial"), info.serialHex},
        {QStringLiteral("not_before"), info.notBefore.toString(Qt::ISODate)},
        {QStringLiteral("not_after"), info.notAfter.toString(Qt::ISODate)},
        {QStringLiteral("validity"), info.validity == ValidityState::Valid     ? QStringLiteral("valid")
                                     : info.validity == ValidityState::Expired ? QStringLiteral("expired")
                                                                               : QStringLiteral("not-yet-valid")},
        {QStringLiteral("key_type"), info.keyType},
        {QStringLiteral("key_bits"), info.keyBits},
        {QStringLiteral("signature_algorithm"), info.signatureAlgorithm},
        {QStringLiteral("is_ca"), info.isCa},
        {QStringLiteral("path_length"), info.pathLength},
        {QStringLiteral("self_signed"), info.selfSigned},
        {QStringLiteral("key_usage"), QJsonArray::fromStringList(info.keyUsage)},
        {QStringLiteral("extended_key_usage"), QJsonArray::fromStringList(info.extendedKeyUsage)},
        {QStringLiteral("subject_alt_names"), QJsonArray::fromStringList(info.subjectAltNames)},
        {QStringLiteral("subject_key_id"), info.subjectKeyId},
        {QStringLiteral("authority_key_id"), info.authorityKeyId},
        {QStringLiteral("fingerprint_sha1"), info.sha1Fingerprint},
        {QStringLiteral("fingerprint_sha256"), info.sha256Fingerprint},
        {QStringLiteral("extensions"), extensionsToJson(info.extensions)},
        {QStringLiteral("drogue_device_certificate"),
         QJsonObject{{QStringLiteral("accepted"), info.deviceVerdict.accepted},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(info.deviceVerdict.reasons)}}},
    };
}

QJsonObject toJson(const KeyInfo &info)
{
    return QJsonObject{{QStringLiteral("type"), info.hasPrivate ? QStringLiteral("private-key")
                                                                : QStringLiteral("public-key")},
                       {QStringLiteral("key_type"), info.keyType},
                       {QStringLiteral("key_bits"), info.bits},
                       {QStringLiteral("public_key_sha256"), info.publicKeySha256},
                       {QStringLiteral("allowed_by_drogue"), info.allowedByDrogue}};
}

} // namespace dwb
