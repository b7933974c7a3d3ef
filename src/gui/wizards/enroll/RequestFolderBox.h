// The enrollment wizard's "Several devices" from a tray of boards: the
// folder of their certificate requests (the folder `dwb enroll-batch
// --csr-dir` takes), how the devices are named (the request's CN, or the
// file's name), and whether the requests' SANs are copied. The folder is
// read with the core's readRequestFolder (off the GUI thread) when it is
// chosen, when the naming changes and on "Read Again"; every problem of it
// (a file that is no request, a signature that does not verify, a key
// Drogue refuses, two boards with the same name) is listed at once, before
// anything is signed. The batch job reads the folder again the same way.
#pragma once

#include "core/enrollment/RequestFolder.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;

namespace dwb::gui {

class FileField;

class RequestFolderBox : public QWidget {
    Q_OBJECT
public:
    explicit RequestFolderBox(QWidget *parent = nullptr);

    QString folder() const;
    RequestNaming naming() const;
    bool copySubjectAltNames() const;
    // The folder as last read (list.devices: one per board; list.problems:
    // what keeps Next disabled). Empty while nothing is read.
    const RequestFolder &tray() const { return m_tray; }
    // Read, without problems, at least one board, and no read under way.
    bool isReady() const;
    bool isReading() const { return m_reading; }

public Q_SLOTS:
    void readAgain();

Q_SIGNALS:
    void changed();

private:
    void scheduleRead();
    void show(const RequestFolder &tray, const QString &dir);

    FileField *m_folder;
    QRadioButton *m_byName, *m_byFile;
    QCheckBox *m_copySan;
    QPushButton *m_reread;
    QLabel *m_status;
    QListWidget *m_problems;
    QTimer *m_debounce;
    RequestFolder m_tray;
    QString m_readDir;       // the folder m_tray is of
    bool m_reading = false;
    quint64 m_generation = 0;
};

} // namespace dwb::gui
