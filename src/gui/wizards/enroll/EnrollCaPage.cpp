#include "gui/wizards/enroll/EnrollCaPage.h"

#include "core/cloud/RegistryClient.h"
#include "gui/wizards/common/CaKeyCheck.h"
#include "gui/wizards/common/TokenKeyChooser.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/enroll/EnrollDraft.h"
#include "ui_EnrollCaPage.h"

#include <QButtonGroup>
#include <QDir>
#include <QFormLayout>
#include <QRadioButton>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace dwb::gui {

EnrollCaPage::EnrollCaPage(EnrollDraft *draft, RegistryClient *client, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_client(client)
    , ui(std::make_unique<Ui::EnrollCaPage>())
{
    ui->setupUi(this);
    // Where the CA key is: a file (the form's row), or a hardware token.
    m_fileRadio = new QRadioButton(tr("CA key &file"), this);
    m_fileRadio->setObjectName(u"caFileRadio"_s);
    m_tokenRadio = new QRadioButton(tr("Hardware token (&PKCS#11)"), this);
    m_tokenRadio->setObjectName(u"caTokenRadio"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_fileRadio);
    group->addButton(m_tokenRadio);
    m_fileRadio->setChecked(true);
    m_token = new TokenKeyChooser(TokenKeyChooser::Mode::ExistingKeys, this);
    m_token->setEnabled(false);
    ui->form->insertRow(0, m_fileRadio);
    ui->form->insertRow(2, m_tokenRadio);
    ui->form->insertRow(3, m_token);
    connect(m_tokenRadio, &QRadioButton::toggled, this, &EnrollCaPage::sourceChanged);
    connect(m_token, &TokenKeyChooser::keyLoaded, this, &EnrollCaPage::verifyTokenKey);
    connect(m_token, &TokenKeyChooser::changed, this, [this] {
        // Another token or key than the one checked: no match until it is checked.
        if (onToken() && m_draft->caMatch && m_draft->caKeyPath != m_token->keyUri()) {
            m_draft->caMatch.reset();
            setStatusText(ui->caStatus, {}, false);
            Q_EMIT completeChanged();
        }
    });
    FileField *caKey = ui->caKeyField;
    caKey->setup(FileField::Mode::Open, tr("CA Key"), tr("Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)"));
    caKey->lineEdit()->setObjectName(u"caKeyInput"_s);
    connect(ui->checkCaButton, &QPushButton::clicked, this, &EnrollCaPage::verify);
    connect(caKey->lineEdit(), &QLineEdit::returnPressed, this, &EnrollCaPage::verify);
    connect(caKey, &FileField::pathChanged, this, [this](const QString &) {
        m_draft->caKeyPath = ui->caKeyField->path();
        m_draft->caMatch.reset();
        setStatusText(ui->caStatus, {}, false);
        Q_EMIT completeChanged();
    });
    connect(caKey->browseButton(), &QPushButton::clicked, this, [this] {
        if (!ui->caKeyField->path().isEmpty())
            verify();
    });
}

EnrollCaPage::~EnrollCaPage() = default;

void EnrollCaPage::setCheckedKey(const QString &path)
{
    m_app = m_draft->app;
    const QSignalBlocker block(ui->caKeyField); // keeps the match handed over
    ui->caKeyField->setPath(path);
}

void EnrollCaPage::initializePage()
{
    if (m_app != m_draft->app) {
        m_app = m_draft->app;
        m_draft->caMatch.reset();
        const QString suggested = QDir(workbenchDataPath(u"keys"_s)).filePath(m_app + u"-ca.key"_s);
        if (ui->caKeyField->path().isEmpty() && QFileInfo::exists(suggested))
            ui->caKeyField->setPath(suggested);
    }
    // A key already there is checked at once (Check stays for checking again).
    if (!onToken() && !ui->caKeyField->path().isEmpty() && !m_draft->caMatch && !m_checking)
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this && !m_draft->caMatch && !m_checking && !onToken())
                verify();
        });
}

bool EnrollCaPage::onToken() const
{
    return m_tokenRadio->isChecked();
}

void EnrollCaPage::sourceChanged()
{
    const bool token = onToken();
    ui->caKeyField->setEnabled(!token);
    ui->checkCaButton->setEnabled(!token);
    m_token->setEnabled(token);
    m_draft->caMatch.reset();
    setStatusText(ui->caStatus, {}, false);
    Q_EMIT completeChanged();
    if (token && !m_token->key().isNull())
        verifyTokenKey(); // the key chosen before is checked again
}

void EnrollCaPage::verify()
{
    m_draft->caMatch.reset();
    Q_EMIT completeChanged();
    const QString path = ui->caKeyField->path();
    if (onToken() || path.isEmpty() || !m_client)
        return;
    setStatusText(ui->caStatus, tr("Looking for the matching trust anchor…"), false);
    const QString app = m_draft->app;
    m_checking = true;
    checkCaKey(this, m_client, app, path, [this, path, app](const Result<CheckedCaKey> &checked) {
        m_checking = false;
        if (onToken() || path != ui->caKeyField->path())
            return;
        showChecked(path, app, checked);
    });
}

// The token's key, loaded by the chooser: the same anchor match as a file's.
void EnrollCaPage::verifyTokenKey()
{
    m_draft->caMatch.reset();
    Q_EMIT completeChanged();
    const QString uri = m_token->keyUri();
    if (!onToken() || uri.isEmpty() || m_token->key().isNull() || !m_client)
        return;
    setStatusText(ui->caStatus, tr("Looking for the matching trust anchor…"), false);
    const QString app = m_draft->app;
    m_checking = true;
    matchCaKey(this, m_client, app, uri, m_token->key(), [this, uri, app](const Result<CheckedCaKey> &checked) {
        m_checking = false;
        if (!onToken() || uri != m_token->keyUri())
            return;
        showChecked(uri, app, checked);
    });
}

void EnrollCaPage::showChecked(const QString &path, const QString &app, const Result<CheckedCaKey> &checked)
{
    if (app != m_draft->app)
        return;
    if (!checked) {
        setStatusText(ui->caStatus, checked.error().message, true);
        Q_EMIT completeChanged();
        return;
    }
    m_draft->caKey = checked->key;
    m_draft->caKeyPassphrase = checked->passphrase->clone();
    m_draft->caKeyPath = path;
    m_draft->caMatch = checked->match;
    setStatusText(ui->caStatus, caMatchText(app, checked->match), false);
    Q_EMIT completeChanged();
}

bool EnrollCaPage::isComplete() const
{
    return m_draft->caMatch.has_value() && !m_checking;
}

} // namespace dwb::gui
