#include "gui/wizards/WizardActions.h"

#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/mqtt/MqttPanel.h"
#include "gui/wizards/EnrollWizard.h"
#include "gui/wizards/TrustAnchorWizard.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace dwb::gui {

void openTrustAnchorWizard(MainWindow *window)
{
    if (!window->registryClient()) {
        window->showMessage(MessageBar::Kind::Error, MainWindow::tr("Connect to a server first."));
        return;
    }
    auto *w = new TrustAnchorWizard(window->registryClient(), window->currentApplicationName(), window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(w, &TrustAnchorWizard::anchorCreated, window, [window] { window->refresh(); });
    w->show();
}

MqttPanel *openMqttPanel(MainWindow *window, const QString &app, const QString &device,
                         const QString &certFile, const QString &keyFile)
{
    if (!window->registryClient()) {
        window->showMessage(MessageBar::Kind::Error, MainWindow::tr("Connect to a server first."));
        return nullptr;
    }
    auto *panel = new MqttPanel(window->registryClient(), window);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    panel->setDevice(app, device, certFile, keyFile);
    panel->show();
    return panel;
}

void openEnrollWizard(MainWindow *window)
{
    if (!window->registryClient()) {
        window->showMessage(MessageBar::Kind::Error, MainWindow::tr("Connect to a server first."));
        return;
    }
    auto *w = new EnrollWizard(window->registryClient(), window->currentApplicationName(),
                               window->selectedDeviceNames().value(0), window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(w, &EnrollWizard::deviceEnrolled, window, [window] { window->refresh(); });
    QObject::connect(w, &EnrollWizard::devicesEnrolled, window, [window] { window->refresh(); });
    QObject::connect(w, &EnrollWizard::testConnectionRequested, window,
                     [window](const QString &app, const QString &device, const QString &cert, const QString &key) {
                         openMqttPanel(window, app, device, cert, key);
                     });
    w->show();
}

void installWizardActions(MainWindow *window, QMenu *menu)
{
    auto *anchor = new QAction(icon(u"certificate"_s), MainWindow::tr("Create &Trust Anchor…"), window);
    anchor->setObjectName(u"actionCreateTrustAnchor"_s);
    anchor->setStatusTip(MainWindow::tr("Create a CA key and register it as a trust anchor of an application"));
    auto *enroll = new QAction(icon(u"key"_s), MainWindow::tr("Enroll De&vice…"), window);
    enroll->setObjectName(u"actionEnrollDevice"_s);
    enroll->setShortcut(QKeySequence(u"Ctrl+E"_s));
    enroll->setStatusTip(MainWindow::tr("Issue a device certificate and register its subject as an alias"));
    auto *test = new QAction(icon(u"check"_s), MainWindow::tr("Test Co&nnection…"), window);
    test->setObjectName(u"actionTestConnection"_s);
    test->setStatusTip(MainWindow::tr("Connect as a device with its certificate, publish, and see the event arrive"));
    QObject::connect(test, &QAction::triggered, window, [window] {
        openMqttPanel(window, window->currentApplicationName(), window->selectedDeviceNames().value(0), {}, {});
    });
    QObject::connect(anchor, &QAction::triggered, window, [window] { openTrustAnchorWizard(window); });
    QObject::connect(enroll, &QAction::triggered, window, [window] { openEnrollWizard(window); });
    menu->addSeparator();
    menu->addAction(anchor);
    menu->addAction(enroll);
    menu->addAction(test);
}

} // namespace dwb::gui
