// Counts the window's requests under way (and of those, the changes sent to
// the server), for the Stop action and its message.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace dwb::gui {

class RequestTracker : public QObject {
    Q_OBJECT
public:
    explicit RequestTracker(QObject *parent = nullptr) : QObject(parent) {}

    // Counts the request until its future finishes; returns it unchanged.
    template <typename T>
    QFuture<T> track(QFuture<T> future, bool write = false)
    {
        adjust(+1, write);
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, write] {
            watcher->deleteLater();
            adjust(-1, write);
        });
        watcher->setFuture(future);
        return future;
    }

    int requests() const { return m_requests; }
    int writes() const { return m_writes; }

Q_SIGNALS:
    void changed();

private:
    void adjust(int by, bool write)
    {
        m_requests += by;
        if (write)
            m_writes += by;
        Q_EMIT changed();
    }
    int m_requests = 0;
    int m_writes = 0;
};

} // namespace dwb::gui
