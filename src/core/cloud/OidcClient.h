// The client side of OpenID Connect sign-in: authorization code flow with
// PKCE (S256) against the issuer from discovery (<issuer>/.well-known/
// openid-configuration), client id "drogue", scope "openid offline_access",
// redirect to a loopback handler http://127.0.0.1:<free port>/ (own small
// QTcpServer), state checked. The "browser" is a hook: the GUI opens the
// system browser, dwb prints the URL (and runs xdg-open with a display),
// tests play the browser over HTTP.
//
// After sign-in, tokens are refreshed in the background before they expire
// (fewer than 30 s left; a third of the lifetime for very short tokens), and
// attached RegistryClients get the new bearer token. A refused refresh
// (invalid_grant) emits reauthenticationRequired(): the caller asks the user
// to sign in again; a network or server error is retried (5 s, 3 times)
// while the access token still works.
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace dwb {

class RegistryClient;

struct OidcTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;   // UTC
    bool isValid() const { return !accessToken.isEmpty(); }
};

class OidcClient : public QObject {
    Q_OBJECT
public:
    using BrowserHook = std::function<void(const QUrl &authorizeUrl)>;

    explicit OidcClient(QUrl issuerUrl, QString serverCaFile = {}, QObject *parent = nullptr);
    ~OidcClient() override;

    void setBrowserHook(BrowserHook hook) { m_browser = std::move(hook); }
    void setSignInTimeoutMs(int ms) { m_signInTimeoutMs = ms; }
    // With no issuer URL: the issuer_url from <api>/.well-known/drogue-endpoints
    // (public, no credentials needed) before the OpenID discovery.
    void setApiUrl(const QUrl &api) { m_api = api; }
    QUrl issuerUrl() const { return m_issuer; }
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }

    // Starts the browser flow; ends with signInFinished().
    void signIn();
    void cancel();
    bool signingIn() const;
    QUrl redirectUri() const { return m_redirectUri; }

    // Restores tokens (e.g. from the key store) and schedules their refresh.
    void setTokens(const OidcTokens &tokens, const QUrl &tokenEndpoint = {});
    OidcTokens tokens() const { return m_tokens; }
    // Refreshes now; ends with tokensChanged() or reauthenticationRequired().
    void refreshNow();
    int refreshCount() const { return m_refreshCount; }

    // The client's credentials follow the tokens (Credentials::bearer).
    void attach(RegistryClient *client);

Q_SIGNALS:
    void progress(const QString &message);
    void signInFinished(bool ok, const QString &message);
    void tokensChanged();
    void reauthenticationRequired(const QString &message);

private:
    void discover(std::function<void(bool, QString)> then);
    void onLoopbackConnection();
    void handleCallback(const QUrl &target, QTcpSocket *socket);
    void exchange(const QByteArray &form, bool refresh);
    void finishSignIn(bool ok, const QString &message);
    void scheduleRefresh();
    void applyTokens(const OidcTokens &tokens);
    QNetworkRequest request(const QUrl &url) const;   // timeout, the context's CA
    QNetworkReply *post(const QUrl &url, const QByteArray &form);

    QUrl m_issuer, m_api;
    QString m_caFile;
    QUrl m_authEndpoint, m_tokenEndpoint, m_redirectUri;
    QNetworkAccessManager *m_nam;
    QTcpServer *m_loopback = nullptr;
    QTimer *m_refreshTimer;
    QTimer *m_signInTimer;
    BrowserHook m_browser;
    QString m_state, m_verifier;
    int m_signInTimeoutMs = 300000;
    int m_refreshCount = 0;
    int m_refreshRetries = 0;
    OidcTokens m_tokens;
    QList<QPointer<RegistryClient>> m_clients;
};

} // namespace dwb
