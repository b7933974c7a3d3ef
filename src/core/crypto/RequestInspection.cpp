#include "core/crypto/RequestInspection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequestInspection", text);
}

} // namespace

DrogueVerdict drogueRequestVerdict(const CertificateRequest &request)
{
    DrogueVerdict v;
    if (request.isNull()) {
        v.reasons << tr("There is no certificate request.");
        return v;
    }
    if (!request.signatureVerifies())
        v.reasons << tr("Its signature does not verify with its own key: it does not prove that the board holds "
                        "the key (the request was changed or damaged on the way).");
    if (const QString why = drogueKeyReason(request.publicKey()); !why.isEmpty())
        v.reasons << why;
    if (!request.hasSubject())
        v.reasons << tr("It has no subject: make the request again with at least a common name (CN).");
    v.accepted = v.reasons.isEmpty();
    return v;
}

RequestInfo inspectRequest(const CertificateRequest &request)
{
    RequestInfo info;
    if (request.isNull())
        return info;
    info.subject = request.subjectString();
    info.subjectRfc4514 = request.subjectRfc4514();
    info.commonName = request.commonName();
    const PrivateKey key = request.publicKey();
    info.keyType = key.typeName();
    info.keyBits = key.bits();
    info.publicKeySha256 = colonHex(key.publicKeySha256());
    info.signatureAlgorithm = request.signatureAlgorithm();
    info.signatureValid = request.signatureVerifies();
    info.subjectAltNames = request.subjectAltNames();
    info.keyUsage = request.keyUsage();
    info.extensions = request.extensions();
    info.verdict = drogueRequestVerdict(request);
    return info;
}

QJsonObject toJson(const RequestInfo &info)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("certificate-request")},
        {QStringLiteral("subject"), info.subject},
        {QStringLiteral("subject_rfc4514"), info.subjectRfc4514},
        {QStringLiteral("common_name"), info.commonName},
        {QStringLiteral("key_type"), info.keyType},
        {QStringLiteral("key_bits"), info.keyBits},
        {QStringLiteral("public_key_sha256"), info.publicKeySha256},
        {QStringLiteral("signature_algorithm"), info.signatureAlgorithm},
        {QStringLiteral("signature_valid"), info.signatureValid},
        {QStringLiteral("subject_alt_names"), QJsonArray::fromStringList(info.subjectAltNames)},
        {QStringLiteral("key_usage"), QJsonArray::fromStringList(info.keyUsage)},
        {QStringLiteral("extensions"), extensionsToJson(info.extensions)},
        {QStringLiteral("drogue_device_certificate"),
         QJsonObject{{QStringLiteral("accepted"), info.verdict.accepted},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(info.verdict.reasons)}}},
    };
}

} // namespace dwb
