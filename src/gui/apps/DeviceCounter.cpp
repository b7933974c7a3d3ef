#include "gui/apps/DeviceCounter.h"

#include "core/cloud/RegistryClient.h"
#include "gui/apps/AppListModel.h"
#include "gui/commands/RequestTracker.h"
#include "gui/common/Async.h"

namespace dwb::gui {

DeviceCounter::DeviceCounter(AppListModel *apps, RequestTracker *requests, std::function<QString()> skip,
                             QObject *parent)
    : QObject(parent), m_apps(apps), m_requests(requests), m_skip(std::move(skip))
{
}

void DeviceCounter::start(RegistryClient *client, const Generation::Ticket &ticket)
{
    m_client = client;
    m_ticket = ticket;
    m_queue.clear();
    for (int i = 0; i < m_apps->rowCount(); ++i)
        m_queue << m_apps->application(i).name();
    next();
}

void DeviceCounter::next()
{
    while (!m_queue.isEmpty() && m_queue.first() == m_skip())
        m_queue.removeFirst();
    if (m_queue.isEmpty() || !m_client || !m_ticket.isCurrent())
        return;
    const QString app = m_queue.takeFirst();
    const Generation::Ticket ticket = m_ticket;
    onFinished(this, m_requests->track(m_client->listDevices(app)), [this, ticket, app](const Result<QList<Device>> &r) {
        if (!ticket.isCurrent())
            return;
        if (!r && r.error().code == ErrorCode::Cancelled)
            return stop(); // Stop: no more counting
        if (r)
            m_apps->setDeviceCount(app, int(r->size()));
        next();
    });
}

} // namespace dwb::gui
