// The "Command" check of the test panel: the other direction of the round
// trip. 1. connect as the device (MQTT, client certificate) and subscribe
// to command/inbox/#; 2. send a command through the server's command API
// (RegistryClient::sendCommand); 3. wait for it on the device's
// subscription (command/inbox//<name>, the payload carrying a unique marker).
// Timings: subscribe (from start), API answer and arrival (from the send).
#pragma once

#include "core/mqtt/MqttClient.h"
#include "core/util/Job.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace dwb {

class RegistryClient;

struct CommandCheckOptions {
    QString app;
    QString device;
    QString command = QStringLiteral("dwb-check");
    QByteArray payload;            // JSON object (a marker is added) or empty
    int timeoutMs = 10000;
    MqttOptions deviceConnection;  // host/port/CA + the device's certificate and key
};

struct CommandCheckResult {
    bool subscribed = false;       // the device's command/inbox/# subscription is in place
    bool sent = false;             // the command API accepted the command (202)
    bool arrived = false;          // it reached the device
    qint64 subscribeMs = -1;       // from start
    qint64 sendMs = -1;            // send to the API's answer
    qint64 arriveMs = -1;          // send to arrival at the device
    QString topic;                 // where it arrived
    QByteArray payload;            // what arrived
    std::optional<Error> error;
    bool ok() const { return arrived && !error; }
};

class CommandCheckJob : public Job {
    Q_OBJECT
public:
    CommandCheckJob(RegistryClient *client, CommandCheckOptions options, QObject *parent = nullptr);
    ~CommandCheckJob() override;

    void cancel() override;
    const CommandCheckResult &result() const { return m_result; }

protected:
    void doStart() override;

private:
    void send();
    void onMessage(const MqttMessage &message);
    void done(std::optional<Error> error = std::nullopt);

    QPointer<RegistryClient> m_client;
    CommandCheckOptions m_options;
    CommandCheckResult m_result;
    std::unique_ptr<MqttClient> m_device;
    QByteArray m_sentPayload;
    QElapsedTimer m_clock;
    qint64 m_sendStart = 0;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace dwb
