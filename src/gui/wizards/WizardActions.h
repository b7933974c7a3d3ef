// The main window's entry points to the wizards (Registry menu): "Create
// Trust Anchor…", "Enroll Device…" and "Test Connection…" (the MQTT panel).
// MainWindow calls installWizardActions once.
#pragma once

class QMenu;
class QString;

namespace dwb::gui {

class MainWindow;
class MqttPanel;

void installWizardActions(MainWindow *window, QMenu *menu);
// Open the wizards with the window's client, application and device.
void openTrustAnchorWizard(MainWindow *window);
void openEnrollWizard(MainWindow *window);
// The MQTT test panel, prefilled with a device and its files (may be empty).
MqttPanel *openMqttPanel(MainWindow *window, const QString &app, const QString &device,
                         const QString &certFile, const QString &keyFile);

} // namespace dwb::gui
