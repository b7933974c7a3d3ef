#include "gui/wizards/TrustAnchorWizard.h"

#include "core/cloud/RegistryClient.h"
#include "core/util/Job.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/anchor/AnchorDraft.h"
#include "gui/wizards/anchor/AnchorKeyPage.h"
#include "gui/wizards/anchor/AnchorResultPage.h"
#include "gui/wizards/anchor/AnchorStoragePage.h"
#include "gui/wizards/anchor/AnchorSummary.h"
#include "gui/wizards/common/ApplicationPage.h"
#include "gui/wizards/common/JobProgressPage.h"
#include "gui/wizards/common/SummaryPage.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dwb::gui {

TrustAnchorWizard::TrustAnchorWizard(RegistryClient *client, const QString &app, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_draft(std::make_unique<AnchorDraft>())
{
    setObjectName(u"trustAnchorWizard"_s);
    setWindowTitle(tr("Create Trust Anchor"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(AppPageId, new ApplicationPage(client, app, true, this));
    m_keyPage = new AnchorKeyPage(m_draft.get(), this);
    setPage(KeyPageId, m_keyPage);
    setPage(StoragePageId, new AnchorStoragePage(m_draft.get(), this));
    setPage(SummaryPageId, new SummaryPage([this] {
        return SummaryPage::Content{summaryText(), tr("Check, then create the anchor."), tr("&Create")};
    }, this));
    auto *progress = new JobProgressPage([this](QObject *owner) -> Result<Job *> {
        m_job = new AnchorJob(m_client, request(), owner);
        return m_job.data();
    }, this);
    progress->setTitle(tr("Creating the Trust Anchor"));
    progress->setSubTitle(tr("The key is made and saved first; then the anchor is sent to the server."));
    progress->setFailedText(tr("The anchor was not created."));
    progress->setErrorHint(tr("Go Back to choose another file or folder, or Cancel."));
    connect(progress, &JobProgressPage::jobStarted, this, [this] {
        connect(m_job, &AnchorJob::keyWritten, this, &TrustAnchorWizard::keyWritten);
    });
    connect(progress, &JobProgressPage::jobSucceeded, this, [this] { Q_EMIT anchorCreated(m_job->result()->app); });
    setPage(ProgressPageId, progress);
    setPage(ResultPageId, new AnchorResultPage(this));
    resize(720, 520);
}

TrustAnchorWizard::~TrustAnchorWizard() = default;

ApplicationPage *TrustAnchorWizard::applicationPage() const
{
    return static_cast<ApplicationPage *>(page(AppPageId));
}

QString TrustAnchorWizard::applicationName() const
{
    return applicationPage()->applicationName();
}

QString TrustAnchorWizard::suggestedKeyPath(const QString &app)
{
    const QString dir = workbenchDataPath(u"keys"_s);
    QString path = QDir(dir).filePath(app + u"-ca.key"_s);
    for (int i = 2; QFileInfo::exists(path) || QFileInfo::exists(path.chopped(4) + u".pem"_s); ++i)
        path = QDir(dir).filePath(app + u"-ca-"_s + QString::number(i) + u".key"_s);
    return path;
}

void TrustAnchorWizard::initializePage(int id)
{
    m_draft->app = applicationName(); // the pages after the first read it from the draft
    QWizard::initializePage(id);
}

AnchorRequest TrustAnchorWizard::request() const
{
    m_draft->app = applicationName();
    AnchorRequest r = anchorRequest(*m_draft);
    if (m_draft->onToken() && m_draft->source == AnchorRequest::Source::NewKey)
        r.tokenPin = std::make_shared<SecretBytes>(m_keyPage->tokenPin()); // the draft never holds it
    return r;
}

int TrustAnchorWizard::nextId() const
{
    // A key on a token stays there: no file to choose.
    if (currentId() == KeyPageId && m_draft->onToken())
        return SummaryPageId;
    return QWizard::nextId();
}

QString TrustAnchorWizard::summaryText() const
{
    m_draft->app = applicationName();
    return anchorSummary(*m_draft);
}

void TrustAnchorWizard::reject()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
    QWizard::reject();
}

} // namespace dwb::gui
