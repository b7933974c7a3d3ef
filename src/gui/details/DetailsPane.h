// Details of the selected application or device: overview (metadata,
// labels, aliases), trust anchors or credentials (kinds and user names,
// never passwords) and the raw JSON (read-only, with a Copy button).
#pragma once

#include "core/cloud/Resources.h"

#include <QTabWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace dwb::gui {

class DetailsPane : public QTabWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showApplication(const Application &app, int deviceCount);
    void showDevice(const Device &device);
    void showDevices(int count);  // several selected
    void clearDetails();

    QString jsonText() const;
    QTreeWidget *securityTree() const { return m_security; }
    // The Trust anchors tab's "Back Up…" / "Restore…" (AnchorBackupActions).
    QPushButton *backupAnchorButton() const { return m_backup; }
    QPushButton *restoreAnchorButton() const { return m_restore; }
    QPushButton *rotateAnchorButton() const { return m_rotate; }

Q_SIGNALS:
    // "Rotate…": the window opens the rotation wizard for the selected anchor (0 when none).
    void rotateAnchorRequested(const QString &app, int anchorIndex);

private:
    void setRows(const QList<QPair<QString, QString>> &rows);
    void setJson(const QJsonObject &json);

    QWidget *m_overview;
    QFormLayout *m_form;
    QLabel *m_heading;
    QTreeWidget *m_security;
    QPlainTextEdit *m_json;
    QPushButton *m_backup;
    QPushButton *m_restore;
    QPushButton *m_rotate;
    Application m_app; // the application shown (the anchor actions use it)
};

} // namespace dwb::gui
