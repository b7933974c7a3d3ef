#include "core/mqtt/VerifyDevice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace dwb {

namespace {
constexpr auto kMarkerKey = "dwbVerify";
}

QJsonObject VerifyDeviceResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("integrationReady"), integrationReady);
    o.insert(QStringLiteral("connected"), connected);
    o.insert(QStringLiteral("published"), published);
    o.insert(QStringLiteral("delivered"), delivered);
    o.insert(QStringLiteral("integrationMs"), integrationMs);
    o.insert(QStringLiteral("connectMs"), connectMs);
    o.insert(QStringLiteral("publishMs"), publishMs);
    o.insert(QStringLiteral("deliverMs"), deliverMs);
    o.insert(QStringLiteral("totalMs"), totalMs);
    o.insert(QStringLiteral("marker"), marker);
    if (error)
        o.insert(QStringLiteral("error"), error->toString());
    return o;
}

VerifyDeviceJob::VerifyDeviceJob(VerifyDeviceOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{
    qRegisterMetaType<dwb::VerifyDeviceResult>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const QString seconds = QString::number(m_options.timeoutMs / 1000.0);
        if (m_late) {
            const QString total = QString::number((m_options.timeoutMs + lateWindowMs()) / 1000.0);
            finish(Error(ErrorCode::Timeout,
                         tr("The broker accepted the message but never delivered it to app/%1: nothing arrived "
                            "within %2 s.")
                             .arg(m_options.app, total),
                         tr("acknowledged by the broker; timeout %1 s").arg(seconds)));
            return;
        }
        if (m_result.integrationReady && m_result.connected && m_result.published && lateWindowMs() > 0) {
            // Acknowledged, not delivered: listen a while longer, to tell a
            // late delivery from none.
            m_late = true;
            m_timeout.start(lateWindowMs());
            Q_EMIT progress(tr("Not delivered within %1 s; waiting %2 s more for a late delivery…")
                                .arg(seconds, QString::number(lateWindowMs() / 1000.0)),
                            0, 0);
            return;
        }
        QString step;
        if (!m_result.integrationReady)
            step = tr("the integration side did not subscribe");
        else if (!m_result.connected)
            step = tr("the device did not connect");
        else if (!m_result.published)
            step = tr("the broker did not acknowledge the message");
        else
            step = tr("the message did not arrive on app/%1").arg(m_options.app);
        finish(Error(ErrorCode::Timeout,
                     tr("Verification timed out after %1 s: %2.").arg(m_options.timeoutMs / 1000.0).arg(step)));
    });
}

VerifyDeviceJob::~VerifyDeviceJob() = default;

int VerifyDeviceJob::lateWindowMs() const
{
    return m_options.lateWindowMs >= 0 ? m_options.lateWindowMs : std::min(m_options.timeoutMs / 2, 5000);
}

QByteArray VerifyDeviceJob::markedPayload(const QByteArray &message, const QString &marker)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(message, &pe);
    QJsonObject o;
    if (!message.isEmpty() && pe.error == QJsonParseError::NoError && doc.isObject()) {
        o = doc.object();
    } else if (!message.isEmpty()) {
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + message + "]");
        if (wrapped.isArray() && wrapped.array().size() == 1)
            o.insert(QStringLiteral("value"), wrapped.array().at(0));
        else
            o.insert(QStringLiteral("value"), QString::fromUtf8(message));
    }
    o.insert(QLatin1String(kMarkerKey), marker);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void VerifyDeviceJob::doStart()
{
    m_clock.start();
    m_result = {};
    m_result.marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_late = false;
    m_timeout.start(m_options.timeoutMs);
    Q_EMIT progress(tr("Connecting to the integration side…"), 0, 0);

    m_integration = std::make_unique<MqttClient>();
    connect(m_integration.get(), &MqttClient::connected, this, [this] {
        auto sub = m_integration->subscribe(QStringLiteral("app/") + m_options.app, 1);
        if (!sub)
            finish(sub.error());
    });
    connect(m_integration.get(), &MqttClient::subscribed, this, [this] {
        m_result.integrationReady = true;
        m_result.integrationMs = m_clock.elapsed();
        startDevice();
    });
    connect(m_integration.get(), &MqttClient::messageReceived, this, &VerifyDeviceJob::onEvent);
    connect(m_integration.get(), &MqttClient::errorOccurred, this, [this](const Error &e) {
        finish(Error(e.code, tr("Integration side (app/%1): %2").arg(m_options.app, e.message), e.detail));
    });
    MqttOptions io = m_options.integrationConnection;
    io.version = m_options.version;
    io.connectTimeoutMs = m_options.timeoutMs;
    if (Status st = m_integration->connectToBroker(io); !st)
        finish(Error(st.error().code, tr("Integration side: %1").arg(st.error().message), st.error().detail));
}

