// The sign-in dialog: a server (name, API URL, optional CA of a local
// server) and two ways in: "Sign in with browser" (OIDC authorization code
// with PKCE through OidcClient; the system browser is opened with
// QDesktopServices, behind a hook for tests) or "Use access token" (user id
// and token, checked with whoami). Shows progress and errors (browser
// closed / timeout, wrong state, refused token). The secret is handed to
// the caller, who stores it through SecretStores: never in settings.
#pragma once

#include "core/cloud/OidcClient.h"
#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dwb::gui {

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Sign in again to an existing context: its name, URL and CA are fixed.
    void setContext(const Context &context);
    void setValues(const QString &name, const QString &url, const QString &caFile = {});
    void setAccessToken(const QString &user, const QString &token);

    enum class Mode { None, Browser, AccessToken };
    Mode mode() const { return m_mode; }
    // After acceptance: the context (credentialsRef "oidc:NAME" or
    // "token:NAME", the user id from whoami) and the secret to store.
    Context context() const;
    QString secret() const;
    OidcTokens tokens() const { return m_tokens; }
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }

    // Tests replace the system browser and shorten the wait.
    void setBrowserHook(OidcClient::BrowserHook hook) { m_hook = std::move(hook); }
    void setSignInTimeoutMs(int ms) { m_timeoutMs = ms; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }
    QPushButton *browserButton() const { return m_browserButton; }
    // No web browser could be opened: the sign-in address in a read-only
    // field with a Copy button (the dialog keeps its width, however long
    // the address).
    void showAddress(const QUrl &address);
    QLineEdit *addressEdit() const { return m_address; }
    QPushButton *copyAddressButton() const { return m_copyAddress; }
    QPushButton *tokenButton() const { return m_tokenButton; }

public Q_SLOTS:
    void startBrowser();
    void useAccessToken();
    void reject() override;

private:
    bool readServer(QUrl *url);
    void setBusy(bool busy);
    void showProgress(const QString &text);
    void fail(const QString &message);
    void finishWith(Mode mode, const QString &user);

    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_ca;
    QPushButton *m_caBrowse;
    QPushButton *m_browserButton;
    QWidget *m_addressRow;
    QLineEdit *m_address;
    QPushButton *m_copyAddress;
    QLineEdit *m_user;
    QLineEdit *m_token;
    QPushButton *m_tokenButton;
    QLabel *m_status;
    QPushButton *m_cancel;

    OidcClient *m_client = nullptr;
    std::unique_ptr<RegistryClient> m_probe;
    OidcClient::BrowserHook m_hook;
    int m_timeoutMs = 5 * 60 * 1000;
    bool m_busy = false;
    bool m_fixed = false;
    Mode m_mode = Mode::None;
    Context m_base;
    QString m_userId;
    OidcTokens m_tokens;
    QUrl m_tokenEndpoint;
};

} // namespace dwb::gui
