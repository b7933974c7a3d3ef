#include "core/cloud/OidcClient.h"

#include "core/cloud/Endpoints.h"
#include "core/cloud/RegistryClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QByteArray randomUrlSafe(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(b.begin(), b.end());
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray formEncode(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[k, v] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

void respond(QTcpSocket *socket, int status, const QString &text)
{
    const QByteArray body = u"<!DOCTYPE html><html><body><p>"_s.toUtf8() + text.toHtmlEscaped().toUtf8()
                            + "</p></body></html>";
    const QByteArray reason = status == 200 ? "OK" : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // The answer must reach the browser even when the program ends right
    // after a refused sign-in (dwb login): a small page, sent now.
    socket->flush();
    if (socket->bytesToWrite() > 0)
        socket->waitForBytesWritten(1000);
    socket->disconnectFromHost();
}

} // namespace

OidcClient::OidcClient(QUrl issuerUrl, QString serverCaFile, QObject *parent)
    : QObject(parent)
    , m_issuer(std::move(issuerUrl))
    , m_caFile(std::move(serverCaFile))
    , m_nam(new QNetworkAccessManager(this))
    , m_refreshTimer(new QTimer(this))
    , m_signInTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &OidcClient::refreshNow);
    m_signInTimer->setSingleShot(true);
    connect(m_signInTimer, &QTimer::timeout, this, [this] {
        finishSignIn(false, tr("Sign-in timed out: the browser did not come back (was it closed?)."));
    });
}

OidcClient::~OidcClient() = default;

QNetworkRequest OidcClient::request(const QUrl &url) const
{
    QNetworkRequest req(url);
    req.setTransferTimeout(30000);
    if (!m_caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caFile);
        req.setSslConfiguration(ssl);
    }
    return req;
}

QNetworkReply *OidcClient::post(const QUrl &url, const QByteArray &form)
{
    QNetworkRequest req = request(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return m_nam->post(req, form);
}

void OidcClient::discover(std::function<void(bool, QString)> then)
{
    if (m_authEndpoint.isValid() && m_tokenEndpoint.isValid()) {
        then(true, {});
        return;
    }
    if (m_issuer.isEmpty() && m_api.isValid() && !m_api.isEmpty()) {
        QString base = m_api.toString();
        while (base.endsWith(u'/'))
            base.chop(1);
        QNetworkReply *reply = m_nam->get(request(QUrl(base + u"/.well-known/drogue-endpoints"_s)));
        connect(reply, &QNetworkReply::finished, this, [this, reply, then] {
            reply->deleteLater();
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() != QNetworkReply::NoError) {
                then(false, tr("Cannot reach the server: %1").arg(reply->errorString()));
                return;
            }
            const QUrl issuer = Endpoints::fromJson(o).issuerUrl;
            if (!issuer.isValid() || issuer.scheme().isEmpty()) {
                then(false, tr("The server names no sign-in (issuer) URL: sign in with an access token."));
                return;
            }
            m_issuer = issuer;
            discover(then);
        });
        return;
    }
    QNetworkReply *reply = m_nam->get(request(QUrl(m_issuer.toString() + u"/.well-known/openid-configuration"_s)));
    connect(reply, &QNetworkReply::finished, this, [this, reply, then] {
        reply->deleteLater();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError) {
            then(false, tr("Cannot read the sign-in server's configuration: %1").arg(reply->errorString()));
            return;
        }
        m_authEndpoint = QUrl(o.value(u"authorization_endpoint"_s).toString());
        m_tokenEndpoint = QUrl(o.value(u"token_endpoint"_s).toString());
        if (!m_authEndpoint.isValid() || m_authEndpoint.scheme().isEmpty() || !m_tokenEndpoint.isValid()
            || m_tokenEndpoint.scheme().isEmpty()) {
            m_authEndpoint = m_tokenEndpoint = QUrl();
            then(false, tr("The sign-in server's configuration names no authorization or token endpoint."));
            return;
        }
        then(true, {});
    });
}

