// "Verify device": proof that a device certificate works end to end.
// 1. connect to the integration side (user id + token) and subscribe to
//    app/<app>; 2. connect as the device (mutual TLS); 3. publish a payload
//    carrying a unique marker to <channel>; 4. wait for that exact event
//    (CloudEvent with source <app>/<device> and the marker in its data).
// With httpEndpoint set, steps 2 and 3 are one POST <httpEndpoint>/v1/<channel>
// with the device's certificate (HttpDevicePost): "connected" and
// "published" are then its 202 answer.
#pragma once

#include "core/util/Job.h"
#include "core/mqtt/MqttClient.h"
#include "core/mqtt/HttpDevicePost.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace dwb {

struct VerifyDeviceOptions {
    QString app;
    QString device;               // registry name; empty: match the marker only
    QString channel = QStringLiteral("temp");
    QByteArray message;           // JSON object (marker added) or anything (wrapped)
    int qos = 1;
    int timeoutMs = 10000;        // whole job
    // After the timeout with the message acknowledged but not delivered, how
    // long to keep listening to tell "delivered late" from "never delivered"
    // (the job then ends at timeoutMs + lateWindowMs at most). -1: half the
    // timeout, at most 5 s; 0: no late window.
    int lateWindowMs = -1;
    MqttVersion version = MqttVersion::V5;

    MqttOptions deviceConnection;       // host/port/CA + certificate and key
    QUrl httpEndpoint;                  // set: the device publishes over HTTP (deviceConnection's CA, cert, key)
    MqttOptions integrationConnection;  // host/port/CA + user id and token
};

struct VerifyDeviceResult {
    bool integrationReady = false; // subscribed on the integration side
    bool connected = false;        // device connected (CONNACK 0)
    bool published = false;        // publish acknowledged (QoS 1) or sent (QoS 0)
    bool delivered = false;        // the event arrived on app/<app> (late: after the timeout, with an error)
    qint64 integrationMs = -1;     // from start
    qint64 connectMs = -1;         // device connect, from its start
    qint64 publishMs = -1;         // publish to acknowledgement
    qint64 deliverMs = -1;         // publish to event
    qint64 totalMs = -1;
    QString marker;
    QJsonObject event;             // the CloudEvent received
    std::optional<Error> error;
    bool ok() const { return delivered && !error; }
    QJsonObject toJson() const;
};

// A dwb::Job: progress(step, 0, 0) per stage; finished(Status) ok when the
// event arrived, otherwise the reason (result() has the stages and timings).
class VerifyDeviceJob : public Job {
    Q_OBJECT
public:
    explicit VerifyDeviceJob(VerifyDeviceOptions options, QObject *parent = nullptr);
    ~VerifyDeviceJob() override;

    void cancel() override;
    const VerifyDeviceResult &result() const { return m_result; }

    // Runs the job in a local event loop; returns when finished.
    static VerifyDeviceResult run(const VerifyDeviceOptions &options);
    // The payload published: the message with "dwbVerify": marker.
    static QByteArray markedPayload(const QByteArray &message, const QString &marker);

protected:
    void doStart() override;

private:
    void startDevice();
    void onEvent(const MqttMessage &message);
    void finish(std::optional<Error> error = std::nullopt);

    VerifyDeviceOptions m_options;
    VerifyDeviceResult m_result;
    std::unique_ptr<MqttClient> m_integration;
    std::unique_ptr<MqttClient> m_device;
    std::unique_ptr<HttpDevicePost> m_http;
    void startHttpDevice();
    QElapsedTimer m_clock;
    qint64 m_deviceStart = 0;
    qint64 m_publishStart = 0;
    int m_publishMid = -1;
    bool m_late = false;           // in the late window after the timeout
    int lateWindowMs() const;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace dwb

Q_DECLARE_METATYPE(dwb::VerifyDeviceResult)
