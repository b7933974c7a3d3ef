#include "support/BrowserFlow.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace dwb::test {

HttpResult browse(QNetworkAccessManager &nam, const QUrl &url, const QByteArray *form, const QString &caFile,
                  int timeoutMs)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply;
    if (form) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = nam.post(req, *form);
    } else {
        reply = nam.get(req);
    }
    if (!caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(caFile);
        reply->setSslConfiguration(ssl);
    }
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(timeoutMs);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.location = reply->rawHeader("Location");
    reply->deleteLater();
    return r;
}

QByteArray credentialsForm(const QString &user, const QString &password)
{
    return "username=" + QUrl::toPercentEncoding(user) + "&password=" + QUrl::toPercentEncoding(password);
}

QUrl withState(QUrl url, const QString &state)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(QStringLiteral("state"));
    q.addQueryItem(QStringLiteral("state"), state);
    url.setQuery(q);
    return url;
}

QUrl authorizeUrl(const QString &issuer, const QString &redirectUri, const QString &state, const QByteArray &verifier)
{
    const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl auth(issuer + QStringLiteral("/protocol/openid-connect/auth"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("drogue"));
    q.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    auth.setQuery(q);
    return auth;
}

QUrl tokenUrl(const QString &issuer)
{
    return QUrl(issuer + QStringLiteral("/protocol/openid-connect/token"));
}

QByteArray tokenForm(const QString &code, const QString &redirectUri, const QByteArray &verifier)
{
    return "grant_type=authorization_code&client_id=drogue&code=" + QUrl::toPercentEncoding(code)
           + "&redirect_uri=" + QUrl::toPercentEncoding(redirectUri) + "&code_verifier=" + verifier;
}

QString codeOf(const QByteArray &location)
{
    return QUrlQuery(QUrl::fromEncoded(location)).queryItemValue(QStringLiteral("code"));
}

} // namespace dwb::test
