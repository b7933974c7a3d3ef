// The window's connection: which context, its RegistryClient and OIDC
// session, the connection bar's state, and the ways to add or renew a
// sign-in (Sign In…, Sign In Again, Add Connection…, Import drg
// Configuration…). The credentials themselves come from
// core/config/ConnectionFactory, as for dwb.
#pragma once

#include "core/config/Context.h"
#include "gui/commands/Generation.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace dwb {
class OidcClient;
class RegistryClient;
}

namespace dwb::gui {

class ConnectionBar;
class MessageBar;
class RequestTracker;
class SecretStores;

class ConnectionController : public QObject {
    Q_OBJECT
public:
    // The stores must outlive the controller; the bars and the tracker belong to `window`.
    ConnectionController(ContextStore *contexts, SecretStore *secrets, ConnectionBar *bar, MessageBar *messages,
                         RequestTracker *requests, QWidget *window);
    ~ConnectionController() override;

    RegistryClient *client() const { return m_client; }
    OidcClient *oidcClient() const { return m_oidc; }
    SecretStores *secretStores() const { return m_stores.get(); }
    const Context &context() const { return m_context; }
    bool connectedOnce() const { return m_connectedOnce; }
    QStringList contextNames() const;

    // --sandbox DIR: the context `contextName` (saved; its token is re-read
    // from DIR/sandbox.json on every connect, never saved).
    bool openSandbox(const QString &dir, const QString &contextName);
    bool switchToContext(const QString &name);
    // Connecting failed or was stopped: try again with the same client.
    void retry();
    void setConnectionError(const QString &message);

    void addConnection();
    void signIn();          // a new context through the SignInDialog
    void signInAgain();     // the current context, keeping the window's state
    void importDrgConfig(); // drg_config.yaml: contexts, tokens into the key store

Q_SIGNALS:
    void connecting(const dwb::Context &context); // before anything else: clear what is shown
    void clientChanged();
    void connected();

private:
    void connectTo(const Context &context);
    void startProbe(const Generation::Ticket &ticket);
    void sessionLost(const QString &message);

    ContextStore *m_contexts;
    std::unique_ptr<SecretStores> m_stores;
    ConnectionBar *m_connectionBar;
    MessageBar *m_messageBar;
    RequestTracker *m_requests;
    QWidget *m_window;
    QPointer<OidcClient> m_oidc;
    QPointer<RegistryClient> m_client;
    Context m_context;
    bool m_connectedOnce = false;
    Generation m_connectionGen; // answers of an earlier connection are dropped
};

} // namespace dwb::gui
