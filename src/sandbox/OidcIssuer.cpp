#include "sandbox/OidcIssuer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OidcIssuer", text);
}

QString randomString(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(b.begin(), b.end());
    return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

HttpReply oauthError(int status, const QString &error, const QString &description)
{
    HttpReply r = HttpReply::json(QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
    r.status = status;
    return r;
}

HttpReply html(int status, const QString &body)
{
    HttpReply r;
    r.status = status;
    r.body = body.toUtf8();
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    return r;
}

QString escape(const QString &s)
{
    return s.toHtmlEscaped();
}

bool loopbackRedirect(const QUrl &u)
{
    return u.isValid() && u.scheme() == "http"_L1
           && (u.host() == "localhost"_L1 || u.host() == "127.0.0.1"_L1 || u.host() == "::1"_L1)
           && u.port() > 0;
}

QUrlQuery formBody(const QHttpServerRequest &request)
{
    QByteArray b = request.body();
    b.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(b));
}

} // namespace

OidcIssuer::OidcIssuer(QString user, QString password, int tokenLifetimeSeconds)
    : m_user(std::move(user))
    , m_password(std::move(password))
    , m_lifetime(tokenLifetimeSeconds > 0 ? tokenLifetimeSeconds : 300)
{
}

std::optional<HttpReply> OidcIssuer::handle(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (!path.startsWith("/realms/drogue"_L1))
        return std::nullopt;
    const QString rest = path.mid(14);
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (rest == "/.well-known/openid-configuration"_L1 && get) {
        const QString base = m_issuer.toString();
        QJsonObject o;
        o.insert(u"issuer"_s, base);
        o.insert(u"authorization_endpoint"_s, QString(base + u"/protocol/openid-connect/auth"_s));
        o.insert(u"token_endpoint"_s, QString(base + u"/protocol/openid-connect/token"_s));
        o.insert(u"response_types_supported"_s, QJsonArray::fromStringList({u"code"_s}));
        o.insert(u"grant_types_supported"_s,
                 QJsonArray::fromStringList({u"authorization_code"_s, u"refresh_token"_s}));
        o.insert(u"code_challenge_methods_supported"_s, QJsonArray::fromStringList({u"S256"_s}));
        return HttpReply::json(o);
    }
    if (rest == "/protocol/openid-connect/auth"_L1 && (get || post))
        return authorize(request, post);
    if (rest == "/protocol/openid-connect/token"_L1 && post)
        return token(request);
    return HttpReply::error(404, u"NotFound"_s, tr("No such path: %1").arg(path));
}

