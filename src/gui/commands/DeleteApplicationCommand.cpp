#include "gui/commands/DeleteApplicationCommand.h"

#include "core/cloud/RegistryClient.h"
#include "gui/apps/AppListModel.h"
#include "gui/common/Prompts.h"
#include "gui/devices/DeviceTableModel.h"

namespace dwb::gui {

DeleteApplicationCommand::DeleteApplicationCommand(CommandHost *host, QString app, QObject *parent)
    : Command(host, parent), m_app(std::move(app))
{
}

void DeleteApplicationCommand::run()
{
    const QString app = m_app;
    AppListModel *apps = host()->appModel();
    const DeviceTableModel *devices = host()->deviceModel();
    const Application a = apps->application(apps->rowOf(app));
    const int count = devices->application() == app && !host()->isLoadingDevices() ? devices->rowCount()
                                                                                    : apps->deviceCount(app);
    const QString text = count < 0
        ? tr("Delete the application “%1” and all its devices? This cannot be undone.").arg(app)
        : tr("Delete the application “%1” and its %n device(s)? This cannot be undone.", nullptr, count)
              .arg(app);
    if (!Prompts::confirm(host()->dialogParent(), tr("Delete Application"), text, tr("&Delete")))
        return finish(Error(ErrorCode::Cancelled, tr("Application %1 was not deleted.").arg(app)));
    request(client()->deleteApp(app, a.uid(), a.resourceVersion()), true, [this, app](const Status &st) {
        if (!st)
            return fail(tr("Could not delete application %1").arg(app), st.error());
        host()->appModel()->removeApplication(app);
        host()->showMessage(MessageBar::Kind::Success, tr("Application %1 deleted.").arg(app));
        host()->applicationDeleted(app);
        finish({});
    });
}

} // namespace dwb::gui
