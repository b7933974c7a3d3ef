#include "gui/renewal/RotateStartPage.h"

#include "core/cloud/RegistryClient.h"
#include "core/ledger/AnchorDependents.h"
#include "core/ledger/Ledger.h"
#include "gui/common/Async.h"
#include "gui/common/Icons.h"
#include "gui/renewal/RenewDraft.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/RenewPlanJob.h"
#include "gui/renewal/RenewWizard.h"
#include "gui/wizards/WizardWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
// The anchors as certificates (an unreadable one stays a row).
Result<Certificate> anchorAt(const Application &app, int i)
{
    return Certificate::fromPem(app.trustAnchorPems().value(i));
}
} // namespace

RotateStartPage::RotateStartPage(RenewDraft *draft, RegistryClient *client, int anchorIndex, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_client(client)
    , m_initialIndex(anchorIndex)
    , m_tree(new QTreeWidget(this))
    , m_dependents(new QLabel(this))
    , m_status(new QLabel(this))
    , m_create(new QPushButton(icon(u"certificate"_s), tr("&Create New Anchor…"), this))
{
    setTitle(tr("Rotate a Trust Anchor"));
    setSubTitle(tr("1. Add a new anchor next to the old one. 2. Renew the devices still on the old anchor under the "
                   "new one. 3. Remove the old anchor. Drogue accepts both anchors meanwhile, so no device is locked "
                   "out."));
    m_tree->setObjectName(u"rotateAnchorTree"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({u"#"_s, tr("Subject"), tr("Valid until"), tr("Devices on it")});
    m_tree->setAccessibleName(tr("The application's trust anchors: select the one to retire"));
    m_dependents->setObjectName(u"rotateDependents"_s);
    m_dependents->setWordWrap(true);
    m_dependents->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_create->setObjectName(u"rotateCreateAnchorButton"_s);
    m_create->setToolTip(tr("Open the trust anchor wizard for this application: the new anchor is added next to the "
                            "old one"));
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(new QLabel(tr("The anchor to retire:"), this));
    lay->addWidget(m_tree, 1);
    lay->addWidget(m_dependents);
    auto *row = new QHBoxLayout;
    row->addWidget(m_create);
    row->addStretch(1);
    lay->addLayout(row);
    lay->addWidget(m_status);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RotateStartPage::selectionChanged);
    connect(m_create, &QPushButton::clicked, this, &RotateStartPage::createAnchorRequested);
}

void RotateStartPage::initializePage()
{
    if (!m_loaded)
        reload();
}

void RotateStartPage::reload()
{
    if (!m_client)
        return;
    setStatusText(m_status, tr("Reading application '%1'…").arg(m_draft->app), false);
    onFinished(this, m_client->getApp(m_draft->app), [this](const Result<Application> &r) {
        if (!r) {
            setStatusText(m_status, tr("Could not read application '%1': %2").arg(m_draft->app, r.error().message),
                          true);
            return;
        }
        setStatusText(m_status, {}, false);
        showApplication(*r);
    });
}

void RotateStartPage::showApplication(const Application &app)
{
    const QString selected = m_draft->oldAnchorFingerprint;
    m_app = app;
    m_loaded = true;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const QLocale l;
    QTreeWidgetItem *current = nullptr;
    // One read of the ledger for every row's count.
    auto ledger = Ledger::open(Ledger::defaultPath());
    for (int i = 0; i < app.trustAnchorPems().size(); ++i) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, QString::number(i));
        auto cert = anchorAt(app, i);
        if (!cert) {
            item->setText(1, tr("(not a certificate)"));
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            continue;
        }
        const QString fp = LedgerRecord::fromCertificate(*cert).fingerprint;
        item->setData(0, Qt::UserRole, fp);
        item->setText(1, cert->subjectString());
        item->setText(2, l.toString(cert->notAfter().toLocalTime(), QLocale::ShortFormat));
        const auto deps = ledger ? anchorDependents(**ledger, m_draft->context, m_draft->app, fp)
                                 : Result<QList<LedgerRecord>>(ledger.error());
        item->setText(3, deps ? QString::number(deps->size()) : tr("unknown"));
        if ((!selected.isEmpty() && fp == selected) || (selected.isEmpty() && i == m_initialIndex))
            current = item;
    }
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(0);
    m_tree->setCurrentItem(current);
    selectionChanged();
}

void RotateStartPage::selectionChanged()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    m_draft->devices.clear();
    m_draft->oldAnchorFingerprint.clear();
    if (item) {
        const int i = item->text(0).toInt();
        m_draft->oldAnchorPem = m_app.trustAnchorPems().value(i);
        m_draft->oldAnchorFingerprint = item->data(0, Qt::UserRole).toString();
        m_draft->oldAnchorSubject = item->text(1);
    }
    if (m_draft->oldAnchorFingerprint.isEmpty()) {
        m_dependents->clear();
    } else if (auto deps = oldAnchorDependents(*m_draft); !deps) {
        m_dependents->setText(tr("The ledger could not be read: %1").arg(deps.error().message));
    } else {
        for (const LedgerRecord &r : *deps)
            m_draft->devices << r.device;
        m_dependents->setText(
            deps->isEmpty()
                ? tr("No device in the ledger depends on this anchor any more: it can be removed.")
                : tr("%n device(s) in the ledger still depend on this anchor: %1.", nullptr, int(deps->size()))
                      .arg(describeDependents(*deps)));
    }
    const bool another = m_app.trustAnchorPems().size() >= 2;
    if (!another && item)
        setStatusText(m_status, tr("The application has no other anchor yet: create the new one first."), false);
    Q_EMIT completeChanged();
}

bool RotateStartPage::isComplete() const
{
    return m_loaded && !m_draft->oldAnchorFingerprint.isEmpty()
           && (m_app.trustAnchorPems().size() >= 2 || m_draft->devices.isEmpty());
}

bool RotateStartPage::validatePage()
{
    return isComplete();
}

int RotateStartPage::nextId() const
{
    return m_draft->devices.isEmpty() ? RenewWizard::RetirePageId : RenewWizard::SetupPageId;
}

} // namespace dwb::gui
