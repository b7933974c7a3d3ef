// The sandbox's device registry (contract sections 3-4): applications and
// devices in memory, persisted to DIR/registry.json after every change (or
// group of changes, see setDeferredSaves).
// Pure request logic without HTTP, so that it can be embedded and tested
// in-process; SandboxServer puts it behind QHttpServer.
#pragma once

#include "core/util/Result.h"
#include "sandbox/HttpReply.h"
#include "sandbox/LabelSelector.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace dwb::sandbox {

// status.trustAnchors for spec.trustAnchors: one "valid"/"invalid" entry per
// anchor, in the same order.
QJsonObject evaluateTrustAnchors(const QJsonObject &trustAnchorsSpec);

class Registry : public QObject {
    Q_OBJECT
public:
    explicit Registry(QObject *parent = nullptr);
    ~Registry() override;

    // Loads the file, or starts empty when it does not exist. A file that
    // exists but cannot be read or parsed is an error (never reset).
    Status open(const QString &file);
    QString file() const { return m_file; }

    // One registry request. segments: the decoded path segments after
    // /api/registry/v1alpha1 (e.g. {"apps", "demo", "devices", "CN=dev1, O=x"}).
    HttpReply handle(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                     const QByteArray &body, const QString &user);

    // The persisted form: {"version":1,"applications":[…],"devices":[…],"owners":{…}}
    QJsonObject toJson() const;

    // Group commit: with deferred saves, a change is applied in memory and
    // the file is written by flush(), once for every change made since; the
    // server holds the answers until then, so that no answer leaves before
    // what it says is on disk. A failed flush goes back to the state last
    // saved (the changes since are dropped: their answers become errors).
    void setDeferredSaves(bool on)
    {
        m_deferred = on;
        if (on && m_unsaved == 0)
            m_saved = m_state;
    }
    bool hasUnsavedChanges() const { return m_unsaved > 0; }
    Status flush();
    int saves() const { return m_saves; }   // registry file writes so far
    int applicationCount() const { return int(m_state.apps.size()); }
    int deviceCount() const;

Q_SIGNALS:
    // After every successful write of the registry file.
    void registryChanged();

public:
    // A stored object with what is derived from it once per change.
    struct Entry {
        QJsonObject object;
        QByteArray json;       // compact serialisation, as GET returns it
        QStringList aliases;   // app: valid anchor subjects; device: spec.alias
        QJsonObject labels;
    };

private:
    struct State {
        QMap<QString, Entry> apps;                     // by name
        QMap<QString, QMap<QString, Entry>> devices;   // app -> name -> device
        QMap<QString, QString> owners;                 // app -> user id
    };

    HttpReply listApps(const QUrlQuery &query, const QString &user) const;
    HttpReply createApp(const QByteArray &body, const QString &user);
    HttpReply updateApp(const QString &name, const QByteArray &body);
    HttpReply deleteApp(const QString &name, const QByteArray &body);
    HttpReply listDevices(const QString &app, const QUrlQuery &query) const;
    HttpReply createDevice(const QString &app, const QByteArray &body);
    HttpReply updateDevice(const QString &app, const QString &name, const QByteArray &body);
    HttpReply deleteDevice(const QString &app, const QString &name, const QByteArray &body);
    const QMap<QString, Entry> &devicesOf(const QString &app) const;

    // Applies a checked change in place and saves the file; when the save
    // fails, undoes the change (the state stays what is on disk).
    HttpReply commit(const std::function<void()> &apply, const std::function<void()> &undo,
                     HttpReply success);
    // toJson() as compact bytes, from each object's stored serialisation.
    QByteArray serialize() const;

    Status save();

    QString m_file;
    State m_state;
    State m_saved;   // as last saved (implicitly shared with m_state: cheap)
    bool m_deferred = false;
    int m_unsaved = 0;   // changes applied since the last save
    int m_saves = 0;
};

} // namespace dwb::sandbox
