// One user action on the registry (create, delete, edit…), launched by the
// window: it asks what it needs (a name, a confirmation), sends its
// requests, updates the window through its CommandHost and says how it went
// in whole sentences of its own. A dwb::Job (start() once, cancel(),
// finished(Status) once), as Kleopatra's commands; a command deletes itself
// after finishing.
#pragma once

#include "core/util/Job.h"
#include "gui/commands/CommandHost.h"
#include "gui/commands/RequestTracker.h"
#include "gui/common/Async.h"

namespace dwb::gui {

class Command : public Job {
    Q_OBJECT
public:
    explicit Command(CommandHost *host, QObject *parent = nullptr);
    ~Command() override;

    // Answers that come later are not shown; finishes as Cancelled.
    void cancel() override;

protected:
    // The action itself (doStart() checks that there is a client first).
    virtual void run() = 0;
    CommandHost *host() const { return m_host; }
    RegistryClient *client() const { return m_host->registryClient(); }
    // A request of the command: counted for Stop; `then` runs on the GUI
    // thread unless the command has finished (cancelled) before.
    template <typename T, typename F>
    void request(QFuture<T> future, bool write, F &&then)
    {
        onFinished(this, m_host->requestTracker()->track(std::move(future), write),
                   [this, cb = std::forward<F>(then)](const T &result) mutable {
                       if (!isFinished())
                           cb(result);
                   });
    }
    // Reports the error (not Cancelled) and finishes with it.
    void fail(const QString &failure, const Error &error);

private:
    void doStart() final;
    CommandHost *m_host;
};

} // namespace dwb::gui
