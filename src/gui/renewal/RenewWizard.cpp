#include "gui/renewal/RenewWizard.h"

#include "core/cloud/RegistryClient.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/RenewPlanJob.h"
#include "gui/renewal/RenewDraft.h"
#include "gui/renewal/RenewResultPage.h"
#include "gui/renewal/RenewReviewPage.h"
#include "gui/renewal/RenewSetupPage.h"
#include "gui/renewal/RetireAnchorPage.h"
#include "gui/renewal/RotateStartPage.h"
#include "gui/wizards/common/JobProgressPage.h"
#include "gui/wizards/enroll/BatchProgress.h"

#include <QAbstractButton>

using namespace Qt::StringLiterals;

namespace dwb::gui {

RenewWizard::RenewWizard(RegistryClient *client, const QString &app, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_draft(std::make_unique<RenewDraft>())
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_draft->app = app;
    m_draft->context = client ? LedgerUse().contextFor(false, client->settings().contextName) : QString();
    resize(760, 560);
}

RenewWizard::RenewWizard(RegistryClient *client, const QString &app, const QStringList &devices, QWidget *parent)
    : RenewWizard(client, app, parent)
{
    setObjectName(u"renewWizard"_s);
    setWindowTitle(tr("Renew Certificates"));
    m_draft->devices = devices;
    addRenewalPages();
}

RenewWizard::RenewWizard(RegistryClient *client, const QString &app, int anchorIndex, QWidget *parent)
    : RenewWizard(client, app, parent)
{
    setObjectName(u"rotateAnchorWizard"_s);
    setWindowTitle(tr("Rotate Trust Anchor"));
    m_draft->rotation = true;
    m_rotate = new RotateStartPage(m_draft.get(), client, std::max(anchorIndex, 0), this);
    connect(m_rotate, &RotateStartPage::createAnchorRequested, this, [this] {
        Q_EMIT createAnchorRequested(m_draft->app);
    });
    setPage(RotatePageId, m_rotate);
    addRenewalPages();
    m_retire = new RetireAnchorPage(m_draft.get(), client, this);
    connect(m_retire, &RetireAnchorPage::anchorRemoved, this, [this] { Q_EMIT anchorRemoved(m_draft->app); });
    setPage(RetirePageId, m_retire);
    setStartId(RotatePageId);
}

RenewWizard::~RenewWizard() = default;

BatchEnrollJob *RenewWizard::batchJob() const
{
    return m_batch.data();
}

bool RenewWizard::isRotation() const
{
    return m_draft->rotation;
}

void RenewWizard::addRenewalPages()
{
    m_setup = new RenewSetupPage(m_draft.get(), m_client, this);
    setPage(SetupPageId, m_setup);

    m_planPage = new JobProgressPage([this](QObject *owner) -> Result<Job *> {
        RenewPlanRequest request;
        request.ledger.source = u"renew"_s;
        request.selection.application = m_draft->app;
        request.selection.context = m_draft->context;
        request.selection.devices = m_draft->devices;
        request.selection.newKey = m_draft->newKey;
        request.selection.outDir = m_draft->outDir;
        auto *job = new RenewPlanJob(std::move(request), owner);
        m_plan = job;
        return static_cast<Job *>(job);
    }, this);
    m_planPage->setTitle(tr("Planning the Renewal"));
    m_planPage->setSubTitle(tr("Each device's current certificate and key are looked up in the ledger."));
    m_planPage->setFailedText(tr("The renewal could not be planned."));
    connect(m_planPage, &JobProgressPage::jobSucceeded, this, [this] {
        if (m_plan && m_plan->result())
            m_draft->plan = *m_plan->result();
    });
    setPage(PlanPageId, m_planPage);
    setPage(ReviewPageId, new RenewReviewPage(m_draft.get(), this));

    m_batchPage = new JobProgressPage([this](QObject *owner) -> Result<Job *> {
        if (!m_draft->plan || !m_draft->ca)
            return Error(ErrorCode::InvalidArgument, tr("Nothing to renew."));
        BatchOptions o;
        o.app = m_draft->app;
        o.caKeyFile = m_draft->ca->path;
        o.caKeyPassphrase = m_draft->ca->passphrase->clone();
        o.outDir = m_draft->outDir;
        o.days = m_draft->days;
        o.renewal = m_draft->plan->devices;
        o.ledger.source = u"renew"_s;
        auto *job = new BatchEnrollJob(std::move(o), m_client, owner);
        m_batch = job;
        m_result->setJob(job);
        return static_cast<Job *>(job);
    }, this);
    m_batchPage->setTitle(tr("Renewing the Certificates"));
    m_batchPage->setSubTitle(tr("Each certificate is made and written first; then the device is updated on the "
                                "server (its alias stays). The folder records what is done."));
    m_batchPage->setFailedText(tr("Not every certificate was renewed."));
    m_batchPage->setRetryable(true, tr("Run the renewal again: what is done is skipped, the rest is finished"));
    connect(m_batchPage, &JobProgressPage::jobStarted, this, [this] {
        if (m_batch && m_draft->plan)
            showBatchProgress(m_batchPage, m_batch, int(m_draft->plan->devices.size()));
    });
    connect(m_batchPage, &JobProgressPage::jobSucceeded, this, [this] {
        if (m_batch)
            Q_EMIT certificatesRenewed(m_draft->app, m_batch->result().enrolled + m_batch->result().skipped);
    });
    setPage(BatchPageId, m_batchPage);
    m_result = new RenewResultPage(m_draft.get(), this);
    setPage(ResultPageId, m_result);
}

void RenewWizard::useNewAnchorKey(const QString &keyPath)
{
    if (m_rotate)
        m_rotate->reload();
    if (m_setup && !keyPath.isEmpty())
        m_setup->setCaKeyPath(keyPath);
}

void RenewWizard::reject()
{
    for (Job *job : {static_cast<Job *>(m_plan.data()), static_cast<Job *>(m_batch.data())}) {
        if (job && job->isRunning()) {
            // Closes once the job has stopped: the batch's record of what is done stays complete.
            connect(job, &Job::finished, this, [this] { QWizard::reject(); }, Qt::SingleShotConnection);
            job->cancel();
            if (QAbstractButton *b = button(QWizard::CancelButton))
                b->setEnabled(false);
            return;
        }
    }
    QWizard::reject();
}

} // namespace dwb::gui
