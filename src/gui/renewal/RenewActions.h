// The window's ways into renewal and anchor rotation (RenewWizard): the
// Certificates view's "Renew…", the Trust anchors tab's "Rotate…" and
// Registry → "Rotate Trust Anchor…". The rotation's "Create New Anchor…"
// opens the trust anchor wizard for the same application; the key it
// writes becomes the rotation's CA key.
#pragma once

#include <QStringList>

class QAction;
class QMenu;
class QString;

namespace dwb::gui {

class MainWindow;

void openRenewWizard(MainWindow *window, const QString &app, const QStringList &devices);
void openRotateAnchorWizard(MainWindow *window, const QString &app, int anchorIndex);
// Registry → "Rotate Trust Anchor…" (the selected application's first anchor).
QAction *installRotateAction(MainWindow *window, QMenu *menu);

} // namespace dwb::gui
