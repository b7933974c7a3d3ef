// The certificate inspector: files dropped on the window, opened (Ctrl+O)
// or pasted (Ctrl+V) are imported with dwb::importData and shown as a tree
// source → objects → fields. Encrypted keys and PKCS#12 ask for their
// passphrase (through Prompts). Every certificate's "Drogue device login"
// verdict is judged against the application selected in the window (its
// anchors and devices; the certificate's form only when none is selected),
// and a certificate can be added as a device alias.
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"
#include "core/enrollment/DeviceLoginVerdict.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace dwb::gui {

class InspectorHost;

class InspectorWidget : public QWidget {
    Q_OBJECT
public:
    enum ItemType { SourceItem = 1001, ObjectItem, FieldItem };
    enum Role { ObjectIndexRole = Qt::UserRole + 1, ValueRole, FieldKeyRole };

    explicit InspectorWidget(QWidget *parent = nullptr);
    void setHost(InspectorHost *host) { m_host = host; }

    void addFiles(const QStringList &paths);
    void addData(const QString &sourceName, const QByteArray &data, const QString &tooltip = {});
    void addText(const QString &text); // "Pasted text"
    void clearAll();

    QTreeWidget *tree() const { return m_tree; }
    int sourceCount() const;
    int certificateCount() const;
    QString checkResultText() const;

    QAction *openAction() const { return m_open; }
    QAction *pasteAction() const { return m_paste; }
    QAction *copyAction() const { return m_copy; }
    QAction *exportPemAction() const { return m_exportPem; }
    QAction *exportDerAction() const { return m_exportDer; }
    QAction *checkAction() const { return m_check; }
    QAction *addAliasAction() const { return m_addAlias; }
    QAction *clearAction() const { return m_clear; }

    // The object (certificate or key) the current item belongs to: -1 if none.
    int currentObject() const;
    void selectObject(int index);

public Q_SLOTS:
    void openFiles();
    void pasteFromClipboard();
    void copyCurrent();
    void exportCurrent(bool der);
    void checkAgainstApplication();
    void addAsAliasToDevice();
    // Judges every certificate again against the application selected in
    // the window (call when the selection, its anchors or devices change).
    void refreshVerdicts();

Q_SIGNALS:
    void contentChanged();

private:
    struct Object {
        bool isCertificate = true;
        Certificate cert;
        PrivateKey key;
        QString source;
        QTreeWidgetItem *item = nullptr;
        QTreeWidgetItem *matchItem = nullptr; // keys: "Matches certificate"
        QTreeWidgetItem *verdictItem = nullptr; // certificates: "Drogue device login"
    };
    DeviceLoginVerdict verdictFor(const Certificate &cert) const;
    void showVerdict(const Object &o);
    QTreeWidgetItem *addField(QTreeWidgetItem *parent, const QString &name, const QString &value,
                              const QString &key = {});
    void addCertificate(QTreeWidgetItem *source, const Certificate &cert, const QList<Certificate> &chain);
    void addKey(QTreeWidgetItem *source, const PrivateKey &key, const QString &format);
    void addRequest(QTreeWidgetItem *source, const CertificateRequest &request, const QString &format);
    void refreshKeyMatches();
    void updateActions();

    InspectorHost *m_host = nullptr;
    QTreeWidget *m_tree;
    QLabel *m_result;
    QList<Object> m_objects;
    QAction *m_open, *m_paste, *m_copy, *m_exportPem, *m_exportDer, *m_check, *m_addAlias, *m_clear;
};

} // namespace dwb::gui
