#include "core/cloud/RegistryAnswer.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QSslCertificate>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace dwb::registryanswer {

// The texts below are translated in the context "dwb", where
// translations/*.ts holds them (lupdate filed them there when they were
// RegistryClient's, and the workbench's translator found them there through
// its fallback from "dwb::RegistryClient").

Result<QJsonDocument> parseJson(const HttpResult &r)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error(ErrorCode::MalformedResponse,
                     QCoreApplication::translate("dwb", "The server sent an answer that is not valid JSON."),
                     pe.errorString() + u" at offset " + QString::number(pe.offset) + u", HTTP "
                         + QString::number(r.status));
    return doc;
}

Result<QJsonObject> parseObject(const HttpResult &r)
{
    auto doc = parseJson(r);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error(ErrorCode::MalformedResponse,
                     QCoreApplication::translate("dwb", "The server sent an unexpected answer."),
                     u"expected a JSON object, HTTP "_s + QString::number(r.status));
    return doc->object();
}

Result<QJsonArray> parseArray(const HttpResult &r)
{
    auto doc = parseJson(r);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return Error(ErrorCode::MalformedResponse,
                     QCoreApplication::translate("dwb", "The server sent an unexpected answer."),
                     u"expected a JSON array, HTTP "_s + QString::number(r.status));
    return doc->array();
}

Status checkShape(const HttpResult &r, Expect expect)
{
    if (expect == Expect::Object) {
        if (auto o = parseObject(r); !o)
            return o.error();
    } else if (expect == Expect::Array) {
        if (auto a = parseArray(r); !a)
            return a.error();
    }
    return {};
}

bool storedMatches(const QJsonObject &stored, const QJsonObject &sent)
{
    const QJsonObject sm = stored.value("metadata"_L1).toObject(), tm = sent.value("metadata"_L1).toObject();
    for (const char *key : {"labels", "annotations"})
        if (sm.value(QLatin1String(key)).toObject() != tm.value(QLatin1String(key)).toObject())
            return false;
    return stored.value("spec"_L1).toObject() == sent.value("spec"_L1).toObject();
}

Error httpError(int status, const QByteArray &body, const QString &what)
{
    QString serverError, serverMessage;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        serverError = doc.object().value("error"_L1).toString();
        serverMessage = doc.object().value("message"_L1).toString();
    }
    // A short category, then the server's own words; a longer hint when the
    // server said nothing.
    ErrorCode code = ErrorCode::Unknown;
    QString category, hint;
    if (status == 401 || status == 403) {
        code = ErrorCode::Forbidden;
        category = QCoreApplication::translate("dwb", "Access refused");
        hint = QCoreApplication::translate("dwb", "check the user and token, or log in again.");
    } else if (status == 404) {
        code = ErrorCode::NotFound;
        category = QCoreApplication::translate("dwb", "Not found");
        hint = QCoreApplication::translate("dwb", "the application or device does not exist.");
    } else if (status == 409) {
        code = ErrorCode::Conflict;
        category = QCoreApplication::translate("dwb", "Conflict");
        hint = QCoreApplication::translate("dwb", "the name is taken or the object was changed meanwhile.");
    } else if (status >= 400 && status < 500) {
        code = ErrorCode::BadRequest;
        category = QCoreApplication::translate("dwb", "Rejected by the server");
        hint = QCoreApplication::translate("dwb", "the request was not accepted (HTTP %1).").arg(status);
    } else if (status >= 500) {
        code = ErrorCode::Server;
        category = QCoreApplication::translate("dwb", "Server error");
        hint = QCoreApplication::translate("dwb", "the server failed (HTTP %1); try again later.").arg(status);
    } else {
        code = ErrorCode::MalformedResponse;
        category = QCoreApplication::translate("dwb", "Unexpected answer");
        hint = QCoreApplication::translate("dwb", "the server answered with HTTP %1.").arg(status);
    }
    const QString text = category + u": " + (serverMessage.isEmpty() ? hint : serverMessage);
    QString detail = what + u": HTTP " + QString::number(status);
    if (!serverError.isEmpty())
        detail += u' ' + serverError;
    return Error(code, text, detail);
}

TlsFailure tlsFailureOf(const QSslError &e, const QString &host)
{
    TlsFailure f;
    const QSslCertificate cert = e.certificate();
    if (e.error() == QSslError::CertificateExpired) {
        f.kind = TlsFailure::Kind::Expired;
        f.notAfter = cert.expiryDate();
    } else if (e.error() == QSslError::HostNameMismatch) {
        f.kind = TlsFailure::Kind::NameMismatch;
        f.host = host;
        const auto sans = cert.subjectAlternativeNames();
        for (auto it = sans.cbegin(); it != sans.cend(); ++it)
            f.names << it.value();
        if (f.names.isEmpty())
            f.names = cert.subjectInfo(QSslCertificate::CommonName);
    }
    return f;
}

} // namespace dwb::registryanswer
