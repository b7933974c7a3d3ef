#include "gui/wizards/anchor/AnchorResultPage.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Inspection.h"
#include "core/token/Pkcs11Uri.h"
#include "gui/wizards/TrustAnchorWizard.h"
#include "gui/wizards/WizardWidgets.h"
#include "ui_AnchorResultPage.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dwb::gui {

AnchorResultPage::AnchorResultPage(TrustAnchorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , ui(std::make_unique<Ui::AnchorResultPage>())
{
    ui->setupUi(this);
    connect(ui->enrollDeviceButton, &QPushButton::clicked, this, [this] {
        const AnchorJob *job = m_wizard->job();
        if (!job || !job->isFinished() || !job->result().ok())
            return;
        const AnchorOutcome outcome = *job->result();
        Q_EMIT m_wizard->enrollDeviceRequested(outcome);
        m_wizard->accept();
    });
}

AnchorResultPage::~AnchorResultPage() = default;

void AnchorResultPage::initializePage()
{
    const AnchorJob *job = m_wizard->job();
    const bool ok = job && job->isFinished() && job->result().ok();
    ui->enrollDeviceButton->setEnabled(ok && !job->result()->keyPath.isEmpty());
    if (!ok)
        return;
    const AnchorOutcome &o = *job->result();
    const QLocale l;
    QString html = u"<table cellspacing='6'>"_s;
    html += htmlRow(tr("Application:"), o.app);
    html += htmlRow(tr("Anchor:"), tr("#%1").arg(o.index));
    html += htmlRow(tr("Subject:"), o.anchor.subjectString());
    html += htmlRow(tr("Valid:"), tr("%1 to %2").arg(l.toString(o.anchor.notBefore().toLocalTime(), QLocale::ShortFormat),
                                                     l.toString(o.anchor.notAfter().toLocalTime(), QLocale::ShortFormat)));
    html += htmlRow(tr("Key:"), inspectKey(o.anchor.publicKey()).keyType);
    if (Pkcs11Uri::looksLike(o.keyPath)) // on a token: its URI, no file
        html += htmlRow(tr("CA key on the token:"), o.keyPath);
    else
        html += htmlRow(tr("CA key file:"), o.keyPath.isEmpty() ? tr("(not written)") : nativePath(o.keyPath));
    if (!o.certPath.isEmpty())
        html += htmlRow(tr("Anchor certificate:"), nativePath(o.certPath));
    html += u"</table><p>"_s
        + tr("Devices of '%1' can now be enrolled with this CA key (Registry › Enroll Device…).").arg(o.app).toHtmlEscaped()
        + u"</p>"_s;
    ui->resultText->setText(html);
}

} // namespace dwb::gui
