// The page that runs the work, in both wizards: it starts the job the
// wizard makes (any dwb::Job), shows its steps and counts, offers Stop, and
// on success goes on to the next page by itself. After a failure Back leads
// to the page before (the summary, a commit page again when shown); a
// retryable job (several devices) also offers Resume / Try Again, which
// starts a new job from the same factory.
//
// The page knows only dwb::Job: what else a job reports (the batch's rate,
// the anchor's key file) the wizard connects in jobStarted, after the page's
// own connections, so that its texts come last.
#pragma once

#include "core/util/Result.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dwb {
class Job;
}

namespace dwb::gui {

class JobProgressPage : public QWizardPage {
    Q_OBJECT
public:
    // Makes the job (parented to the page), or says why it cannot be made.
    using Factory = std::function<Result<Job *>(QObject *parent)>;

    JobProgressPage(Factory factory, QWidget *parent = nullptr);

    Job *job() const { return m_job; }
    // The step shown when the job fails (not when it is stopped).
    void setFailedText(const QString &text) { m_failedText = text; }
    // Appended to the error message when the job fails or is stopped.
    void setErrorHint(const QString &hint) { m_errorHint = hint; }
    // Resume / Try Again after a stop or a failure (toolTip: what it does).
    void setRetryable(bool retryable, const QString &toolTip = {});

    void setStepText(const QString &text);
    void setErrorText(const QString &text);
    // An extra line under the bar (hidden until a job shows it), e.g. a rate.
    void setDetailText(const QString &text);
    void setDetailVisible(bool visible);
    QProgressBar *progressBar() const { return m_bar; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void jobStarted(dwb::Job *job);
    void jobSucceeded(dwb::Job *job);

private:
    void start();
    void finished(const Status &status);

    Factory m_factory;
    QPointer<Job> m_job;
    QString m_failedText, m_errorHint;
    bool m_retryable = false;
    QLabel *m_step, *m_detail, *m_error;
    QProgressBar *m_bar;
    QPushButton *m_stop, *m_retry;
};

} // namespace dwb::gui
