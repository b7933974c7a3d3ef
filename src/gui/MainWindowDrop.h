// Files or text dropped anywhere on the main window go to the certificate
// inspector, whose dock then shows. An event filter on the window.
#pragma once

#include <QObject>

class QDockWidget;

namespace dwb::gui {

class InspectorWidget;

class MainWindowDrop : public QObject {
    Q_OBJECT
public:
    // Installs itself on `window` (which owns it).
    MainWindowDrop(QWidget *window, InspectorWidget *inspector, QDockWidget *dock);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    InspectorWidget *m_inspector;
    QDockWidget *m_dock;
};

} // namespace dwb::gui
