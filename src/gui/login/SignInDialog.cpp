#include "gui/login/SignInDialog.h"

#include "core/config/DrgConfig.h"
#include "gui/common/Async.h"
#include "gui/common/Prompts.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_caBrowse(new QPushButton(tr("B&rowse…"), this))
    , m_browserButton(new QPushButton(tr("Sign in with &browser"), this))
    , m_addressRow(new QWidget(this))
    , m_address(new QLineEdit(m_addressRow))
    , m_copyAddress(new QPushButton(tr("Co&py"), m_addressRow))
    , m_user(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_tokenButton(new QPushButton(tr("Use &access token"), this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In"));
    auto *layout = new QVBoxLayout(this);

    auto *server = new QFormLayout;
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. lab (default: the server's host name)"));
    m_url->setObjectName(u"urlEdit"_s);
    m_url->setPlaceholderText(u"https://api.sandbox.drogue.cloud"_s);
    m_ca->setObjectName(u"caEdit"_s);
    m_ca->setPlaceholderText(tr("only for a server with its own CA"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_caBrowse);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *urlLabel = new QLabel(tr("Server &URL:"), this);
    urlLabel->setBuddy(m_url);
    auto *caLabel = new QLabel(tr("Server C&A:"), this);
    caLabel->setBuddy(m_ca);
    server->addRow(nameLabel, m_name);
    server->addRow(urlLabel, m_url);
    server->addRow(caLabel, caRow);
    layout->addLayout(server);

    auto *browserBox = new QGroupBox(tr("With your Drogue Cloud account"), this);
    auto *browserLayout = new QVBoxLayout(browserBox);
    auto *browserNote = new QLabel(tr("Opens the sign-in page of the server in your web browser; "
                                      "come back here when you have signed in."),
                                   browserBox);
    browserNote->setWordWrap(true);
    browserLayout->addWidget(browserNote);
    m_browserButton->setObjectName(u"browserButton"_s);
    m_browserButton->setDefault(true);
    browserLayout->addWidget(m_browserButton);
    // Without a browser: the address to open by hand (one line, scrolls; copied whole).
    m_address->setObjectName(u"addressEdit"_s);
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Sign-in address"));
    m_address->setMinimumWidth(0);
    m_address->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_copyAddress->setObjectName(u"copyAddressButton"_s);
    m_copyAddress->setToolTip(tr("Copy the sign-in address, to paste it into a web browser"));
    auto *addressLayout = new QHBoxLayout(m_addressRow);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(m_address, 1);
    addressLayout->addWidget(m_copyAddress);
    m_addressRow->hide();
    browserLayout->addWidget(m_addressRow);
    layout->addWidget(browserBox);

    auto *tokenBox = new QGroupBox(tr("Or with an access token"), this);
    auto *tokenForm = new QFormLayout(tokenBox);
    m_user->setObjectName(u"userEdit"_s);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    auto *userLabel = new QLabel(tr("U&ser:"), tokenBox);
    userLabel->setBuddy(m_user);
    auto *tokenLabel = new QLabel(tr("&Token:"), tokenBox);
    tokenLabel->setBuddy(m_token);
    tokenForm->addRow(userLabel, m_user);
    tokenForm->addRow(tokenLabel, m_token);
    m_tokenButton->setObjectName(u"tokenButton"_s);
    tokenForm->addRow(QString(), m_tokenButton);
    layout->addWidget(tokenBox);

    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Sign-in state"));
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_browserButton, &QPushButton::clicked, this, &SignInDialog::startBrowser);
    connect(m_tokenButton, &QPushButton::clicked, this, &SignInDialog::useAccessToken);
    connect(m_copyAddress, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_address->text());
        showProgress(tr("The address is copied: paste it into a web browser, sign in there, then come back "
                        "here."));
    });
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QStringList files = Prompts::openFiles(this, tr("Server CA"),
                                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!files.isEmpty())
            m_ca->setText(files.first());
    });
    resize(520, sizeHint().height());
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setValues(const QString &name, const QString &url, const QString &caFile)
{
    m_name->setText(name);
    m_url->setText(url);
    m_ca->setText(caFile);
}

void SignInDialog::setAccessToken(const QString &user, const QString &token)
{
    m_user->setText(user);
    m_token->setText(token);
}

void SignInDialog::setContext(const Context &context)
{
    m_base = context;
    m_fixed = true;
    setValues(context.name, context.apiUrl.toString(), context.serverCaFile);
    m_user->setText(context.userId);
    for (QLineEdit *e : {m_name, m_url})
        e->setReadOnly(true);
    setWindowTitle(tr("Sign In Again to %1").arg(context.name));
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_browserButton->setEnabled(!busy);
    m_tokenButton->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_token),
                       static_cast<QWidget *>(m_ca), static_cast<QWidget *>(m_caBrowse)})
        w->setEnabled(!busy);
    if (!m_fixed) {
        m_name->setEnabled(!busy);
        m_url->setEnabled(!busy);
    }
}

void SignInDialog::showProgress(const QString &text)
{
    m_status->setStyleSheet({});
    m_status->setText(text);
}

void SignInDialog::fail(const QString &message)
{
    setBusy(false);
    m_addressRow->hide(); // that address is spent
    m_status->setStyleSheet(u"color: #b03020;"_s);
    m_status->setText(message);
}

