// One POST of a device to Drogue's HTTP endpoint: POST <endpoint>/v1/<channel>
// over TLS with the device's client certificate (the key stays in memory:
// handed to Qt as an OpenSSL handle, also for Ed25519), optionally waiting
// up to ?ct=SECONDS for a command, which comes back in the answer (HTTP 200,
// header "command", the payload as body). 202: accepted without a command.
// Used by VerifyDeviceJob (HTTP verification), the panel and dwb publish --http.
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace dwb {

struct HttpPostOptions {
    QUrl endpoint;                 // endpoints.http.url, e.g. https://localhost:8443
    QString channel = QStringLiteral("temp");
    QByteArray payload;
    QString contentType = QStringLiteral("application/json");
    int commandTimeoutS = 0;       // ?ct=; 0: none
    int timeoutMs = 10000;         // the whole request (plus the ct wait)
    QString caFile;                // PEM CA(s) of the endpoint; empty: system CAs
    Certificate clientCertificate;
    PrivateKey clientKey;
};

struct HttpPostAnswer {
    int status = 0;                // 202, or 200 with a command
    QString command;               // the "command" header of a 200
    QByteArray body;
};

class HttpDevicePost : public QObject {
    Q_OBJECT
public:
    explicit HttpDevicePost(QObject *parent = nullptr);
    ~HttpDevicePost() override;

    // The request URL for the options (…/v1/<channel>[?ct=N]).
    static QUrl url(const HttpPostOptions &options);
    // Starts the POST; finished() comes once. A 403 is ErrorCode::Forbidden
    // with the server's message.
    Status post(const HttpPostOptions &options);
    void abort();

    // Runs one POST in a local event loop (dwb).
    static Result<HttpPostAnswer> run(const HttpPostOptions &options);

Q_SIGNALS:
    void finished(const dwb::Result<dwb::HttpPostAnswer> &answer);

private:
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace dwb
