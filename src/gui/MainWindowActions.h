// The main window's actions (named actionRefresh, actionNewApplication, …),
// their menus, toolbar and context menus, connected to the window's slots.
// Their texts stay in the MainWindow translation context.
#pragma once

namespace Ui { class MainWindow; }

namespace dwb::gui {

class MainWindow;

void installMainWindowActions(MainWindow *window, Ui::MainWindow *ui);
// Enables what applies: online (a client), an application selected, how many devices selected.
void updateMainWindowActions(MainWindow *window, bool online, bool application, int devices);

} // namespace dwb::gui
