// How the registry client (RegistryClient and its Private) reads the
// server's answers: the JSON a 2xx answer must hold, the error an HTTP status
// stands for (with the server's own message), whether a stored object is
// what an earlier write sent, and the TLS failure a certificate error names.
#pragma once

#include "core/util/Result.h"
#include "core/util/TlsFailure.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>

class QSslError;

namespace dwb::registryanswer {

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray location;
};

// What one logical request (retries included) finishes with.
using Done = std::function<void(Result<HttpResult>)>;

// The body as JSON, as an object, as an array; else MalformedResponse.
Result<QJsonDocument> parseJson(const HttpResult &r);
Result<QJsonObject> parseObject(const HttpResult &r);
Result<QJsonArray> parseArray(const HttpResult &r);

// What a 2xx answer's body must be; a read whose body is not is retried.
enum class Expect { Nothing, Object, Array };

Status checkShape(const HttpResult &r, Expect expect);

// Whether the stored object holds what was sent (spec, labels,
// annotations): then an earlier attempt whose answer was lost did the write.
bool storedMatches(const QJsonObject &stored, const QJsonObject &sent);

// The error of an answer with an HTTP status of 300 or more (what: the
// request, for the detail): a short category, then the server's message.
Error httpError(int status, const QByteArray &body, const QString &what);

// An expired or misnamed server certificate, named for the user.
TlsFailure tlsFailureOf(const QSslError &e, const QString &host);

} // namespace dwb::registryanswer
