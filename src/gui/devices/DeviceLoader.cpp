#include "gui/devices/DeviceLoader.h"

#include "core/cloud/RegistryClient.h"
#include "gui/commands/RequestTracker.h"
#include "gui/common/Async.h"
#include "gui/devices/DeviceTableModel.h"

#include <QPointer>
#include <QTimer>

namespace dwb::gui {

namespace {
constexpr int kBatchRows = 2500; // rows inserted per event-loop turn
}

DeviceLoader::DeviceLoader(DeviceTableModel *model, RequestTracker *requests, QObject *parent)
    : QObject(parent), m_model(model), m_requests(requests)
{
}

void DeviceLoader::invalidate()
{
    m_generation.invalidate();
    m_loading = false;
    m_pending.clear();
    m_pendingPos = 0;
}

void DeviceLoader::load(RegistryClient *client, const QString &app)
{
    const Generation::Ticket ticket = m_generation.next();
    if (m_model->application() != app)
        m_model->reset(app); // a reload keeps the rows until the new ones arrive
    m_pending.clear();
    m_pendingPos = 0;
    m_loading = client && !app.isEmpty();
    if (!m_loading)
        return;
    QPointer<DeviceLoader> self(this);
    auto progress = [self, ticket](int loaded) {
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, ticket, loaded] {
            if (self && ticket.isCurrent() && self->m_loading && self->m_pending.isEmpty())
                Q_EMIT self->fetching(loaded);
        });
    };
    onFinished(this, m_requests->track(client->listDevices(app, {}, progress)),
               [this, ticket, app](const Result<QList<Device>> &r) {
                   if (!ticket.isCurrent())
                       return;
                   if (!r) {
                       m_loading = false;
                       Q_EMIT failed(app, r.error());
                       return;
                   }
                   m_model->reset(app);
                   m_pending = *r;
                   m_pendingPos = 0;
                   Q_EMIT inserting(int(m_pending.size()));
                   insertBatch(ticket);
               });
}

void DeviceLoader::insertBatch(const Generation::Ticket &ticket)
{
    if (!ticket.isCurrent())
        return;
    const qsizetype n = std::min<qsizetype>(kBatchRows, m_pending.size() - m_pendingPos);
    if (n > 0) {
        m_model->appendDevices(m_pending.mid(m_pendingPos, n));
        m_pendingPos += n;
        Q_EMIT inserted(int(m_pendingPos));
    }
    if (m_pendingPos < m_pending.size()) {
        QTimer::singleShot(0, this, [this, ticket] { insertBatch(ticket); });
        return;
    }
    const int total = int(m_pending.size());
    m_pending.clear();
    m_pendingPos = 0;
    m_loading = false;
    Q_EMIT loaded(m_model->application(), total);
}

} // namespace dwb::gui
