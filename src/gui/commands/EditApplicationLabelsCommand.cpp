#include "gui/commands/EditApplicationLabelsCommand.h"

#include "core/cloud/RegistryClient.h"
#include "gui/apps/AppListModel.h"
#include "gui/devices/LabelsDialog.h"

namespace dwb::gui {

EditApplicationLabelsCommand::EditApplicationLabelsCommand(CommandHost *host, QString app, QObject *parent)
    : Command(host, parent), m_app(std::move(app))
{
}

void EditApplicationLabelsCommand::run()
{
    const QString app = m_app;
    const AppListModel *apps = host()->appModel();
    const int row = apps->rowOf(app);
    if (row < 0)
        return finish(Error(ErrorCode::NotFound, tr("Nothing was changed.")));
    const auto edited = LabelsDialog::edit(host()->dialogParent(), tr("application %1").arg(app),
                                           apps->application(row).labels());
    if (!edited)
        return finish(Error(ErrorCode::Cancelled, tr("Nothing was changed.")));
    const QMap<QString, QString> labels = *edited;
    auto change = [labels](Application &a) {
        a.setLabels(labels);
        return Status();
    };
    request(client()->modifyApp(app, change), true, [this, app](const Result<Application> &r) {
        if (!r)
            return fail(tr("Could not change the labels of application %1").arg(app), r.error());
        host()->applicationUpdated(*r);
        finish({});
    });
}

} // namespace dwb::gui
