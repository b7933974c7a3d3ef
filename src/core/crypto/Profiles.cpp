#include "core/crypto/Profiles.h"

#include "core/crypto/Ossl.h"
#include "core/crypto/RequestInspection.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <functional>

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Profiles", text);
}

constexpr int kMaxDays = 36500;
constexpr int kMaxCommonName = 64; // RFC 5280 ub-common-name

Status addEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(utf8.constData()),
                                   static_cast<int>(utf8.size()), -1, 0) != 1)
        return Error(ErrorCode::InvalidArgument,
                     tr("\"%1\" cannot be used as %2 in a certificate name.")
                         .arg(value, QString::fromLatin1(field)),
                     ossl::takeErrors());
    return {};
}

Result<ossl::X509NamePtr> makeName(const QString &cn, const QString &org, const QString &unit)
{
    if (cn.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The certificate's common name (CN) is empty."));
    if (cn.size() > kMaxCommonName)
        return Error(ErrorCode::InvalidArgument,
                     tr("\"%1\" is %2 characters long; a certificate's common name (CN) holds at most %3.")
                         .arg(cn).arg(cn.size()).arg(kMaxCommonName));
    if (unit.size() > kMaxCommonName)
        return Error(ErrorCode::InvalidArgument,
                     tr("\"%1\" is %2 characters long; a certificate's organizational unit (OU) holds at most %3.")
                         .arg(unit).arg(unit.size()).arg(kMaxCommonName));
    ossl::X509NamePtr name(X509_NAME_new());
    if (!name)
        return Error(ErrorCode::Crypto, tr("Out of memory."));
    // DER order = Drogue subject string order: CN, O, OU.
    for (auto [field, value] : {std::pair{"CN", cn}, std::pair{"O", org}, std::pair{"OU", unit}}) {
        if (auto st = addEntry(name.get(), field, value); !st)
            return st.error();
    }
    return name;
}

// Random positive 128-bit serial (never zero: the top byte is 0x01..0x7f).
Status setRandomSerial(X509 *x)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return Error(ErrorCode::Crypto, tr("No random numbers available."), ossl::takeErrors());
    bytes[0] &= 0x7f;
    if (bytes[0] == 0)
        bytes[0] = 0x01;
    ossl::BignumPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x)))
        return Error(ErrorCode::Crypto, tr("Cannot set the serial number."), ossl::takeErrors());
    return {};
}

Status addExtension(X509 *x, X509V3_CTX *ctx, int nid, const char *value)
{
    ossl::X509ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    if (!ext || X509_add_ext(x, ext.get(), -1) != 1)
        return Error(ErrorCode::Crypto, tr("Cannot add the extension %1.").arg(QString::fromLatin1(OBJ_nid2sn(nid))),
                     ossl::takeErrors());
    return {};
}

Status checkDays(int days)
{
    if (days < 1 || days > kMaxDays)
        return Error(ErrorCode::InvalidArgument,
                     tr("The validity must be between 1 and %1 days (it was %2).").arg(kMaxDays).arg(days));
    return {};
}

// validUntil: how the validity ends (deviceValidityEnd); null: `days` after the start.
Result<ossl::X509Ptr> startCertificate(X509_NAME *subject, X509_NAME *issuer, EVP_PKEY *publicKey,
                                       int days, const QDateTime &notBefore,
                                       const std::function<Result<time_t>(time_t from)> &validUntil = {})
{
    if (auto st = checkDays(days); !st)
        return st.error();
    ossl::X509Ptr x(X509_new());
    if (!x || X509_set_version(x.get(), X509_VERSION_3) != 1)
        return Error(ErrorCode::Crypto, tr("Out of memory."), ossl::takeErrors());
    if (auto st = setRandomSerial(x.get()); !st)
        return st.error();
    const QDateTime start = notBefore.isValid() ? notBefore : QDateTime::currentDateTimeUtc();
    const time_t from = static_cast<time_t>(start.toSecsSinceEpoch());
    time_t until = from + static_cast<time_t>(days) * 86400;
    if (validUntil) {
        const Result<time_t> end = validUntil(from);
        if (!end)
            return end.error();
        until = *end;
    }
    if (!ASN1_TIME_set(X509_getm_notBefore(x.get()), from) || !ASN1_TIME_set(X509_getm_notAfter(x.get()), until)
        || X509_set_subject_name(x.get(), subject) != 1 || X509_set_issuer_name(x.get(), issuer) != 1
        || X509_set_pubkey(x.get(), publicKey) != 1)
        return Error(ErrorCode::Crypto, tr("Cannot fill in the certificate."), ossl::takeErrors());
    return x;
}

