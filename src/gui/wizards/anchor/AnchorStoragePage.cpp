#include "gui/wizards/anchor/AnchorStoragePage.h"

#include "core/cloud/RegistryClient.h"
#include "gui/wizards/TrustAnchorWizard.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/anchor/AnchorDraft.h"
#include "ui_AnchorStoragePage.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dwb::gui {

AnchorStoragePage::AnchorStoragePage(AnchorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , ui(std::make_unique<Ui::AnchorStoragePage>())
{
    ui->setupUi(this);
    ui->keyOutputField->setup(FileField::Mode::Save, tr("Save the CA Key"), tr("Keys (*.key *.pem)"));
    ui->keyOutputField->lineEdit()->setObjectName(u"keyOutput"_s);
    ui->certOutputField->setup(FileField::Mode::Save, tr("Save the Anchor Certificate"),
                               tr("Certificates (*.pem *.crt)"));
    ui->certOutputField->lineEdit()->setObjectName(u"certOutput"_s);
    auto changed = [this] {
        ui->keyOutputField->setEnabled(!ui->keepKeyInPlace->isChecked() || !ui->keepKeyInPlace->isVisible());
        ui->keyPassphrase->setEnabled(ui->keyOutputField->isEnabled());
        ui->keyPassphraseRepeat->setEnabled(ui->keyOutputField->isEnabled());
        store();
        Q_EMIT completeChanged();
    };
    connect(ui->keepKeyInPlace, &QCheckBox::toggled, this, changed);
    for (QLineEdit *e : {ui->keyOutputField->lineEdit(), ui->keyPassphrase, ui->keyPassphraseRepeat,
                         ui->certOutputField->lineEdit()})
        connect(e, &QLineEdit::textChanged, this, changed);
}

AnchorStoragePage::~AnchorStoragePage() = default;

void AnchorStoragePage::store()
{
    m_draft->keepKeyInPlace = m_draft->existingKey() && ui->keepKeyInPlace->isChecked();
    m_draft->keyOutput = ui->keyOutputField->path();
    m_draft->keyPassphrase = SecretBytes::fromString(ui->keyPassphrase->text());
    m_draft->certOutput = ui->certOutputField->path();
}

void AnchorStoragePage::initializePage()
{
    const QString app = m_draft->app;
    const bool existing = m_draft->existingKey();
    ui->keepKeyInPlace->setVisible(existing);
    ui->keepKeyInPlace->setChecked(existing);
    if (ui->keyOutputField->path().isEmpty() || m_app != app) {
        ui->keyOutputField->setPath(TrustAnchorWizard::suggestedKeyPath(app));
        const QString certPath = ui->keyOutputField->path().chopped(4) + u".pem"_s;
        ui->certOutputField->setPath(QFileInfo::exists(certPath) ? QString() : certPath);
    }
    m_app = app;
    store();
    const bool writes = m_draft->writesKey();
    ui->keyOutputField->setEnabled(writes);
    ui->keyPassphrase->setEnabled(writes);
    ui->keyPassphraseRepeat->setEnabled(writes);
}

QString AnchorStoragePage::problem() const
{
    const QString keyOutput = ui->keyOutputField->path();
    const QString certOutput = ui->certOutputField->path();
    if (m_draft->writesKey()) {
        if (keyOutput.isEmpty())
            return tr("Choose a file for the CA key.");
        if (QFileInfo::exists(keyOutput))
            return tr("%1 exists already: choose another file (nothing is overwritten).").arg(keyOutput);
        if (ui->keyPassphrase->text() != ui->keyPassphraseRepeat->text())
            return tr("The two passphrases differ.");
    }
    if (!certOutput.isEmpty() && QFileInfo::exists(certOutput))
        return tr("%1 exists already: choose another file for the anchor certificate, or none.").arg(certOutput);
    return {};
}

bool AnchorStoragePage::isComplete() const
{
    const QString why = problem();
    setStatusText(ui->storageStatus, why, true);
    return why.isEmpty();
}

} // namespace dwb::gui
