#include "gui/connection/ConnectionController.h"

#include "core/cloud/OidcClient.h"
#include "core/cloud/RegistryClient.h"
#include "core/config/ConnectionFactory.h"
#include "core/config/DrgConfig.h"
#include "core/config/SecretStore.h"
#include "gui/commands/RequestTracker.h"
#include "gui/common/Async.h"
#include "gui/common/MessageBar.h"
#include "gui/common/Prompts.h"
#include "gui/connection/AddConnectionDialog.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/login/SecretStores.h"
#include "gui/login/SignInDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace dwb::gui {

ConnectionController::ConnectionController(ContextStore *contexts, SecretStore *secrets, ConnectionBar *bar,
                                           MessageBar *messages, RequestTracker *requests, QWidget *window)
    : QObject(window)
    , m_contexts(contexts)
    , m_stores(std::make_unique<SecretStores>(secrets))
    , m_connectionBar(bar)
    , m_messageBar(messages)
    , m_requests(requests)
    , m_window(window)
{
}

ConnectionController::~ConnectionController() = default;

QStringList ConnectionController::contextNames() const
{
    QStringList names;
    for (const Context &c : m_contexts->contexts())
        names << c.name;
    return names;
}

void ConnectionController::retry()
{
    if (!m_client)
        return;
    m_messageBar->hide();
    m_connectionBar->setState(ConnectionBar::State::Connecting);
    startProbe(m_connectionGen.current());
}

bool ConnectionController::openSandbox(const QString &dir, const QString &contextName)
{
    auto info = readSandboxInfo(dir);
    if (!info) {
        setConnectionError(info.error().message);
        return false;
    }
    Context c = m_contexts->find(contextName).value_or(Context{});
    c.name = contextName;
    c.apiUrl = info->api;
    c.userId = info->user;
    c.serverCaFile = info->caFile;
    c.credentialsRef = u"sandbox:"_s + QDir(dir).absolutePath();
    m_contexts->upsert(c);
    return switchToContext(c.name);
}

bool ConnectionController::switchToContext(const QString &name)
{
    const std::optional<Context> c = m_contexts->find(name);
    if (!c) {
        setConnectionError(tr("There is no connection named “%1”.").arg(name));
        return false;
    }
    m_connectionBar->setContexts(contextNames(), name);
    m_contexts->setLastContext(name);
    connectTo(*c);
    return true;
}

void ConnectionController::setConnectionError(const QString &message)
{
    m_connectionBar->setState(ConnectionBar::State::Error, message);
    m_messageBar->showError(message);
}

void ConnectionController::connectTo(const Context &context)
{
    m_connectionGen.invalidate();
    m_context = context;
    Q_EMIT connecting(context); // the window clears what it shows
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (m_oidc) {
        m_oidc->deleteLater();
        m_oidc = nullptr;
    }
    m_connectedOnce = false;

    // Which store, which secret, the sandbox's token: core/config/ConnectionFactory.
    const ConnectionFactory factory([this](const Context &c) { return m_stores->forContext(c); });
    if (factory.needsSessionToken(context)) {
        const std::optional<QString> token = Prompts::passphrase(
            m_window, tr("Access Token"),
            tr("Access token of %1 for %2.\nThe token is kept for this session only; use "
               "File ▸ Sign In… to keep it in the system key store.")
                .arg(context.userId, context.apiUrl.toDisplayString()));
        if (!token || token->isEmpty()) {
            m_connectionBar->setServer(context.apiUrl.toDisplayString(), context.userId);
            return setConnectionError(tr("No access token for this session."));
        }
        m_stores->forContext(context)->write(context.credentialsRef, *token);
    }
    ConnectionOptions options;
    bool timeoutSet = false; // else defaultTimeoutMs(): DWB_TIMEOUT_SECONDS or 30 s
    const double timeoutSeconds = QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).value(u"network/timeoutSeconds"_s).toDouble(&timeoutSet);
    if (timeoutSet && timeoutSeconds > 0)
        options.timeoutMs = int(timeoutSeconds * 1000);
    auto connection = factory.resolve(context, options);
    if (!connection) {
        m_connectionBar->setServer(context.apiUrl.toDisplayString(), context.userId);
        const QString why = connection.error().message;
        if (context.isSandbox())
            return setConnectionError(tr("The sandbox is not running: %1").arg(why));
        m_connectionBar->showSignInAgain(tr("Not signed in"));
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  why + u' ' + tr("Use “Sign In Again” in the connection bar."));
        return;
    }
    m_connectionBar->setServer(connection->settings.apiUrl.toDisplayString(), connection->user);
    m_connectionBar->setState(ConnectionBar::State::Connecting);
    m_client = new RegistryClient(connection->settings, this);
    Q_EMIT clientChanged();
    const Generation::Ticket ticket = m_connectionGen.current();
    if (connection->oidc) {
        // Renewed tokens go back to the store; a refused renewal asks to sign in again.
        OidcClient *oidc = ConnectionFactory::createOidcSession(*connection, this);
        m_oidc = oidc;
        connect(oidc, &OidcClient::reauthenticationRequired, this, [this, oidc](const QString &message) {
            if (oidc == m_oidc)
                sessionLost(message);
        });
        oidc->attach(m_client);
        if (connection->renewFirst()) {
            // An expired or nearly expired session: renew it before the first call.
            connect(oidc, &OidcClient::tokensChanged, this, [this, ticket] { startProbe(ticket); },
                    Qt::SingleShotConnection);
            oidc->refreshNow();
            return;
        }
    }
    startProbe(ticket);
}

