// status.trustAnchors as Drogue computes it from spec.trustAnchors.
#include "sandbox/Registry.h"

#include "core/crypto/Certificate.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

namespace {

QJsonObject invalid(const QString &error, const QString &message)
{
    return QJsonObject{{u"invalid"_s, QJsonObject{{u"error"_s, error}, {u"message"_s, message}}}};
}

QString tr(const char *text) { return QCoreApplication::translate("TrustAnchors", text); }

QJsonObject evaluate(const QJsonValue &anchor)
{
    const QJsonValue certValue = anchor.toObject().value("certificate"_L1);
    if (!certValue.isString())
        return invalid(u"Parse"_s, tr("The anchor has no 'certificate'."));
    const QString b64 = certValue.toString();
    const auto decoded = QByteArray::fromBase64Encoding(b64.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return invalid(u"Parse"_s, tr("The certificate is not valid base64."));
    auto cert = Certificate::fromPem(decoded.decoded);
    if (!cert)
        return invalid(u"Parse"_s, cert.error().toString());
    if (!cert->isCa())
        return invalid(u"NotCa"_s, tr("The certificate is not a CA certificate (basicConstraints CA:TRUE)."));
    return QJsonObject{{u"valid"_s, QJsonObject{
        {u"subject"_s, cert->subjectString()},
        {u"certificate"_s, b64},
        {u"notBefore"_s, cert->notBefore().toUTC().toString(Qt::ISODate)},
        {u"notAfter"_s, cert->notAfter().toUTC().toString(Qt::ISODate)}}}};
}

} // namespace

QJsonObject evaluateTrustAnchors(const QJsonObject &trustAnchorsSpec)
{
    QJsonArray out;
    for (const QJsonValue &anchor : trustAnchorsSpec.value("anchors"_L1).toArray())
        out.append(evaluate(anchor));
    return QJsonObject{{u"anchors"_s, out}};
}

} // namespace dwb::sandbox
