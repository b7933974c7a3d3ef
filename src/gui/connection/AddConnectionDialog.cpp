#include "gui/connection/AddConnectionDialog.h"

#include "gui/common/Async.h"
#include "gui/common/Prompts.h"

#include "ui_AddConnectionDialog.h"

#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace dwb::gui {

AddConnectionDialog::AddConnectionDialog(QWidget *parent)
    : QDialog(parent), ui(new Ui::AddConnectionDialog)
{
    ui->setupUi(this);
    ui->sessionNote->setText(tr("The token is kept for this session only; nothing secret is written to "
                                "disk. To keep it in the system key store, use File ▸ Sign In…"));
    ui->sessionNote->setStyleSheet(u"color: palette(mid);"_s);
    ui->tokenEdit->setAccessibleName(tr("Access token"));
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &AddConnectionDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &AddConnectionDialog::reject);
    connect(ui->caBrowse, &QPushButton::clicked, this, [this] {
        const QStringList files = Prompts::openFiles(this, tr("Server CA"),
                                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!files.isEmpty())
            ui->caEdit->setText(files.first());
    });
}

AddConnectionDialog::~AddConnectionDialog() = default;

void AddConnectionDialog::setValues(const QString &name, const QString &url, const QString &user,
                                    const QString &token, const QString &caFile)
{
    ui->nameEdit->setText(name);
    ui->urlEdit->setText(url);
    ui->userEdit->setText(user);
    ui->tokenEdit->setText(token);
    ui->caEdit->setText(caFile);
}

Context AddConnectionDialog::context() const
{
    Context c;
    c.name = ui->nameEdit->text().trimmed();
    if (c.name.isEmpty())
        c.name = QUrl(ui->urlEdit->text().trimmed()).host();
    c.apiUrl = QUrl(ui->urlEdit->text().trimmed());
    c.userId = m_userId.isEmpty() ? ui->userEdit->text().trimmed() : m_userId;
    c.serverCaFile = ui->caEdit->text().trimmed();
    c.credentialsRef = u"memory:"_s + c.name;
    return c;
}

QString AddConnectionDialog::token() const
{
    return ui->tokenEdit->text().trimmed();
}

void AddConnectionDialog::setBusy(bool busy)
{
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(ui->nameEdit), static_cast<QWidget *>(ui->urlEdit),
                       static_cast<QWidget *>(ui->userEdit), static_cast<QWidget *>(ui->tokenEdit),
                       static_cast<QWidget *>(ui->caEdit)})
        w->setEnabled(!busy);
}

void AddConnectionDialog::fail(const QString &message)
{
    setBusy(false);
    ui->statusLabel->setStyleSheet(u"color: #b03020;"_s);
    ui->statusLabel->setText(message);
}

void AddConnectionDialog::accept()
{
    const QUrl url(ui->urlEdit->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
        return fail(tr("Enter the server's API URL, e.g. https://api.example.net."));
    if (ui->userEdit->text().trimmed().isEmpty() || token().isEmpty())
        return fail(tr("Enter your user id and an access token."));
    const QString ca = ui->caEdit->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable())
        return fail(tr("The server CA file cannot be read."));

    ConnectionSettings settings;
    settings.apiUrl = url;
    settings.credentials = Credentials::accessToken(ui->userEdit->text().trimmed(), token());
    settings.serverCaFile = ca;
    settings.timeoutMs = 15000;
    m_probe = std::make_unique<RegistryClient>(settings);
    setBusy(true);
    ui->statusLabel->setStyleSheet({});
    ui->statusLabel->setText(tr("Connecting to %1…").arg(url.toDisplayString()));
    RegistryClient *probe = m_probe.get();
    onFinished(this, probe->discover(), [this, probe](const Result<Endpoints> &ep) {
        if (probe != m_probe.get())
            return;
        if (!ep)
            return fail(tr("The server did not answer as Drogue Cloud: %1").arg(ep.error().message));
        onFinished(this, probe->whoami(), [this, probe](const Result<QString> &who) {
            if (probe != m_probe.get())
                return;
            if (!who)
                return fail(tr("The server refused these credentials: %1").arg(who.error().message));
            m_userId = *who;
            setBusy(false);
            QDialog::accept();
        });
    });
}

} // namespace dwb::gui