void ConnectionController::startProbe(const Generation::Ticket &ticket)
{
    if (!ticket.isCurrent() || !m_client)
        return;
    RegistryClient *client = m_client;
    // Stopped (Esc): stopRequests() has said so and left "Not connected"; F5 tries again.
    onFinished(this, m_requests->track(client->discover()), [this, ticket, client](const Result<Endpoints> &ep) {
        if (!ticket.isCurrent() || (!ep && ep.error().code == ErrorCode::Cancelled))
            return;
        if (!ep)
            return setConnectionError(tr("Cannot reach the server: %1").arg(ep.error().message));
        onFinished(this, m_requests->track(client->whoami()), [this, ticket](const Result<QString> &who) {
            if (!ticket.isCurrent() || (!who && who.error().code == ErrorCode::Cancelled))
                return;
            if (!who)
                return setConnectionError(tr("The server refused the credentials: %1").arg(who.error().message));
            m_connectionBar->setServer(m_client->settings().apiUrl.toDisplayString(), *who);
            m_connectionBar->setState(ConnectionBar::State::Connected);
            m_connectedOnce = true;
            Q_EMIT connected();
        });
    });
}

void ConnectionController::sessionLost(const QString &message)
{
    // Non-modal: the applications, devices and selection stay as they are.
    m_connectionBar->showSignInAgain(tr("Session expired"));
    m_messageBar->showMessage(MessageBar::Kind::Warning,
                              message + u' ' + tr("Use “Sign In Again” in the connection bar; the window keeps what it shows."));
}

void ConnectionController::signIn()
{
    SignInDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Context c = dialog.context();
    if (const auto old = m_contexts->find(c.name)) { // signing in anew keeps the defaults
        c.defaultApp = old->defaultApp;
        c.defaultAlgorithm = old->defaultAlgorithm;
    }
    if (Status st = m_stores->save(m_window, c, dialog.secret()); !st) {
        m_messageBar->showError(tr("The sign-in was not saved: %1").arg(st.error().message));
        return;
    }
    m_contexts->upsert(c);
    switchToContext(c.name);
}

void ConnectionController::signInAgain()
{
    if (m_context.name.isEmpty() || m_context.isSandbox())
        return;
    SignInDialog dialog(m_window);
    dialog.setContext(m_context);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Context c = dialog.context();
    SecretStore *store = m_stores->forContext(m_context);
    Status st = store->availability() ? store->store(c.credentialsRef, dialog.secret())
                                      : m_stores->save(m_window, c, dialog.secret());
    if (!st) {
        m_messageBar->showError(tr("The sign-in was not saved: %1").arg(st.error().message));
        return;
    }
    if (c.credentialsRef != m_context.credentialsRef)
        (void)store->remove(m_context.credentialsRef);
    m_contexts->upsert(c);
    const bool sameKind = c.credentialsRef == m_context.credentialsRef;
    m_context = c;
    if (!m_connectedOnce || !m_client || !sameKind) {
        connectTo(c);
        return;
    }
    // The same connection with new credentials: nothing reloads.
    if (m_oidc && dialog.mode() == SignInDialog::Mode::Browser) {
        m_oidc->setTokens(dialog.tokens(), dialog.tokenEndpoint());
    } else if (const auto pair = parseAccessTokenSecret(dialog.secret())) {
        m_client->setCredentials(Credentials::accessToken(pair->first, pair->second));
    }
    m_connectionBar->setState(ConnectionBar::State::Connected);
    m_messageBar->showMessage(MessageBar::Kind::Success, tr("Signed in again as %1.").arg(c.userId));
}

void ConnectionController::importDrgConfig()
{
    const QString title = tr("Import drg Configuration");
    QString file;
    const QString def = defaultDrgConfigPath();
    if (QFileInfo::exists(def)) {
        const auto choice = Prompts::choose(m_window, title, tr("Import which drg configuration?"),
                                            {QDir::toNativeSeparators(def), tr("Another file…")}, 0);
        if (!choice)
            return;
        if (*choice == 0)
            file = def;
    }
    if (file.isEmpty()) {
        const QStringList files =
            Prompts::openFiles(m_window, title, tr("drg configuration (*.yaml *.yml);;All files (*)"));
        if (files.isEmpty())
            return;
        file = files.first();
    }
    auto cfg = readDrgConfig(file);
    if (!cfg) {
        m_messageBar->showError(tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(file), cfg.error().message));
        return;
    }
    QString notice;
    SecretStore *store = m_stores->chooseForNewSecret(m_window, &notice);
    TestSecretStore none; // declined: the contexts come in, their secrets do not
    none.setAvailable(false);
    auto report = dwb::importDrgConfig(*cfg, *m_contexts, store ? *store : static_cast<SecretStore &>(none));
    if (!report) {
        m_messageBar->showError(report.error().message);
        return;
    }
    QString text = report->summary(file);
    if (!notice.isEmpty() && !report->secretsStored.isEmpty())
        text += u'\n' + notice;
    if (!report->secretsNotStored.isEmpty())
        text += u'\n' + tr("In the workbench: choose the connection, then “Sign In Again”.");
    m_messageBar->showMessage(report->secretsNotStored.isEmpty() ? MessageBar::Kind::Information
                                                                 : MessageBar::Kind::Warning,
                              text);
    m_connectionBar->setContexts(contextNames(), m_context.name);
}

void ConnectionController::addConnection()
{
    AddConnectionDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Context c = dialog.context();
    m_stores->forContext(c)->write(c.credentialsRef, dialog.token()); // "memory:": this session only
    m_contexts->upsert(c);
    switchToContext(c.name);
}

} // namespace dwb::gui
