// Where "Export for Firmware…" is offered: the enrollment wizard's result
// page (the files just written) and the device table's context menu and
// Registry menu, enabled for one selected device whose files the ledger
// knows (KnownDeviceFiles). Both open ExportFirmwareDialog with the
// connection's endpoints and CA file.
#pragma once

#include "gui/export/ExportFirmwareDialog.h"

class QAction;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class MainWindow;

// The dialog (deleted on close), shown, with the client's endpoints and CA
// file filled into source.
ExportFirmwareDialog *openExportFirmwareDialog(QWidget *parent, RegistryClient *client, ExportSource source);

// The window's action "actionExportFirmware" (the caller adds it to menus).
QAction *newExportFirmwareAction(MainWindow *window);
// Enables it for one selected device with known files (called on every selection change).
void updateExportFirmwareAction(MainWindow *window);

} // namespace dwb::gui
