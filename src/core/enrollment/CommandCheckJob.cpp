#include "core/enrollment/CommandCheckJob.h"

#include "core/cloud/RegistryClient.h"
#include "core/mqtt/VerifyDevice.h"

#include <QFutureWatcher>
#include <QUuid>

namespace dwb {

CommandCheckJob::CommandCheckJob(RegistryClient *client, CommandCheckOptions options, QObject *parent)
    : Job(parent), m_client(client), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        QString step;
        if (!m_result.subscribed)
            step = tr("the device could not subscribe to command/inbox/#");
        else if (!m_result.sent)
            step = tr("the command API did not answer");
        else
            step = tr("the command did not reach the device");
        done(Error(ErrorCode::Timeout,
                   tr("Command check timed out after %1 s: %2.").arg(m_options.timeoutMs / 1000.0).arg(step)));
    });
}

CommandCheckJob::~CommandCheckJob() = default;

void CommandCheckJob::doStart()
{
    m_clock.start();
    m_result = {};
    m_timeout.start(m_options.timeoutMs);
    if (!m_client) {
        done(Error(ErrorCode::InvalidArgument, tr("Not connected to a server: the command API is not known.")));
        return;
    }
    // The marker tells our command from any other sent meanwhile.
    m_sentPayload = VerifyDeviceJob::markedPayload(m_options.payload,
                                                   QUuid::createUuid().toString(QUuid::WithoutBraces));
    Q_EMIT progress(tr("Subscribing as the device to command/inbox/#…"), 0, 0);
    m_device = std::make_unique<MqttClient>();
    connect(m_device.get(), &MqttClient::connected, this, [this] {
        if (auto sub = m_device->subscribe(QStringLiteral("command/inbox/#"), 1); !sub)
            done(sub.error());
    });
    connect(m_device.get(), &MqttClient::subscribed, this, [this](int) {
        if (m_result.subscribed)
            return;
        m_result.subscribed = true;
        m_result.subscribeMs = m_clock.elapsed();
        send();
    });
    connect(m_device.get(), &MqttClient::messageReceived, this, &CommandCheckJob::onMessage);
    connect(m_device.get(), &MqttClient::errorOccurred, this, [this](const Error &e) {
        done(Error(e.code, tr("Device: %1").arg(e.message), e.detail));
    });
    if (Status st = m_device->connectToBroker(m_options.deviceConnection); !st)
        done(Error(st.error().code, tr("Device: %1").arg(st.error().message), st.error().detail));
}

void CommandCheckJob::send()
{
    Q_EMIT progress(tr("Sending command '%1' through the command API…").arg(m_options.command), 0, 0);
    m_sendStart = m_clock.elapsed();
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Status st = watcher->result();
        if (!st) {
            done(st.error());
            return;
        }
        if (!m_result.sent) {
            m_result.sent = true;
            m_result.sendMs = m_clock.elapsed() - m_sendStart;
        }
        if (!m_result.arrived)
            Q_EMIT progress(tr("Waiting for the command on command/inbox/…"), 0, 0);
    });
    watcher->setFuture(m_client->sendCommand(m_options.app, m_options.device, m_options.command, m_sentPayload));
}

void CommandCheckJob::onMessage(const MqttMessage &message)
{
    if (m_done || message.payload != m_sentPayload)
        return;
    if (!m_result.sent) { // the delivery overtook the API's answer
        m_result.sent = true;
        m_result.sendMs = m_clock.elapsed() - m_sendStart;
    }
    m_result.arrived = true;
    m_result.arriveMs = m_clock.elapsed() - m_sendStart;
    m_result.topic = message.topic;
    m_result.payload = message.payload;
    done();
}

void CommandCheckJob::done(std::optional<Error> error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_result.error = std::move(error);
    if (m_device)
        m_device->disconnectFromBroker();
    Job::finish(m_result.error ? Status(*m_result.error) : Status());
}

void CommandCheckJob::cancel()
{
    Job::cancel();
    if (isRunning())
        done(Error(ErrorCode::Cancelled, tr("Command check cancelled.")));
}

} // namespace dwb
