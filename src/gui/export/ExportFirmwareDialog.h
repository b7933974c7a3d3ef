// "Export for Firmware…" (issue 22): a device's certificate and key as a
// package for its firmware, in one of the core's formats (core/export:
// folder, c-header, nvs-csv, drogue-toml, p12-legacy). The format, the
// destination folder (default: <data>/firmware/<app>/<device>, made when
// absent), the passphrase for p12-legacy; after Export, the files written
// and which of them hold the private key. The writing takes milliseconds
// (one PKCS#12 at most), so it runs on the GUI thread, not as a Job.
#pragma once

#include "core/cloud/Endpoints.h"
#include "core/crypto/Certificate.h"

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dwb::gui {

class FileField;

// What the window knows about the device: its files and where it connects.
struct ExportSource {
    QString application;
    QString device;
    QString certPath;
    QString keyPath;
    QList<Certificate> anchors;  // the application's (the one that issued the certificate is the chain)
    Endpoints endpoints;         // as discovered by the connection
    QString serverCaFile;        // the connection's CA file ("" = system CAs)
};

class ExportFirmwareDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportFirmwareDialog(ExportSource source, QWidget *parent = nullptr);

    // The default destination for a device of an application.
    static QString defaultFolder(const QString &application, const QString &device);

    QString format() const;
    void setFormat(const QString &format);
    QString destination() const;
    void setDestination(const QString &folder);

    // Exports now (the Export button); false with the message shown.
    bool exportNow();

Q_SIGNALS:
    void exported(const QStringList &files);

private:
    void formatChanged();

    ExportSource m_source;
    QComboBox *m_format;
    FileField *m_destination;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_passphraseLabel;
    QLabel *m_repeatLabel;
    QLabel *m_status;
    QTreeWidget *m_files;
    QPushButton *m_export;
};

} // namespace dwb::gui
