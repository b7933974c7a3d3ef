// Runs a callback on the GUI thread when a future finishes, through a
// QFutureWatcher owned by a context object: if the context is destroyed
// first, the callback never runs. The GUI never waits on a future.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace dwb::gui {

template <typename T, typename F>
void onFinished(QObject *context, QFuture<T> future, F &&callback)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, cb = std::forward<F>(callback)]() mutable {
                         const QFuture<T> f = watcher->future();
                         watcher->deleteLater();
                         if (f.isCanceled() || f.resultCount() == 0)
                             return; // the client went away: nothing to show
                         cb(f.result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace dwb::gui
