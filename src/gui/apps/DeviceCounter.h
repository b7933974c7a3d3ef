// Counts the devices of the other applications, one at a time in the
// background, for the list's device column; the application whose devices
// the table loads anyway is skipped. Stop (a Cancelled answer) ends it.
#pragma once

#include "gui/commands/Generation.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class AppListModel;
class RequestTracker;

class DeviceCounter : public QObject {
    Q_OBJECT
public:
    // skip(): the application the table shows (counted there).
    DeviceCounter(AppListModel *apps, RequestTracker *requests, std::function<QString()> skip,
                  QObject *parent = nullptr);

    // Counts every application of the list; answers go stale with `ticket`.
    void start(RegistryClient *client, const Generation::Ticket &ticket);
    void stop() { m_queue.clear(); }

private:
    void next();
    AppListModel *m_apps;
    RequestTracker *m_requests;
    std::function<QString()> m_skip;
    QPointer<RegistryClient> m_client;
    Generation::Ticket m_ticket;
    QStringList m_queue;
};

} // namespace dwb::gui
