// The main window's entry points to the wizards (Registry menu and
// toolbar): "Create Trust Anchor…", "Enroll Device…" and "Test
// Connection…" (the MQTT panel). MainWindow calls installWizardActions
// once. Each wizard's result offers the next step: the anchor wizard's
// "Enroll a Device…" opens the enrollment wizard with the application and
// the new CA key; the enrollment wizard's "Test Connection…" opens the MQTT
// panel, which publishes and verifies at once. What they finish is told to
// the window's Get started panel.
#pragma once

#include <QList>

class QAction;
class QMenu;
class QString;

namespace dwb::gui {

class MainWindow;
class MqttPanel;

// Adds the three actions to the menu; returns them (for the toolbar).
QList<QAction *> installWizardActions(MainWindow *window, QMenu *menu);
// Open the wizards with the window's client, application and device.
void openTrustAnchorWizard(MainWindow *window);
void openEnrollWizard(MainWindow *window);
// The MQTT test panel, prefilled with a device and its files (may be empty).
MqttPanel *openMqttPanel(MainWindow *window, const QString &app, const QString &device,
                         const QString &certFile, const QString &keyFile);

} // namespace dwb::gui