bool OidcClient::signingIn() const
{
    return m_loopback != nullptr;
}

void OidcClient::signIn()
{
    cancel();
    Q_EMIT progress(tr("Reading the sign-in server's configuration…"));
    discover([this](bool ok, const QString &message) {
        if (!ok) {
            Q_EMIT signInFinished(false, message);
            return;
        }
        m_loopback = new QTcpServer(this);
        if (!m_loopback->listen(QHostAddress::LocalHost, 0)) {
            finishSignIn(false, tr("Cannot listen on a local port for the browser's answer."));
            return;
        }
        connect(m_loopback, &QTcpServer::newConnection, this, &OidcClient::onLoopbackConnection);
        m_redirectUri = QUrl(u"http://127.0.0.1:%1/"_s.arg(m_loopback->serverPort()));
        m_state = QString::fromLatin1(randomUrlSafe(16));
        m_verifier = QString::fromLatin1(randomUrlSafe(48)); // 64 characters
        const QByteArray challenge = QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QUrl url = m_authEndpoint;
        QUrlQuery q(url);
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"client_id"_s, u"drogue"_s);
        q.addQueryItem(u"scope"_s, u"openid offline_access"_s);
        q.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri.toString())));
        q.addQueryItem(u"state"_s, m_state);
        q.addQueryItem(u"code_challenge"_s, QString::fromLatin1(challenge));
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        url.setQuery(q);
        m_signInTimer->start(m_signInTimeoutMs);
        Q_EMIT progress(tr("Waiting for the sign-in in the browser…"));
        if (m_browser)
            m_browser(url);
    });
}

void OidcClient::cancel()
{
    m_signInTimer->stop();
    if (m_loopback) {
        m_loopback->close();
        m_loopback->deleteLater();
        m_loopback = nullptr;
    }
}

void OidcClient::finishSignIn(bool ok, const QString &message)
{
    cancel();
    m_verifier.clear();
    m_state.clear();
    Q_EMIT signInFinished(ok, message);
}

void OidcClient::onLoopbackConnection()
{
    while (m_loopback && m_loopback->hasPendingConnections()) {
        QTcpSocket *socket = m_loopback->nextPendingConnection();
        socket->setParent(this); // outlives the server when the sign-in ends
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("dwbHandled").toBool())
                return;
            const QByteArray head = socket->peek(16384);
            if (!head.contains("\r\n\r\n") && head.size() < 16384)
                return;
            socket->setProperty("dwbHandled", true);
            const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
            if (line.size() < 2 || line.at(0) != "GET") {
                respond(socket, 400, tr("Unexpected request."));
                return;
            }
            handleCallback(QUrl(QString::fromLatin1(line.at(1))), socket);
        });
    }
}

void OidcClient::handleCallback(const QUrl &target, QTcpSocket *socket)
{
    const QUrlQuery q(target);
    if (target.path() != "/"_L1 || !(q.hasQueryItem(u"code"_s) || q.hasQueryItem(u"error"_s))) {
        respond(socket, 400, tr("Not a sign-in answer."));
        return;
    }
    if (q.queryItemValue(u"state"_s, QUrl::FullyDecoded) != m_state || m_state.isEmpty()) {
        respond(socket, 400, tr("Sign-in refused: the answer does not belong to this sign-in (wrong state)."));
        finishSignIn(false, tr("Sign-in refused: the browser's answer carried a wrong state."));
        return;
    }
    if (q.hasQueryItem(u"error"_s)) {
        const QString err = q.queryItemValue(u"error"_s, QUrl::FullyDecoded);
        respond(socket, 400, tr("Sign-in failed: %1").arg(err));
        finishSignIn(false, tr("The sign-in server refused: %1").arg(err));
        return;
    }
    respond(socket, 200, tr("Signed in. You can close this window and return to Drogue Workbench."));
    m_signInTimer->stop();
    const QString code = q.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    Q_EMIT progress(tr("Getting the tokens…"));
    exchange(formEncode({{u"grant_type"_s, u"authorization_code"_s},
                         {u"code"_s, code},
                         {u"redirect_uri"_s, m_redirectUri.toString()},
                         {u"client_id"_s, u"drogue"_s},
                         {u"code_verifier"_s, m_verifier}}),
             false);
}

