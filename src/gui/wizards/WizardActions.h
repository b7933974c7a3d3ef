// The main window's entry points to the wizards (Registry menu): "Create
// Trust Anchor…", "Enroll Device…" (and, once the MQTT panel exists, "Test
// Connection…"). MainWindow calls installWizardActions once.
#pragma once

class QMenu;

namespace dwb::gui {

class MainWindow;

void installWizardActions(MainWindow *window, QMenu *menu);
// Open the wizards with the window's client, application and device.
void openTrustAnchorWizard(MainWindow *window);
void openEnrollWizard(MainWindow *window);

} // namespace dwb::gui
