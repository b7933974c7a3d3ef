#include "gui/renewal/RenewSetupPage.h"

#include "core/ledger/LedgerRecord.h"
#include "gui/renewal/RenewDraft.h"
#include "gui/wizards/WizardWidgets.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

RenewSetupPage::RenewSetupPage(RenewDraft *draft, RegistryClient *client, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_client(client)
    , m_devices(new QLabel(this))
    , m_caStatus(new QLabel(this))
    , m_caKey(new FileField(FileField::Mode::Open, tr("CA Key"),
                            tr("Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)"), this))
    , m_out(new FileField(FileField::Mode::Folder, tr("Output Folder"), {}, this))
    , m_newKey(new QCheckBox(tr("Make a &new key for each device (the old key file is kept)"), this))
    , m_days(new QSpinBox(this))
{
    setTitle(tr("Renew Certificates"));
    setSubTitle(tr("Each device gets a new certificate with the same subject, so its alias stays as it is. By "
                   "default the certificate is for the key the device has now."));
    m_devices->setObjectName(u"renewDevices"_s);
    m_devices->setWordWrap(true);
    m_devices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caKey->lineEdit()->setObjectName(u"renewCaKey"_s);
    m_caKey->lineEdit()->setAccessibleName(tr("CA key file"));
    m_caStatus->setObjectName(u"renewCaStatus"_s);
    m_caStatus->setWordWrap(true);
    auto *checkButton = new QPushButton(tr("C&heck"), this);
    checkButton->setObjectName(u"renewCheckCaButton"_s);
    checkButton->setToolTip(tr("Check the CA key against the application's trust anchors"));
    m_out->lineEdit()->setObjectName(u"renewOutput"_s);
    m_out->lineEdit()->setAccessibleName(tr("Output folder"));
    m_newKey->setObjectName(u"renewNewKey"_s);
    m_days->setObjectName(u"renewDays"_s);
    m_days->setRange(1, 36500);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Lifetime of the new certificates"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caKey, 1);
    caRow->addWidget(checkButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Devices:"), m_devices);
    auto *caLabel = new QLabel(tr("&CA key:"), this);
    caLabel->setBuddy(m_caKey->lineEdit()); // a row of a layout has no buddy by itself
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_caStatus);
    form->addRow(tr("Keys:"), m_newKey);
    form->addRow(tr("&Lifetime:"), m_days);
    form->addRow(tr("&Output folder:"), m_out);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addStretch(1);

    connect(checkButton, &QPushButton::clicked, this, &RenewSetupPage::check);
    connect(m_caKey->lineEdit(), &QLineEdit::returnPressed, this, &RenewSetupPage::check);
    connect(m_caKey->browseButton(), &QPushButton::clicked, this, [this] {
        if (!m_caKey->path().isEmpty())
            check();
    });
    connect(m_caKey, &FileField::pathChanged, this, [this] {
        m_draft->ca.reset();
        setStatusText(m_caStatus, {}, false);
        Q_EMIT completeChanged();
    });
    connect(m_out, &FileField::pathChanged, this, &QWizardPage::completeChanged);
    chainTabOrder({m_caKey, checkButton, m_newKey, m_days, m_out});
}

void RenewSetupPage::initializePage()
{
    const QStringList &d = m_draft->devices;
    QStringList shown = d.mid(0, 20);
    QString text = shown.join(u", "_s);
    if (d.size() > shown.size())
        text = tr("%1 and %n more", nullptr, int(d.size() - shown.size())).arg(text);
    m_devices->setText(tr("%n device(s) of '%1': %2", nullptr, int(d.size())).arg(m_draft->app, text));
    m_days->setValue(m_draft->days);
    m_newKey->setChecked(m_draft->newKey);
    if (m_out->path().isEmpty())
        // A folder of its own per renewal (its record of what is done
        // belongs to this run: Resume finishes it).
        m_out->setPath(workbenchDataPath(u"devices/%1/renew-%2"_s.arg(
            m_draft->app, QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s))));
    if (m_caKey->path().isEmpty()) {
        const QString suggested = QDir(workbenchDataPath(u"keys"_s)).filePath(m_draft->app + u"-ca.key"_s);
        if (!m_draft->rotation && QFileInfo::exists(suggested))
            setCaKeyPath(suggested);
    }
}

void RenewSetupPage::setCaKeyPath(const QString &path)
{
    m_caKey->setPath(path);
    check();
}

void RenewSetupPage::check()
{
    m_draft->ca.reset();
    Q_EMIT completeChanged();
    const QString path = m_caKey->path();
    if (path.isEmpty())
        return;
    setStatusText(m_caStatus, tr("Looking for the matching trust anchor…"), false);
    m_checking = true;
    const QString app = m_draft->app;
    checkCaKey(this, m_client, app, path, [this, path, app](const Result<CheckedCaKey> &checked) {
        m_checking = false;
        if (path != m_caKey->path())
            return;
        if (!checked) {
            setStatusText(m_caStatus, checked.error().message, true);
        } else if (m_draft->rotation
                   && LedgerRecord::fromCertificate(checked->match.certificate).fingerprint
                          == m_draft->oldAnchorFingerprint) {
            setStatusText(m_caStatus,
                          tr("This key belongs to the anchor being retired. Choose the new anchor's CA key."), true);
        } else {
            m_draft->ca = *checked;
            setStatusText(m_caStatus, caMatchText(app, checked->match), false);
        }
        Q_EMIT completeChanged();
    });
}

bool RenewSetupPage::isComplete() const
{
    return m_draft->ca.has_value() && !m_checking && !m_out->path().isEmpty() && !m_draft->devices.isEmpty();
}

bool RenewSetupPage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft->newKey = m_newKey->isChecked();
    m_draft->days = m_days->value();
    m_draft->outDir = QDir::cleanPath(m_out->path());
    m_draft->plan.reset();
    return true;
}

} // namespace dwb::gui