bool SignInDialog::readServer(QUrl *url)
{
    *url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url->isValid() || (url->scheme() != "https"_L1 && url->scheme() != "http"_L1) || url->host().isEmpty()) {
        fail(tr("Enter the server's API URL, e.g. https://api.example.net."));
        return false;
    }
    const QString ca = m_ca->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable()) {
        fail(tr("The server CA file cannot be read."));
        return false;
    }
    return true;
}

void SignInDialog::startBrowser()
{
    QUrl url;
    if (!readServer(&url))
        return;
    if (m_client) {
        m_client->cancel();
        m_client->deleteLater();
    }
    m_addressRow->hide();
    m_address->clear();
    m_client = new OidcClient(QUrl(), m_ca->text().trimmed(), this);
    m_client->setApiUrl(url);
    m_client->setSignInTimeoutMs(m_timeoutMs);
    m_client->setBrowserHook([this](const QUrl &authorize) {
        if (m_hook) {
            m_hook(authorize);
            return;
        }
        if (!QDesktopServices::openUrl(authorize))
            showAddress(authorize);
    });
    OidcClient *client = m_client;
    connect(client, &OidcClient::progress, this, [this, client](const QString &text) {
        if (client == m_client)
            showProgress(text);
    });
    connect(client, &OidcClient::signInFinished, this, [this, client](bool ok, const QString &message) {
        if (client != m_client)
            return;
        if (!ok)
            return fail(message);
        m_tokens = client->tokens();
        m_tokenEndpoint = client->tokenEndpoint();
        // Who signed in: the registry's answer with the new bearer token.
        ConnectionSettings s;
        s.apiUrl = QUrl(m_url->text().trimmed());
        s.serverCaFile = m_ca->text().trimmed();
        s.credentials = Credentials::bearer(m_tokens.accessToken);
        s.timeoutMs = 15000;
        m_probe = std::make_unique<RegistryClient>(s);
        RegistryClient *probe = m_probe.get();
        showProgress(tr("Signed in; checking with the server…"));
        onFinished(this, probe->whoami(), [this, probe](const Result<QString> &who) {
            if (probe != m_probe.get())
                return;
            if (!who)
                return fail(tr("The server refused the new sign-in: %1").arg(who.error().message));
            finishWith(Mode::Browser, *who);
        });
    });
    setBusy(true);
    // Cancel stays available: it ends the wait for the browser.
    client->signIn();
}

void SignInDialog::showAddress(const QUrl &address)
{
    const int width = this->width();
    m_address->setText(address.toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    m_addressRow->show();
    showProgress(tr("No web browser could be opened. Open this address in a browser yourself (Copy puts it on the "
                    "clipboard); come back here when you have signed in."));
    resize(width, sizeHint().height() > height() ? sizeHint().height() : height());
}

void SignInDialog::useAccessToken()
{
    QUrl url;
    if (!readServer(&url))
        return;
    if (m_user->text().trimmed().isEmpty() || m_token->text().trimmed().isEmpty())
        return fail(tr("Enter your user id and an access token."));
    ConnectionSettings s;
    s.apiUrl = url;
    s.serverCaFile = m_ca->text().trimmed();
    s.credentials = Credentials::accessToken(m_user->text().trimmed(), m_token->text().trimmed());
    s.timeoutMs = 15000;
    m_probe = std::make_unique<RegistryClient>(s);
    RegistryClient *probe = m_probe.get();
    setBusy(true);
    showProgress(tr("Connecting to %1…").arg(url.toDisplayString()));
    onFinished(this, probe->whoami(), [this, probe](const Result<QString> &who) {
        if (probe != m_probe.get())
            return;
        if (!who)
            return fail(tr("The server refused these credentials: %1").arg(who.error().message));
        finishWith(Mode::AccessToken, *who);
    });
}

void SignInDialog::finishWith(Mode mode, const QString &user)
{
    m_mode = mode;
    m_userId = user;
    setBusy(false);
    showProgress(tr("Signed in as %1.").arg(user));
    accept();
}

void SignInDialog::reject()
{
    if (m_client)
        m_client->cancel();
    m_probe.reset();
    QDialog::reject();
}

Context SignInDialog::context() const
{
    Context c = m_base;
    c.name = m_name->text().trimmed();
    const QUrl url(m_url->text().trimmed());
    if (c.name.isEmpty())
        c.name = url.host();
    c.apiUrl = url;
    c.serverCaFile = m_ca->text().trimmed();
    c.userId = m_userId;
    if (m_mode == Mode::Browser)
        c.credentialsRef = u"oidc:"_s + c.name;
    else if (m_mode == Mode::AccessToken)
        c.credentialsRef = u"token:"_s + c.name;
    return c;
}

QString SignInDialog::secret() const
{
    if (m_mode == Mode::Browser)
        return oidcTokensSecret({m_tokens.accessToken, m_tokens.refreshToken, m_tokens.expiresAt, m_tokenEndpoint});
    if (m_mode == Mode::AccessToken)
        return accessTokenSecret(m_userId, m_token->text().trimmed());
    return {};
}

} // namespace dwb::gui