void VerifyDeviceJob::startHttpDevice()
{
    Q_EMIT progress(tr("Posting to %1 over HTTP…").arg(m_options.channel), 0, 0);
    m_deviceStart = m_clock.elapsed();
    m_publishStart = m_deviceStart;
    m_http = std::make_unique<HttpDevicePost>();
    connect(m_http.get(), &HttpDevicePost::finished, this, [this](const Result<HttpPostAnswer> &answer) {
        if (!answer) {
            finish(Error(answer.error().code, tr("Device (HTTP): %1").arg(answer.error().message),
                         answer.error().detail));
            return;
        }
        if (m_result.published)
            return; // the event came first
        m_result.connected = true;
        m_result.published = true;
        m_result.connectMs = m_result.publishMs = m_clock.elapsed() - m_deviceStart;
        Q_EMIT progress(tr("Waiting for the event on app/%1…").arg(m_options.app), 0, 0);
    });
    HttpPostOptions o;
    o.endpoint = m_options.httpEndpoint;
    o.channel = m_options.channel;
    o.payload = markedPayload(m_options.message, m_result.marker);
    o.timeoutMs = m_options.timeoutMs;
    o.caFile = m_options.deviceConnection.caFile;
    o.clientCertificate = m_options.deviceConnection.clientCertificate;
    o.clientKey = m_options.deviceConnection.clientKey;
    if (Status st = m_http->post(o); !st)
        finish(Error(st.error().code, tr("Device (HTTP): %1").arg(st.error().message), st.error().detail));
}

void VerifyDeviceJob::startDevice()
{
    if (!m_options.httpEndpoint.isEmpty()) {
        startHttpDevice();
        return;
    }
    Q_EMIT progress(tr("Connecting as the device…"), 0, 0);
    m_deviceStart = m_clock.elapsed();
    m_device = std::make_unique<MqttClient>();
    connect(m_device.get(), &MqttClient::connected, this, [this] {
        m_result.connected = true;
        m_result.connectMs = m_clock.elapsed() - m_deviceStart;
        Q_EMIT progress(tr("Publishing to %1…").arg(m_options.channel), 0, 0);
        m_publishStart = m_clock.elapsed();
        auto mid = m_device->publish(m_options.channel,
                                     markedPayload(m_options.message, m_result.marker),
                                     m_options.qos);
        if (!mid)
            finish(mid.error());
        else
            m_publishMid = *mid;
    });
    connect(m_device.get(), &MqttClient::published, this, [this](int mid) {
        if (mid != m_publishMid || m_result.published)
            return;
        m_result.published = true;
        m_result.publishMs = m_clock.elapsed() - m_publishStart;
        Q_EMIT progress(tr("Waiting for the event on app/%1…").arg(m_options.app), 0, 0);
    });
    connect(m_device.get(), &MqttClient::errorOccurred, this, [this](const Error &e) {
        finish(Error(e.code, tr("Device: %1").arg(e.message), e.detail));
    });
    MqttOptions dopt = m_options.deviceConnection;
    dopt.version = m_options.version;
    dopt.connectTimeoutMs = m_options.timeoutMs;
    if (Status st = m_device->connectToBroker(dopt); !st)
        finish(Error(st.error().code, tr("Device: %1").arg(st.error().message), st.error().detail));
}

void VerifyDeviceJob::onEvent(const MqttMessage &message)
{
    if (m_done)
        return;
    const QJsonObject event = QJsonDocument::fromJson(message.payload).object();
    const QJsonValue data = event.value(QLatin1String("data"));
    if (!data.isObject() || data.toObject().value(QLatin1String(kMarkerKey)).toString() != m_result.marker)
        return;
    if (!m_options.device.isEmpty()
        && event.value(QLatin1String("source")).toString() != m_options.app + QLatin1Char('/') + m_options.device)
        return;
    if (!m_result.published) { // QoS 0 or the PUBACK (HTTP: the 202) still queued behind the event
        m_result.published = true;
        m_result.publishMs = m_clock.elapsed() - m_publishStart;
        if (!m_result.connected) { // HTTP: the answer is the connection's proof too
            m_result.connected = true;
            m_result.connectMs = m_result.publishMs;
        }
    }
    m_result.delivered = true;
    m_result.deliverMs = m_clock.elapsed() - m_publishStart;
    m_result.event = event;
    if (m_late) {
        finish(Error(ErrorCode::Timeout,
                     tr("The message was delivered late: it reached app/%1 %2 s after it was sent, past the %3 s "
                        "timeout.")
                         .arg(m_options.app, QString::number(m_result.deliverMs / 1000.0, 'f', 1),
                              QString::number(m_options.timeoutMs / 1000.0))));
        return;
    }
    finish();
}

void VerifyDeviceJob::finish(std::optional<Error> error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_result.error = std::move(error);
    m_result.totalMs = m_clock.elapsed();
    if (m_device)
        m_device->disconnectFromBroker();
    if (m_http)
        m_http->abort();
    if (m_integration)
        m_integration->disconnectFromBroker();
    Job::finish(m_result.error ? Status(*m_result.error) : Status());
}

void VerifyDeviceJob::cancel()
{
    Job::cancel();
    if (isRunning())
        finish(Error(ErrorCode::Cancelled, tr("Verification cancelled.")));
}

VerifyDeviceResult VerifyDeviceJob::run(const VerifyDeviceOptions &options)
{
    VerifyDeviceJob job(options);
    (void)job.exec();
    return job.result();
}

} // namespace dwb
