#include "gui/wizards/common/JobProgressPage.h"

#include "core/util/Job.h"
#include "gui/wizards/WizardWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace dwb::gui {

JobProgressPage::JobProgressPage(Factory factory, QWidget *parent)
    : QWizardPage(parent)
    , m_factory(std::move(factory))
{
    m_step = new QLabel(this);
    m_step->setObjectName(u"progressStep"_s);
    m_step->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"progressBar"_s);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(u"stopButton"_s);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"batchRate"_s);
    m_detail->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(u"progressError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_retry = new QPushButton(tr("&Resume"), this);
    m_retry->setObjectName(u"resumeButton"_s);
    m_retry->hide();
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_step);
    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_stop);
    lay->addLayout(row);
    lay->addWidget(m_detail);
    lay->addWidget(m_error);
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    lay->addLayout(retryRow);
    lay->addStretch(1);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        setStepText(tr("Stopping…")); // first: a job may finish at once
        if (m_job)
            m_job->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, &JobProgressPage::start);
}

void JobProgressPage::setRetryable(bool retryable, const QString &toolTip)
{
    m_retryable = retryable;
    m_retry->setToolTip(toolTip);
    if (!retryable)
        m_retry->hide();
}

void JobProgressPage::setStepText(const QString &text)
{
    m_step->setText(text);
}

void JobProgressPage::setErrorText(const QString &text)
{
    setStatusText(m_error, text, true);
}

void JobProgressPage::setDetailText(const QString &text)
{
    m_detail->setText(text);
}

void JobProgressPage::setDetailVisible(bool visible)
{
    m_detail->setVisible(visible);
}

void JobProgressPage::initializePage()
{
    start();
}

void JobProgressPage::start()
{
    setErrorText({});
    setDetailText({});
    setDetailVisible(false);
    m_retry->hide();
    m_stop->setEnabled(true);
    m_step->clear();
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater();
    }
    Result<Job *> made = m_factory(this);
    if (!made) {
        m_stop->setEnabled(false);
        setStepText(m_failedText);
        setErrorText(made.error().message);
        Q_EMIT completeChanged();
        return;
    }
    Job *job = *made;
    m_job = job;
    connect(job, &Job::progress, this, [this, job](const QString &step, int done, int total) {
        if (job->isFinished())
            return;
        if (!step.isEmpty())
            setStepText(step);
        m_bar->setRange(0, total);
        m_bar->setValue(done);
    });
    connect(job, &Job::finished, this, &JobProgressPage::finished);
    Q_EMIT jobStarted(job);
    job->start();
}

void JobProgressPage::finished(const Status &status)
{
    m_stop->setEnabled(false);
    if (m_bar->maximum() == 0) {
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
    }
    if (status) {
        m_bar->setValue(m_bar->maximum());
        setStepText(tr("Done."));
        Q_EMIT completeChanged();
        Q_EMIT jobSucceeded(m_job);
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
        return;
    }
    const bool stopped = status.error().code == ErrorCode::Cancelled;
    setStepText(stopped ? tr("Stopped.") : m_failedText);
    setErrorText(m_errorHint.isEmpty() ? status.error().message : status.error().message + u"\n"_s + m_errorHint);
    if (m_retryable) {
        m_retry->setText(stopped ? tr("&Resume") : tr("Try &Again"));
        m_retry->show();
    }
    // Back leads to the page before (a commit page: it is one again when shown).
    if (QWizard *w = wizard()) {
        const QList<int> visited = w->visitedIds();
        if (visited.size() >= 2)
            w->page(visited.at(visited.size() - 2))->setCommitPage(false);
    }
    Q_EMIT completeChanged();
}

bool JobProgressPage::isComplete() const
{
    return m_job && m_job->isFinished() && m_job->status().ok();
}

} // namespace dwb::gui
