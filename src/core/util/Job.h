// The one shape of every long piece of work in the workbench (as Kleopatra's
// commands and KDE's KJob): made with its request, started once, cancellable,
// reporting progress and finishing exactly once with a Status. The typed
// outcome stays with each job (AnchorJob::result(), EnrollJob::result(),
// BatchEnrollJob::result(), VerifyDeviceJob::result()).
//
//   AnchorJob job(client, std::move(request));
//   connect(&job, &Job::progress, …);      // step text, done of total (total 0: busy)
//   connect(&job, &Job::finished, …);      // once, with the Status
//   job.start();                           // or: Status st = job.exec();  (CLI, tests)
//
// A job lives on one thread (the GUI's, or the CLI's main thread) and runs its
// heavy parts on worker threads; those poll cancelFlag() and may count
// activity in ticks() (OpenSSL's key generation callback), which
// startTicking() turns into progress steps every 100 ms.
#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace dwb {

class Job : public QObject {
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;   // sets the cancel flag: a worker still running stops soon

    // Starts the work; a second call, or a call after the end, does nothing.
    void start();
    // Asks the job to stop. The base sets the cancel flag that the workers
    // poll; a job whose phase waits on a server may finish at once (see it).
    virtual void cancel();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_status.has_value(); }
    // The status the job finished with (an ok Status before it finished).
    const Status &status() const;

    // start(), then waits in a local event loop until finished (the CLI, tests).
    Status exec();

Q_SIGNALS:
    // step: plain words for the user; done of total (total 0: busy, no count).
    void progress(const QString &step, int done, int total);
    void finished(const dwb::Status &status);

protected:
    virtual void doStart() = 0;
    // Ends the job: stores the status, stops ticking, emits finished (once).
    void finish(const Status &status);
    bool cancelRequested() const { return m_cancel->load(); }
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancel; }
    std::shared_ptr<std::atomic_int> ticks() const { return m_ticks; }
    // Emits progress(step(ticks), 0, 0) every 100 ms until stopTicking() or finish().
    void startTicking(std::function<QString(int ticks)> step);
    void stopTicking();

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_ticks;
    QTimer *m_tickTimer = nullptr;
    std::function<QString(int)> m_tickStep;
    bool m_running = false;
    std::optional<Status> m_status;
};

// The Status of a typed result: ok, or its error.
template <typename T>
Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

} // namespace dwb

Q_DECLARE_METATYPE(dwb::Status)
