#include "gui/wizards/WizardActions.h"

#include "core/enrollment/EnrollSupport.h"
#include "core/token/Pkcs11Uri.h"
#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/mqtt/MqttPanel.h"
#include "gui/start/GetStartedPanel.h"
#include "gui/wizards/EnrollWizard.h"
#include "gui/wizards/TrustAnchorWizard.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {

GetStartedPanel *getStarted(MainWindow *window)
{
    return window->findChild<GetStartedPanel *>();
}

EnrollWizard *newEnrollWizard(MainWindow *window, const QString &application, const QString &preselected)
{
    auto *w = new EnrollWizard(window->registryClient(), application, preselected, window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(w, &EnrollWizard::deviceEnrolled, window, [window, w](const QString &app, const QString &device) {
        window->refresh();
        const EnrollJob *job = w->job();
        if (GetStartedPanel *panel = getStarted(window); panel && job && job->isFinished() && job->result().ok())
            panel->deviceEnrolled(app, device, job->result()->certPath, job->result()->keyPath);
    });
    QObject::connect(w, &EnrollWizard::devicesEnrolled, window, [window] { window->refresh(); });
    QObject::connect(w, &EnrollWizard::testConnectionRequested, window,
                     [window](const QString &app, const QString &device, const QString &cert, const QString &key) {
                         if (MqttPanel *panel = openMqttPanel(window, app, device, cert, key))
                             panel->verifyWhenReady();
                     });
    return w;
}

// The anchor wizard's "Enroll a Device…": the application and its new CA
// key (read from its file, which also proves it is there).
void enrollWithNewAnchor(MainWindow *window, TrustAnchorWizard *anchorWizard, const AnchorOutcome &o)
{
    if (!window->registryClient())
        return;
    EnrollWizard *w = newEnrollWizard(window, o.app, {});
    if (Pkcs11Uri::looksLike(o.keyPath) && !o.key.isNull()) { // on a token: the key the job signed with
        w->useCaKey(o.keyPath, o.key, SecretBytes(), AnchorMatch{o.index, o.anchor});
        w->show();
        return;
    }
    const AnchorRequest request = anchorWizard->request();
    const SecretBytes passphrase = request.keyPassphrase ? request.keyPassphrase->clone() : SecretBytes();
    const Result<PrivateKey> key = loadPrivateKeyFile(o.keyPath, passphrase);
    if (key) // otherwise the CA page asks for the key as usual
        w->useCaKey(o.keyPath, *key, passphrase, AnchorMatch{o.index, o.anchor});
    w->show();
}

} // namespace

void openTrustAnchorWizard(MainWindow *window)
{
    if (!window->registryClient()) {
        window->showMessage(MessageBar::Kind::Error, MainWindow::tr("Connect to a server first."));
        return;
    }
    auto *w = new TrustAnchorWizard(window->registryClient(), window->currentApplicationName(), window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(w, &TrustAnchorWizard::anchorCreated, window, [window] { window->refresh(); });
    QObject::connect(w, &TrustAnchorWizard::enrollDeviceRequested, window,
                     [window, w](const AnchorOutcome &o) { enrollWithNewAnchor(window, w, o); });
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
    QObject::connect(panel, &MqttPanel::verifyFinished, window, [window, panel](bool ok) {
        if (GetStartedPanel *p = getStarted(window))
            p->connectionTested(panel->applicationName(), ok);
    });
    panel->show();
    return panel;
}

void openEnrollWizard(MainWindow *window)
{
    if (!window->registryClient()) {
        window->showMessage(MessageBar::Kind::Error, MainWindow::tr("Connect to a server first."));
        return;
    }
    newEnrollWizard(window, window->currentApplicationName(), window->selectedDeviceNames().value(0))->show();
}

QList<QAction *> installWizardActions(MainWindow *window, QMenu *menu)
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
    for (QAction *a : {anchor, enroll, test})
        a->setToolTip(a->statusTip());
    QObject::connect(test, &QAction::triggered, window, [window] {
        openMqttPanel(window, window->currentApplicationName(), window->selectedDeviceNames().value(0), {}, {});
    });
    QObject::connect(anchor, &QAction::triggered, window, [window] { openTrustAnchorWizard(window); });
    QObject::connect(enroll, &QAction::triggered, window, [window] { openEnrollWizard(window); });
    menu->addSeparator();
    menu->addAction(anchor);
    menu->addAction(enroll);
    menu->addAction(test);
    return {anchor, enroll, test};
}

} // namespace dwb::gui