Result<Certificate> sign(ossl::X509Ptr x, const PrivateKey &key)
{
    if (X509_sign(x.get(), key.get(), ossl::signingDigest(key.get())) <= 0)
        return Error(ErrorCode::Crypto, tr("Signing the certificate failed."), ossl::takeErrors());
    return Certificate(x.release());
}

} // namespace

QString anchorSubjectString(const QString &app)
{
    return QStringLiteral("CN=%1, O=Drogue IoT, OU=Cloud").arg(app);
}

QString deviceSubjectString(const QString &device, const QString &app)
{
    return QStringLiteral("CN=%1, O=Drogue IoT, OU=%2").arg(device, app);
}

Result<Certificate> createTrustAnchor(const QString &app, const PrivateKey &caKey, int days,
                                      const QDateTime &notBefore)
{
    if (caKey.isNull() || !caKey.hasPrivate())
        return Error(ErrorCode::InvalidArgument, tr("A trust anchor needs a private key to sign it."));
    auto name = makeName(app, QStringLiteral("Drogue IoT"), QStringLiteral("Cloud"));
    if (!name)
        return name.error();
    auto x = startCertificate(name->get(), name->get(), caKey.get(), days, notBefore);
    if (!x)
        return x.error();
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, x->get(), x->get(), nullptr, nullptr, 0);
    for (auto [nid, value] : {std::pair{NID_basic_constraints, "critical,CA:TRUE"},
                              std::pair{NID_key_usage, "critical,keyCertSign,cRLSign"},
                              std::pair{NID_subject_key_identifier, "hash"}}) {
        if (auto st = addExtension(x->get(), &ctx, nid, value); !st)
            return st.error();
    }
    return sign(std::move(*x), caKey);
}

Result<time_t> deviceValidityEnd(time_t from, int days, time_t issuerEnd, const QString &issuerSubject)
{
    if (issuerEnd <= from)
        return Error(ErrorCode::InvalidArgument,
                     tr("The trust anchor \"%1\" expired on %2: a certificate it signs would not be accepted. "
                        "Create a new anchor (Rotate Trust Anchor…, or dwb trust create) and use its key.")
                         .arg(issuerSubject,
                              QLocale().toString(QDateTime::fromSecsSinceEpoch(issuerEnd, Qt::UTC),
                                                 QLocale::ShortFormat)));
    return std::min(from + static_cast<time_t>(days) * 86400, issuerEnd);
}

Result<time_t> deviceValidityEnd(time_t from, int days, const Certificate &issuer)
{
    return deviceValidityEnd(from, days, static_cast<time_t>(issuer.notAfter().toSecsSinceEpoch()),
                             issuer.subjectString());
}

