// Loads the devices of one application into the DeviceTableModel: the list
// from the server (with the count fetched so far), then the rows in batches
// of 2,500 per event-loop turn so that the window stays responsive with
// 10,000 devices. A newer load or invalidate() drops what an older one
// would still have shown.
#pragma once

#include "core/cloud/Resources.h"
#include "core/util/Result.h"
#include "gui/commands/Generation.h"

#include <QList>
#include <QObject>

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class DeviceTableModel;
class RequestTracker;

class DeviceLoader : public QObject {
    Q_OBJECT
public:
    DeviceLoader(DeviceTableModel *model, RequestTracker *requests, QObject *parent = nullptr);

    // A reload of the same application keeps the rows until the new ones arrive.
    void load(RegistryClient *client, const QString &app);
    // Answers of the loads started so far are dropped.
    void invalidate();
    bool isLoading() const { return m_loading; }
    bool isInserting() const { return !m_pending.isEmpty(); }
    // Still current while no other load started (and nothing was invalidated).
    Generation::Ticket ticket() const { return m_generation.current(); }

Q_SIGNALS:
    void fetching(int loaded);           // the list is on its way
    void inserting(int total);           // it arrived: the rows go in now
    void inserted(int done);
    void failed(const QString &app, const dwb::Error &error);
    void loaded(const QString &app, int total);

private:
    void insertBatch(const Generation::Ticket &ticket);

    DeviceTableModel *m_model;
    RequestTracker *m_requests;
    Generation m_generation;
    bool m_loading = false;
    QList<Device> m_pending;
    qsizetype m_pendingPos = 0;
};

} // namespace dwb::gui