void OidcClient::exchange(const QByteArray &form, bool refresh)
{
    QNetworkReply *reply = post(m_tokenEndpoint, form);
    connect(reply, &QNetworkReply::finished, this, [this, reply, refresh] {
        reply->deleteLater();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        OidcTokens t;
        t.accessToken = o.value(u"access_token"_s).toString();
        t.refreshToken = o.value(u"refresh_token"_s).toString();
        const qint64 expiresIn = o.value(u"expires_in"_s).toInteger(300);
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString failure;
        if (reply->error() != QNetworkReply::NoError || !t.isValid()) {
            const QString err = o.value(u"error"_s).toString();
            failure = err.isEmpty() ? reply->errorString() : err;
        }
        if (refresh) {
            // A network error or a server error (no answer from the issuer)
            // is retried while the access token still works; a refusal
            // (invalid_grant: expired or revoked refresh token) is not.
            const bool transient = status == 0 || status >= 500;
            if (!failure.isEmpty() && transient && m_refreshRetries < 3
                && QDateTime::currentDateTimeUtc().msecsTo(m_tokens.expiresAt) > 6000) {
                ++m_refreshRetries;
                m_refreshTimer->start(5000);
                return;
            }
            m_refreshRetries = 0;
            if (!failure.isEmpty()) {
                Q_EMIT reauthenticationRequired(
                    tr("Your session could not be renewed (%1): please sign in again.").arg(failure));
                return;
            }
            if (t.refreshToken.isEmpty())
                t.refreshToken = m_tokens.refreshToken;
            ++m_refreshCount;
            applyTokens(t);
            return;
        }
        if (!failure.isEmpty()) {
            finishSignIn(false, tr("The sign-in server did not give tokens: %1").arg(failure));
            return;
        }
        applyTokens(t);
        finishSignIn(true, tr("Signed in."));
    });
}

void OidcClient::applyTokens(const OidcTokens &tokens)
{
    m_tokens = tokens;
    for (const QPointer<RegistryClient> &c : std::as_const(m_clients))
        if (c)
            c->setCredentials(Credentials::bearer(tokens.accessToken));
    scheduleRefresh();
    Q_EMIT tokensChanged();
}

void OidcClient::setTokens(const OidcTokens &tokens, const QUrl &tokenEndpoint)
{
    if (tokenEndpoint.isValid() && !tokenEndpoint.isEmpty())
        m_tokenEndpoint = tokenEndpoint;
    applyTokens(tokens);
}

void OidcClient::scheduleRefresh()
{
    m_refreshTimer->stop();
    if (m_tokens.refreshToken.isEmpty() || !m_tokens.expiresAt.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_tokens.expiresAt);
    const qint64 lead = left > 90000 ? 30000 : left / 3;
    m_refreshTimer->start(int(qBound<qint64>(0, left - lead, 24LL * 3600 * 1000)));
}

void OidcClient::refreshNow()
{
    if (m_tokens.refreshToken.isEmpty()) {
        Q_EMIT reauthenticationRequired(tr("Your session has no refresh token: please sign in again."));
        return;
    }
    const QByteArray form = formEncode({{u"grant_type"_s, u"refresh_token"_s},
                                        {u"refresh_token"_s, m_tokens.refreshToken},
                                        {u"client_id"_s, u"drogue"_s}});
    if (m_tokenEndpoint.isValid() && !m_tokenEndpoint.isEmpty()) {
        exchange(form, true);
        return;
    }
    discover([this, form](bool ok, const QString &message) {
        if (!ok)
            Q_EMIT reauthenticationRequired(message);
        else
            exchange(form, true);
    });
}

void OidcClient::attach(RegistryClient *client)
{
    m_clients.append(client);
    if (m_tokens.isValid())
        client->setCredentials(Credentials::bearer(m_tokens.accessToken));
}

} // namespace dwb
