// The sandbox's own link to its broker (libmosquitto, on libmosquitto's
// thread): the HTTP endpoint (DeviceEndpoint) hands accepted device messages
// to the broker plugin, which turns them into the same CloudEvents on
// app/<app> as a device's MQTT publish, and the command API hands commands
// for MQTT devices to it (delivered on command/inbox/...). Logs in to the
// integration listener as the plugin's endpoint user with the sandbox token
// (see broker-plugin/DrogueAuthPlugin.cpp); reconnects by itself.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

struct mosquitto;

namespace dwb::sandbox {

class BrokerLink : public QObject {
    Q_OBJECT
public:
    // The user name the plugin knows the link by.
    static QString userName();
    static QByteArray telemetryTopic(const QString &app, const QString &device, const QString &channel);
    static QByteArray commandTopic(const QString &app, const QString &device, const QString &command);

    BrokerLink(int port, QString caFile, QString token, QObject *parent = nullptr);
    ~BrokerLink() override;

    // Connects (in the background, retried until it succeeds).
    Status start();
    bool isConnected() const;

    // QoS 1; done(true) on the broker's PUBACK, done(false) when not
    // connected or without PUBACK within timeoutMs. done runs on this
    // object's thread.
    using Done = std::function<void(bool)>;
    void publish(const QByteArray &topic, const QByteArray &payload, Done done, int timeoutMs = 5000);

private:
    static void onConnect(mosquitto *, void *self, int rc);
    static void onDisconnect(mosquitto *, void *self, int rc);
    static void onPublish(mosquitto *, void *self, int mid);
    void finish(int mid, bool ok);

    int m_port = 0;
    QString m_caFile;
    QByteArray m_token;
    mosquitto *m_mosq = nullptr;
    std::atomic<bool> m_connected = false;   // set on libmosquitto's thread
    QHash<int, Done> m_pending;   // by message id; this object's thread only
};

} // namespace dwb::sandbox
