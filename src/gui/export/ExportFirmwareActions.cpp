#include "gui/export/ExportFirmwareActions.h"

#include "core/cloud/RegistryClient.h"
#include "core/export/KnownDeviceFiles.h"
#include "gui/MainWindow.h"
#include "gui/common/Async.h"
#include "gui/common/Icons.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {

const char *kFilesProperty = "dwbKnownFiles"; // "app\ndevice\ncert\nkey" of the selection, or ""

QStringList selectionFiles(MainWindow *window)
{
    const QString app = window->currentApplicationName();
    const QStringList devices = window->selectedDeviceNames();
    if (app.isEmpty() || devices.size() != 1)
        return {};
    auto known = KnownDeviceFiles::lookUp(app, devices.first());
    if (!known || !known->has_value())
        return {};
    return {app, devices.first(), (*known)->certPath, (*known)->keyPath};
}

} // namespace

ExportFirmwareDialog *openExportFirmwareDialog(QWidget *parent, RegistryClient *client, ExportSource source)
{
    if (client) {
        source.endpoints = client->endpoints();
        source.serverCaFile = client->settings().serverCaFile;
    }
    auto *dialog = new ExportFirmwareDialog(std::move(source), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QAction *newExportFirmwareAction(MainWindow *window)
{
    auto *a = new QAction(icon(u"key"_s), MainWindow::tr("Exp&ort for Firmware…"), window);
    a->setObjectName(u"actionExportFirmware"_s);
    a->setStatusTip(MainWindow::tr("Write the selected device's certificate and key in a form its firmware reads"));
    a->setToolTip(a->statusTip());
    a->setEnabled(false);
    QObject::connect(a, &QAction::triggered, window, [window, a] {
        const QStringList f = a->property(kFilesProperty).toStringList();
        if (f.size() != 4)
            return;
        ExportSource source{f.at(0), f.at(1), f.at(2), f.at(3), {}, {}, {}};
        RegistryClient *client = window->registryClient();
        if (!client) {
            openExportFirmwareDialog(window, nullptr, source);
            return;
        }
        // The application's anchors: the one that issued the certificate becomes the chain.
        onFinished(window, client->getApp(source.application),
                   [window, client, source](const Result<Application> &app) mutable {
                       if (app) {
                           for (const QByteArray &pem : app->trustAnchorPems()) {
                               if (auto c = Certificate::fromPem(pem))
                                   source.anchors << *c;
                           }
                       }
                       openExportFirmwareDialog(window, client, source);
                   });
    });
    return a;
}

void updateExportFirmwareAction(MainWindow *window)
{
    QAction *a = window->action(u"actionExportFirmware"_s);
    if (!a)
        return;
    const QStringList files = selectionFiles(window);
    a->setProperty(kFilesProperty, files);
    a->setEnabled(files.size() == 4);
}

} // namespace dwb::gui
