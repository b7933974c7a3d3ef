// The broker plugin's view of the sandbox registry (DIR/registry.json),
// re-read when the file's modification time or size changes, and the device
// login rule of section 5 of the Drogue contract.
#pragma once

#include "core/crypto/Certificate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwb::sandbox {

struct DeviceLogin {
    bool ok = false;
    QString app;
    QString device;
    QString reason; // why refused
};

class DrogueRegistry {
public:
    explicit DrogueRegistry(QString path = {}) : m_path(std::move(path)) {}
    void setPath(const QString &path) { m_path = path; }

    // Re-reads the file when it changed; false (and *error) if it cannot be read.
    bool refresh(QString *error = nullptr);

    DeviceLogin checkDevice(const Certificate &leaf, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The owner (user id) of app, or empty.
    QString owner(const QString &app) const { return m_owners.value(app); }

private:
    struct App {
        QString name;
        QStringList aliases;          // valid anchor subjects
        QList<Certificate> anchors;   // valid anchors
    };
    struct Device {
        QString app;
        QString name;
        QStringList aliases;
        bool disabled = false;
    };

    QString m_path;
    QDateTime m_mtime;
    qint64 m_size = -1;
    QList<App> m_apps;
    QList<Device> m_devices;
    QHash<QString, QString> m_owners;
};

} // namespace dwb::sandbox
