#include "gui/wizards/EnrollWizard.h"

#include "core/cloud/RegistryClient.h"
#include "core/util/Job.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/common/ApplicationPage.h"
#include "gui/wizards/common/JobProgressPage.h"
#include "gui/wizards/common/SummaryPage.h"
#include "gui/wizards/enroll/BatchProgress.h"
#include "gui/wizards/enroll/EnrollCaPage.h"
#include "gui/wizards/enroll/EnrollDevicePage.h"
#include "gui/wizards/enroll/EnrollDraft.h"
#include "gui/wizards/enroll/EnrollKeyPage.h"
#include "gui/wizards/enroll/EnrollOutputPage.h"
#include "gui/wizards/enroll/EnrollResultPage.h"
#include "gui/wizards/enroll/EnrollSummary.h"
#include "gui/wizards/enroll/RegisterCertificatePage.h"

#include <QAbstractButton>
#include <QDir>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace dwb::gui {

EnrollWizard::EnrollWizard(RegistryClient *client, const QString &app, const QString &device, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_draft(std::make_unique<EnrollDraft>())
{
    setObjectName(u"enrollWizard"_s);
    setWindowTitle(tr("Enroll Device"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    EnrollDraft *draft = m_draft.get();
    m_appPage = new ApplicationPage(client, app, false, this);
    m_appPage->setSubTitle(tr("The application the device belongs to, and its trust anchors."));
    setPage(AppPageId, m_appPage);
    setPage(DevicePageId, new EnrollDevicePage(draft, client, device, this));
    m_caPage = new EnrollCaPage(draft, client, this);
    setPage(CaPageId, m_caPage);
    setPage(KeyPageId, new EnrollKeyPage(draft, this));
    setPage(OutputPageId, new EnrollOutputPage(draft, this));
    setPage(SummaryPageId, new SummaryPage([this] {
        if (m_draft->isBatch())
            return SummaryPage::Content{summaryText(), tr("Check, then enroll the devices."), tr("&Enroll Devices")};
        return SummaryPage::Content{summaryText(), tr("Check, then enroll the device."), tr("&Enroll")};
    }, this));
    m_progress = new JobProgressPage([this](QObject *owner) { return makeJob(owner); }, this);
    m_progress->setTitle(tr("Enrolling the Device"));
    m_progress->setSubTitle(tr("Key and certificate are written first; then the device is registered with its alias."));
    connect(m_progress, &JobProgressPage::jobStarted, this, [this] {
        if (m_draft->isBatch() && m_batch)
            showBatchProgress(m_progress, m_batch, int(m_draft->list.devices.size()), m_draft->fromRequests);
    });
    connect(m_progress, &JobProgressPage::jobSucceeded, this, [this] {
        if (m_draft->isBatch()) {
            if (m_batch && m_batch->result().enrolled > 0)
                Q_EMIT devicesEnrolled(m_draft->app, m_batch->result().enrolled);
        } else if (m_job) {
            Q_EMIT deviceEnrolled(m_job->result()->app, m_job->result()->device);
        }
    });
    setPage(ProgressPageId, m_progress);
    setPage(ResultPageId, new EnrollResultPage(draft, this));
    setPage(RegisterPageId, new RegisterCertificatePage(draft, client, this));
    resize(720, 540);
}

EnrollWizard::~EnrollWizard() = default;

void EnrollWizard::initializePage(int id)
{
    // The pages after the first read the application from the draft.
    m_draft->app = applicationName();
    m_draft->application = m_appPage->application();
    QWizard::initializePage(id);
}

ApplicationPage *EnrollWizard::applicationPage() const
{
    return m_appPage;
}

QString EnrollWizard::applicationName() const
{
    return m_appPage->applicationName();
}

QString EnrollWizard::deviceName() const
{
    return m_draft->device;
}

bool EnrollWizard::isRegistering() const
{
    return m_draft->isRegistering();
}

bool EnrollWizard::isBatch() const
{
    return m_draft->isBatch();
}

const DeviceList &EnrollWizard::deviceList() const
{
    return m_draft->list;
}

QString EnrollWizard::suggestedBatchDir(const QString &app)
{
    return workbenchDataPath(u"devices/"_s + app + u"/batch"_s);
}

QString EnrollWizard::suggestedOutputDir(const QString &app)
{
    return workbenchDataPath(u"devices/"_s + app);
}

BatchOptions EnrollWizard::batchOptions() const
{
    return dwb::gui::batchOptions(*m_draft);
}

EnrollRequest EnrollWizard::request() const
{
    return enrollRequest(*m_draft);
}

QString EnrollWizard::summaryText() const
{
    return enrollSummary(*m_draft);
}

void EnrollWizard::useCaKey(const QString &path, const PrivateKey &key, const SecretBytes &passphrase,
                            const AnchorMatch &match)
{
    m_draft->app = applicationName();
    m_caPage->setCheckedKey(path);
    m_draft->caKeyPath = path;
    m_draft->caKey = key;
    m_draft->caKeyPassphrase = passphrase.clone();
    m_draft->caMatch = match;
    m_draft->caKeyGiven = true;
    m_appPage->initializePage();
    setStartId(DevicePageId);
}

int EnrollWizard::nextId() const
{
    switch (currentId()) {
    case DevicePageId:
        // Registering an existing certificate: no CA key, key or files pages.
        if (m_draft->isRegistering())
            return RegisterPageId;
        // The CA key handed over with its anchor needs no page of its own (the summary shows it).
        return m_draft->caKeyGiven && m_draft->caMatch ? KeyPageId : CaPageId;
    case KeyPageId:
        return m_draft->source == EnrollRequest::Source::ExistingCertificate ? SummaryPageId : OutputPageId;
    case RegisterPageId:
        return SummaryPageId;
    case ResultPageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

Result<Job *> EnrollWizard::makeJob(QObject *parent)
{
    if (m_draft->isBatch())
        return makeBatchJob(parent);
    m_progress->setTitle(tr("Enrolling the Device"));
    m_progress->setSubTitle(tr("Key and certificate are written first; then the device is registered with its alias."));
    m_progress->setFailedText(tr("The device was not enrolled."));
    m_progress->setRetryable(false);
    m_job = new EnrollJob(m_client, request(), parent);
    return m_job.data();
}

// The batch job: keys and certificates on its own thread pool, requests
// from the client's thread; the progress page only shows its progress.
Result<Job *> EnrollWizard::makeBatchJob(QObject *parent)
{
    m_progress->setTitle(tr("Enrolling the Devices"));
    m_progress->setSubTitle(tr("Keys and certificates are made on all cores and written first; then each device is "
                               "registered with its alias. The folder records what is done."));
    m_progress->setFailedText(tr("The devices were not enrolled."));
    m_progress->setRetryable(true, tr("Run the batch again: what is done is skipped, the rest is finished"));
    if (m_draft->fromRequests) {
        // The folder of requests: the job reads and judges it again (every
        // problem at once, before anything is signed), as dwb enroll-batch --csr-dir.
        m_progress->setSubTitle(tr("Each board's certificate is made for the key of its request, on all cores, and "
                                   "written first; then each device is registered with its alias. The keys stay on "
                                   "the boards. The folder records what is done."));
        auto *job = new BatchEnrollJob(batchOptions(), m_client, parent);
        m_batch = job;
        return static_cast<Job *>(job);
    }
    // The list as checked on the device page, in a file for the job.
    m_listFile = std::make_unique<QTemporaryFile>(QDir::temp().filePath(
        m_draft->list.csv ? u"dwb-devices-XXXXXX.csv"_s : u"dwb-devices-XXXXXX.txt"_s));
    const QByteArray &data = m_draft->listData;
    if (!m_listFile->open() || m_listFile->write(data) != data.size() || !m_listFile->flush())
        return Error(ErrorCode::Io, tr("Cannot write the device list to %1: %2")
                                        .arg(nativePath(m_listFile->fileName()), m_listFile->errorString()));
    BatchOptions options = batchOptions();
    options.deviceListFile = m_listFile->fileName();
    auto *job = new BatchEnrollJob(std::move(options), m_client, parent);
    m_batch = job;
    return static_cast<Job *>(job);
}

void EnrollWizard::reject()
{
    if (m_job && m_job->isRunning()) {
        const bool registering = m_job->isRegistering();
        m_job->cancel();
        // Files are written and the server may still register the device: the
        // page says so and names the files; Cancel again closes.
        if (registering)
            return;
    }
    if (m_batch && m_batch->isRunning()) {
        // Closes once the job has stopped: its record of what is done stays complete.
        connect(m_batch, &Job::finished, this, [this] { QWizard::reject(); }, Qt::SingleShotConnection);
        m_batch->cancel();
        if (QAbstractButton *b = button(QWizard::CancelButton))
            b->setEnabled(false);
        m_progress->setStepText(tr("Stopping…"));
        return;
    }
    QWizard::reject();
}

} // namespace dwb::gui
