#include "gui/renewal/RenewReviewPage.h"

#include "gui/common/Icons.h"
#include "gui/renewal/RenewDraft.h"
#include "gui/wizards/WizardWidgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace dwb::gui {

RenewReviewPage::RenewReviewPage(RenewDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setTitle(tr("Review the Renewal"));
    setCommitPage(true);
    m_summary->setObjectName(u"renewSummary"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"renewPlanTree"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Device"), tr("Now valid until"), tr("New certificate for")});
    m_tree->setAccessibleName(tr("Devices to renew"));
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_summary);
    lay->addWidget(m_tree, 1);
}

void RenewReviewPage::initializePage()
{
    m_tree->clear();
    if (!m_draft->plan)
        return;
    const RenewPlan &plan = *m_draft->plan;
    const QLocale l;
    for (const RenewalDevice &d : plan.devices) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setIcon(0, icon(u"certificate"_s));
        item->setText(0, d.device);
        item->setText(1, l.toString(d.replaces.notAfter.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, (d.newKey ? tr("a new key: %1") : tr("the same key: %1")).arg(nativePath(d.keyFile)));
    }
    for (const RenewProblem &p : plan.problems) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setIcon(0, icon(u"warning"_s));
        item->setText(0, p.device);
        item->setText(1, tr("not renewed"));
        item->setText(2, p.reason);
        item->setToolTip(2, p.reason);
    }
    for (int c = 0; c < 2; ++c)
        m_tree->resizeColumnToContents(c);
    QString text = tr("%n device(s) will get a new certificate under trust anchor #%1 (%2), valid for %3 days; "
                      "the files go to %4.",
                      nullptr, int(plan.devices.size()))
                       .arg(m_draft->ca ? m_draft->ca->match.index : -1)
                       .arg(m_draft->ca ? m_draft->ca->match.certificate.subjectString() : QString())
                       .arg(m_draft->days)
                       .arg(nativePath(m_draft->outDir));
    if (!plan.problems.isEmpty())
        text += u' ' + tr("%n device(s) cannot be renewed (see why below).", nullptr, int(plan.problems.size()));
    if (plan.devices.isEmpty())
        text = tr("No device can be renewed: see why below. Back leads to the choices.");
    m_summary->setText(text);
    setButtonText(QWizard::CommitButton, tr("&Renew %n Device(s)", nullptr, int(plan.devices.size())));
    Q_EMIT completeChanged();
}

bool RenewReviewPage::isComplete() const
{
    return m_draft->plan && !m_draft->plan->devices.isEmpty();
}

} // namespace dwb::gui
