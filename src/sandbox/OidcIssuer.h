// The sandbox's OpenID Connect issuer at <api>/realms/drogue: discovery,
// an authorize endpoint with a small HTML sign-in page (the sandbox user and
// a password from sandbox.json oidc.username/oidc.password), and a token
// endpoint (authorization_code with PKCE S256, refresh_token). Tokens are
// random opaque strings kept in memory; the registry accepts the access
// tokens through SandboxServer::setBearerValidator.
#pragma once

#include "sandbox/Registry.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

class QHttpServerRequest;

namespace dwb::sandbox {

class OidcIssuer {
public:
    OidcIssuer(QString user, QString password, int tokenLifetimeSeconds);

    void setIssuerUrl(const QUrl &url) { m_issuer = url; }
    QUrl issuerUrl() const { return m_issuer; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    int tokenLifetime() const { return m_lifetime; }

    // Answers requests under /realms/drogue; nullopt for other paths.
    std::optional<HttpReply> handle(const QHttpServerRequest &request);
    // Bearer validator for the registry.
    bool validate(const QByteArray &bearer, QString *user) const;
    // Forgets every access and refresh token (tests: a refresh that fails).
    void revokeAll();
    // Refresh tokens live 12 access token lifetimes, at least one hour.
    int refreshLifetime() const { return qMax(3600, 12 * m_lifetime); }

private:
    struct Grant {
        QString clientId, redirectUri, challenge, user;
        QDateTime expires;
    };
    struct Token {
        QString user;
        QDateTime expires;
    };
    HttpReply authorize(const QHttpServerRequest &request, bool post);
    HttpReply token(const QHttpServerRequest &request);
    HttpReply issue(const QString &user);

    QString m_user, m_password;
    int m_lifetime;
    QUrl m_issuer;
    QHash<QString, Grant> m_codes;        // code -> grant (single use)
    QHash<QString, Token> m_access;       // access token -> user
    QHash<QString, Token> m_refresh;      // refresh token -> user (single use, expires)
};

} // namespace dwb::sandbox