HttpReply OidcIssuer::authorize(const QHttpServerRequest &request, bool post)
{
    const QUrlQuery q(request.url());
    const QString clientId = q.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QUrl redirect(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    const QString state = q.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    const QString challenge = q.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded);
    const QString method = q.queryItemValue(u"code_challenge_method"_s, QUrl::FullyDecoded);
    if (clientId != "drogue"_L1 || !loopbackRedirect(redirect)
        || q.queryItemValue(u"response_type"_s) != "code"_L1)
        return html(400, tr("<h1>Bad request</h1><p>Unknown client, response type or redirect URI.</p>"));
    if (method != "S256"_L1 || challenge.size() < 43)
        return html(400, tr("<h1>Bad request</h1><p>PKCE (S256) is required.</p>"));

    QString message;
    if (post) {
        const QUrlQuery form = formBody(request);
        const QString user = form.queryItemValue(u"username"_s, QUrl::FullyDecoded);
        const QString password = form.queryItemValue(u"password"_s, QUrl::FullyDecoded);
        if (user == m_user && password == m_password) {
            const QString code = randomString(24);
            m_codes.insert(code, Grant{clientId, redirect.toString(), challenge, user,
                                       QDateTime::currentDateTimeUtc().addSecs(60)});
            QUrl target = redirect;
            QUrlQuery tq(target);
            tq.addQueryItem(u"code"_s, code);
            tq.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
            target.setQuery(tq);
            HttpReply r;
            r.status = 302;
            r.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
            return r;
        }
        message = tr("Wrong user name or password.");
    }
    const QString action = escape(request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    return html(post ? 401 : 200,
                u"<!DOCTYPE html><html><head><title>"_s + tr("Sign in to the Drogue sandbox")
                    + u"</title></head><body><h1>"_s + tr("Sign in to the Drogue sandbox") + u"</h1>"_s
                    + (message.isEmpty() ? QString() : u"<p class=\"error\">"_s + escape(message) + u"</p>"_s)
                    + u"<form method=\"post\" action=\""_s + action + u"\">"_s
                    + u"<label>"_s + tr("User name") + u" <input name=\"username\"></label><br>"_s
                    + u"<label>"_s + tr("Password") + u" <input name=\"password\" type=\"password\"></label><br>"_s
                    + u"<button type=\"submit\">"_s + tr("Sign in") + u"</button></form></body></html>"_s);
}

HttpReply OidcIssuer::issue(const QString &user)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_access.removeIf([&](const auto &it) { return it.value().expires < now; });
    m_refresh.removeIf([&](const auto &it) { return it.value().expires < now; });
    const QString access = randomString(32);
    const QString refresh = randomString(32);
    m_access.insert(access, Token{user, QDateTime::currentDateTimeUtc().addSecs(m_lifetime)});
    m_refresh.insert(refresh, Token{user, QDateTime::currentDateTimeUtc().addSecs(refreshLifetime())});
    return HttpReply::json(QJsonObject{
        {u"access_token"_s, access},
        {u"refresh_token"_s, refresh},
        {u"token_type"_s, u"Bearer"_s},
        {u"expires_in"_s, m_lifetime},
        {u"refresh_expires_in"_s, refreshLifetime()},
        {u"scope"_s, u"openid offline_access"_s},
    });
}

HttpReply OidcIssuer::token(const QHttpServerRequest &request)
{
    const QUrlQuery form = formBody(request);
    const QString grant = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    if (grant == "authorization_code"_L1) {
        const QString code = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const auto it = m_codes.constFind(code);
        if (it == m_codes.constEnd())
            return oauthError(400, u"invalid_grant"_s, tr("Unknown or used code."));
        const Grant g = *it;
        m_codes.erase(it); // single use, even when the verifier is wrong
        if (g.expires < QDateTime::currentDateTimeUtc())
            return oauthError(400, u"invalid_grant"_s, tr("The code expired."));
        if (form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded) != g.clientId
            || form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded) != g.redirectUri)
            return oauthError(400, u"invalid_grant"_s, tr("Client or redirect URI do not match."));
        const QByteArray verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded).toLatin1();
        const QByteArray expected = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.size() < 43 || QString::fromLatin1(expected) != g.challenge)
            return oauthError(400, u"invalid_grant"_s, tr("PKCE verification failed."));
        return issue(g.user);
    }
    if (grant == "refresh_token"_L1) {
        const QString refresh = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
        const auto it = m_refresh.constFind(refresh);
        if (it == m_refresh.constEnd())
            return oauthError(400, u"invalid_grant"_s, tr("Unknown refresh token."));
        const Token t = *it;
        m_refresh.erase(it); // rotated: each refresh token works once
        if (t.expires < QDateTime::currentDateTimeUtc())
            return oauthError(400, u"invalid_grant"_s, tr("The refresh token expired."));
        return issue(t.user);
    }
    return oauthError(400, u"unsupported_grant_type"_s, tr("Unsupported grant type."));
}

void OidcIssuer::revokeAll()
{
    m_codes.clear();
    m_access.clear();
    m_refresh.clear();
}

bool OidcIssuer::validate(const QByteArray &bearer, QString *user) const
{
    const auto it = m_access.constFind(QString::fromLatin1(bearer));
    if (it == m_access.constEnd() || it->expires < QDateTime::currentDateTimeUtc())
        return false;
    if (user)
        *user = it->user;
    return true;
}

} // namespace dwb::sandbox
