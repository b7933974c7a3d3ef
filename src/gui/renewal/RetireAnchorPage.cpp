#include "gui/renewal/RetireAnchorPage.h"

#include "core/cloud/RegistryClient.h"
#include "core/ledger/AnchorDependents.h"
#include "gui/common/Async.h"
#include "gui/common/Icons.h"
#include "gui/common/Prompts.h"
#include "gui/renewal/RenewDraft.h"
#include "gui/wizards/WizardWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

RetireAnchorPage::RetireAnchorPage(RenewDraft *draft, RegistryClient *client, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_client(client)
    , m_text(new QLabel(this))
    , m_status(new QLabel(this))
    , m_remove(new QPushButton(icon(u"delete"_s), tr("&Remove Old Anchor…"), this))
{
    setTitle(tr("Retire the Old Anchor"));
    setSubTitle(tr("Once no device depends on the old anchor, remove it: a device still on it can no longer log in."));
    m_text->setObjectName(u"retireText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"retireStatus"_s);
    m_status->setWordWrap(true);
    m_remove->setObjectName(u"removeOldAnchorButton"_s);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_text);
    auto *row = new QHBoxLayout;
    row->addWidget(m_remove);
    row->addStretch(1);
    lay->addLayout(row);
    lay->addWidget(m_status);
    lay->addStretch(1);
    connect(m_remove, &QPushButton::clicked, this, &RetireAnchorPage::remove);
}

void RetireAnchorPage::initializePage()
{
    auto deps = oldAnchorDependents(*m_draft);
    m_dependents = deps ? int(deps->size()) : -1;
    m_dependentNames = deps ? describeDependents(*deps) : QString();
    QString text = tr("Old anchor: %1.").arg(m_draft->oldAnchorSubject) + u' ';
    if (!deps)
        text += tr("The ledger could not be read (%1), so it is not known which devices still use it.")
                    .arg(deps.error().message);
    else if (deps->isEmpty())
        text += tr("No device in the ledger depends on it any more.");
    else
        text += tr("%n device(s) in the ledger still depend on it: %1. Renew them first, or they will be locked out.",
                   nullptr, m_dependents)
                    .arg(m_dependentNames);
    m_text->setText(text);
    m_remove->setEnabled(!m_removed);
}

void RetireAnchorPage::remove()
{
    QString question = tr("Remove the old trust anchor (%1) from application '%2'?")
                           .arg(m_draft->oldAnchorSubject, m_draft->app);
    if (m_dependents > 0)
        question += u"\n\n"_s
            + tr("%n device(s) still depend on it and will no longer be able to log in: %1.", nullptr, m_dependents)
                  .arg(m_dependentNames);
    else if (m_dependents < 0)
        question += u"\n\n"_s + tr("The ledger could not be read: devices may still depend on it.");
    if (!Prompts::confirm(this, tr("Remove Trust Anchor"), question,
                          m_dependents > 0 ? tr("&Remove Anyway") : tr("&Remove")))
        return;
    m_busy = true;
    m_remove->setEnabled(false);
    Q_EMIT completeChanged();
    setStatusText(m_status, tr("Removing the old anchor…"), false);
    const QByteArray pem = m_draft->oldAnchorPem;
    onFinished(this, m_client->modifyApp(m_draft->app, [pem](Application &a) -> Status {
        if (!a.removeTrustAnchorPem(pem))
            return Error(ErrorCode::NotFound, tr("The old anchor was removed already."));
        return {};
    }),
               [this](const Result<Application> &changed) {
                   m_busy = false;
                   Q_EMIT completeChanged();
                   if (!changed) {
                       m_remove->setEnabled(true);
                       setStatusText(m_status, tr("The anchor was not removed: %1").arg(changed.error().message),
                                     true);
                       return;
                   }
                   m_removed = true;
                   setStatusText(m_status,
                                 tr("✔ The old anchor was removed from '%1'; %n anchor(s) remain.", nullptr,
                                    int(changed->trustAnchorPems().size()))
                                     .arg(m_draft->app),
                                 false);
                   Q_EMIT anchorRemoved();
               });
}

} // namespace dwb::gui
