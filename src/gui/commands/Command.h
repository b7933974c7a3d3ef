// One user action on the registry (create, delete, edit…), launched by the
// window: it asks what it needs (a name, a confirmation), sends its
// requests, updates the window through its CommandHost and says how it went
// in whole sentences of its own. The shape of dwb::Job: start() once,
// cancel(), finished(Status) once; a command deletes itself after finishing.
#pragma once

#include "core/util/Result.h"
#include "gui/commands/CommandHost.h"
#include "gui/commands/RequestTracker.h"
#include "gui/common/Async.h"

#include <QObject>

namespace dwb::gui {

class Command : public QObject {
    Q_OBJECT
public:
    explicit Command(CommandHost *host, QObject *parent = nullptr);
    ~Command() override;

    void start();            // once
    virtual void cancel();   // answers that come later are not shown; finishes as Cancelled
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    const Status &status() const { return m_status; }

Q_SIGNALS:
    void finished(const dwb::Status &status);

protected:
    virtual void doStart() = 0;
    // Stores the outcome, emits finished() and deletes the command later.
    void finish(const Status &status = {});
    CommandHost *host() const { return m_host; }
    RegistryClient *client() const { return m_host->registryClient(); }
    // A request of the command: counted for Stop; `then` runs on the GUI
    // thread unless the command has finished (cancelled) before.
    template <typename T, typename F>
    void request(QFuture<T> future, bool write, F &&then)
    {
        onFinished(this, m_host->requestTracker()->track(std::move(future), write),
                   [this, cb = std::forward<F>(then)](const T &result) mutable {
                       if (!m_finished)
                           cb(result);
                   });
    }
    // Reports the error (not Cancelled) and finishes with it.
    void fail(const QString &failure, const Error &error);

private:
    CommandHost *m_host;
    bool m_started = false;
    bool m_finished = false;
    Status m_status;
};

} // namespace dwb::gui
