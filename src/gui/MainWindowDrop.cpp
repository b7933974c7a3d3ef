#include "gui/MainWindowDrop.h"

#include "gui/inspector/InspectorWidget.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace dwb::gui {

MainWindowDrop::MainWindowDrop(QWidget *window, InspectorWidget *inspector, QDockWidget *dock)
    : QObject(window), m_inspector(inspector), m_dock(dock)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool MainWindowDrop::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != parent())
        return false;
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto *e = static_cast<QDragEnterEvent *>(event);
        if (e->mimeData()->hasUrls() || e->mimeData()->hasText())
            e->acceptProposedAction();
        return true;
    }
    case QEvent::DragMove:
        static_cast<QDragMoveEvent *>(event)->acceptProposedAction();
        return true;
    case QEvent::Drop:
        break;
    default:
        return false;
    }
    auto *drop = static_cast<QDropEvent *>(event);
    const QMimeData *m = drop->mimeData();
    QStringList files;
    for (const QUrl &url : m->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        m_inspector->addFiles(files);
        drop->acceptProposedAction();
    } else if (m->hasText() && !m->text().trimmed().isEmpty()) {
        m_inspector->addText(m->text());
        drop->acceptProposedAction();
    } else {
        return true;
    }
    m_dock->show();
    m_dock->raise();
    return true;
}

} // namespace dwb::gui
