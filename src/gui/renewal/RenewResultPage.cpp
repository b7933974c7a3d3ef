#include "gui/renewal/RenewResultPage.h"

#include "core/enrollment/BatchEnrollJob.h"
#include "gui/renewal/RenewDraft.h"
#include "gui/renewal/RenewWizard.h"
#include "gui/wizards/WizardWidgets.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

RenewResultPage::RenewResultPage(RenewDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_text(new QLabel(this))
{
    setTitle(tr("Certificates Renewed"));
    m_text->setObjectName(u"renewResult"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_text);
    lay->addStretch(1);
}

void RenewResultPage::initializePage()
{
    const int renewed = m_job ? m_job->result().enrolled + m_job->result().skipped : 0;
    QString html = u"<p>"_s
        + tr("✔ %n device(s) of '%1' have a new certificate with the same subject, registered with the server and "
             "recorded in the ledger as the renewal of the old one.",
             nullptr, renewed)
              .arg(m_draft->app.toHtmlEscaped())
        + u"</p><table>"_s;
    html += htmlRow(tr("Files:"), nativePath(m_draft->outDir));
    if (m_draft->ca)
        html += htmlRow(tr("Issued under:"), tr("trust anchor #%1 (%2)")
                                                 .arg(m_draft->ca->match.index)
                                                 .arg(m_draft->ca->match.certificate.subjectString()));
    html += htmlRow(tr("Keys:"), m_draft->newKey ? tr("new keys, next to the certificates (0600); the old key files "
                                                      "are kept")
                                                 : tr("the devices' keys as they were"));
    html += u"</table>"_s;
    if (m_draft->rotation)
        html += u"<p>"_s + tr("Next: remove the old anchor.") + u"</p>"_s;
    else
        html += u"<p>"_s + tr("Load the new certificates onto the devices: the old ones stay valid until they expire.")
            + u"</p>"_s;
    m_text->setText(html);
}

int RenewResultPage::nextId() const
{
    return m_draft->rotation ? RenewWizard::RetirePageId : -1;
}

} // namespace dwb::gui