namespace {

// The device profile, for a subject and public key of any origin.
Result<Certificate> issueDevice(X509_NAME *subject, EVP_PKEY *publicKey, const PrivateKey &caKey,
                                const Certificate &caCert, int days, const QDateTime &notBefore,
                                X509_EXTENSION *subjectAltName)
{
    if (caCert.isNull() || caKey.isNull() || !caKey.hasPrivate())
        return Error(ErrorCode::InvalidArgument, tr("Signing needs the CA certificate and its private key."));
    if (!caCert.isCa())
        return Error(ErrorCode::InvalidArgument,
                     tr("The certificate \"%1\" is not a CA certificate (basicConstraints CA:TRUE); it cannot sign devices.")
                         .arg(caCert.subjectString()));
    if (!caCert.matches(caKey))
        return Error(ErrorCode::Mismatch,
                     tr("The CA key does not belong to the CA certificate \"%1\".").arg(caCert.subjectString()));
    auto x = startCertificate(subject, X509_get_subject_name(caCert.get()), publicKey, days, notBefore,
                              [&caCert, days](time_t from) { return deviceValidityEnd(from, days, caCert); });
    if (!x)
        return x.error();
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, caCert.get(), x->get(), nullptr, nullptr, 0);
    for (auto [nid, value] : {std::pair{NID_ext_key_usage, "serverAuth,clientAuth"},
                              std::pair{NID_subject_key_identifier, "hash"}}) {
        if (auto st = addExtension(x->get(), &ctx, nid, value); !st)
            return st.error();
    }
    // A lab CA without a subjectKeyIdentifier gets issuer + serial instead.
    if (!addExtension(x->get(), &ctx, NID_authority_key_identifier, "keyid:always")) {
        if (auto st = addExtension(x->get(), &ctx, NID_authority_key_identifier, "issuer:always"); !st)
            return st.error();
    }
    if (subjectAltName && X509_add_ext(x->get(), subjectAltName, -1) != 1)
        return Error(ErrorCode::Crypto, tr("Cannot copy the subject alternative names."), ossl::takeErrors());
    return sign(std::move(*x), caKey);
}

} // namespace

Result<Certificate> issueDeviceCertificate(const QString &device, const QString &app,
                                           const PrivateKey &devicePublicKey, const PrivateKey &caKey,
                                           const Certificate &caCert, int days, const QDateTime &notBefore)
{
    if (devicePublicKey.isNull())
        return Error(ErrorCode::InvalidArgument, tr("The device certificate needs the device's key."));
    auto name = makeName(device, QStringLiteral("Drogue IoT"), app);
    if (!name)
        return name.error();
    return issueDevice(name->get(), devicePublicKey.get(), caKey, caCert, days, notBefore, nullptr);
}

Result<Certificate> issueDeviceCertificateForRequest(const QString &device, const QString &app,
                                                     const CertificateRequest &request,
                                                     const PrivateKey &caKey, const Certificate &caCert,
                                                     const RequestSigning &how, int days,
                                                     const QDateTime &notBefore)
{
    if (request.isNull())
        return Error(ErrorCode::InvalidArgument, tr("There is no certificate request to sign."));
    const DrogueVerdict verdict = drogueRequestVerdict(request);
    if (!verdict.accepted)
        return Error(!request.signatureVerifies()                  ? ErrorCode::Mismatch
                     : !drogueKeyAllowed(request.publicKey()) ? ErrorCode::UnsupportedKey
                                                              : ErrorCode::InvalidArgument,
                     tr("The request is refused, nothing was signed: %1").arg(verdict.reasons.join(u' ')));
    ossl::X509NamePtr name;
    if (how.keepSubject) {
        name.reset(X509_NAME_dup(X509_REQ_get_subject_name(request.get())));
        if (!name)
            return Error(ErrorCode::Crypto, tr("Out of memory."), ossl::takeErrors());
    } else {
        auto made = makeName(device, QStringLiteral("Drogue IoT"), app);
        if (!made)
            return made.error();
        name = std::move(*made);
    }
    // Only the subject alternative names are ever copied from the request,
    // and only when asked: no other requested extension reaches the certificate.
    ossl::X509ExtPtr san;
    if (how.copySubjectAltNames) {
        using Exts = std::unique_ptr<STACK_OF(X509_EXTENSION), void (*)(STACK_OF(X509_EXTENSION) *)>;
        Exts exts(X509_REQ_get_extensions(request.get()),
                  [](STACK_OF(X509_EXTENSION) *e) { sk_X509_EXTENSION_pop_free(e, X509_EXTENSION_free); });
        ERR_clear_error();
        const int i = exts ? X509v3_get_ext_by_NID(exts.get(), NID_subject_alt_name, -1) : -1;
        if (i >= 0)
            san.reset(X509_EXTENSION_dup(sk_X509_EXTENSION_value(exts.get(), i)));
    }
    EVP_PKEY *publicKey = X509_REQ_get0_pubkey(request.get());
    return issueDevice(name.get(), publicKey, caKey, caCert, days, notBefore, san.get());
}

} // namespace dwb
