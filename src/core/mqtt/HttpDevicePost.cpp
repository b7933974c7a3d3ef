#include "core/mqtt/HttpDevicePost.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrlQuery>

#include <openssl/evp.h>

namespace dwb {

HttpDevicePost::HttpDevicePost(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

HttpDevicePost::~HttpDevicePost()
{
    abort();
}

QUrl HttpDevicePost::url(const HttpPostOptions &options)
{
    QUrl u = options.endpoint;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QStringList segments;
    for (const QString &s : options.channel.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments << QString::fromLatin1(QUrl::toPercentEncoding(s));
    u.setPath(path + QStringLiteral("/v1/") + segments.join(QLatin1Char('/')), QUrl::StrictMode);
    if (options.commandTimeoutS > 0)
        u.setQuery(QStringLiteral("ct=%1").arg(options.commandTimeoutS));
    return u;
}

Status HttpDevicePost::post(const HttpPostOptions &options)
{
    if (!options.endpoint.isValid() || options.endpoint.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The server announces no HTTP endpoint."));
    if (options.clientCertificate.isNull() || options.clientKey.isNull())
        return Error(ErrorCode::InvalidArgument, tr("The HTTP endpoint needs the device's certificate and key."));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (cas.isEmpty())
            return Error(ErrorCode::Tls, tr("No CA certificate in %1.").arg(options.caFile));
        ssl.setCaCertificates(cas);
    }
    ssl.setLocalCertificate(QSslCertificate(options.clientCertificate.toPem(), QSsl::Pem));
    // The key as an OpenSSL handle: no PEM copy of it, and any key type.
    EVP_PKEY_up_ref(options.clientKey.get());
    const QSslKey key(Qt::HANDLE(options.clientKey.get()), QSsl::PrivateKey);
    if (key.isNull())
        return Error(ErrorCode::Tls, tr("Qt cannot use the device key for TLS."));
    ssl.setPrivateKey(key);
    QNetworkRequest request(url(options));
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, options.contentType.toUtf8());
    request.setTransferTimeout(options.timeoutMs + options.commandTimeoutS * 1000);
    abort();
    m_reply = m_nam->post(request, options.payload);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    return {};
}

void HttpDevicePost::abort()
{
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void HttpDevicePost::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 200 || status == 202) {
        HttpPostAnswer a;
        a.status = status;
        a.command = QString::fromUtf8(reply->rawHeader("command"));
        a.body = body;
        Q_EMIT finished(a);
        return;
    }
    if (status == 0) {
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        Q_EMIT finished(Error(tls ? ErrorCode::Tls : ErrorCode::Network,
                              tr("HTTP endpoint: %1").arg(reply->errorString())));
        return;
    }
    const QString message = QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
    const ErrorCode code = status == 403 ? ErrorCode::Forbidden
                           : status == 404 ? ErrorCode::NotFound
                           : status >= 500 ? ErrorCode::Server
                                           : ErrorCode::BadRequest;
    const QString server = message.isEmpty() ? reply->errorString() : message;
    const QString text = status == 403 ? tr("The HTTP endpoint refused the device (HTTP 403): %1").arg(server)
                                       : tr("The HTTP endpoint answered HTTP %1: %2").arg(status).arg(server);
    Q_EMIT finished(Error(code, text,
                          QStringLiteral("POST %1: HTTP %2").arg(reply->url().toString()).arg(status)));
}

Result<HttpPostAnswer> HttpDevicePost::run(const HttpPostOptions &options)
{
    HttpDevicePost post;
    std::optional<Result<HttpPostAnswer>> result;
    QEventLoop loop;
    connect(&post, &HttpDevicePost::finished, &loop, [&](const Result<HttpPostAnswer> &a) {
        result = a;
        loop.quit();
    });
    if (Status st = post.post(options); !st)
        return st.error();
    if (!result)
        loop.exec();
    return *result;
}

} // namespace dwb
