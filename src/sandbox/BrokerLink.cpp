#include "sandbox/BrokerLink.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QTimer>

extern "C" {
#include <mosquitto.h>
}

namespace dwb::sandbox {

QString BrokerLink::userName() { return QStringLiteral("drogue-sandbox-endpoint"); }

QByteArray BrokerLink::telemetryTopic(const QString &app, const QString &device, const QString &channel)
{
    return QStringLiteral("sandbox/endpoint/telemetry/%1/%2/%3").arg(app, device, channel).toUtf8();
}

QByteArray BrokerLink::commandTopic(const QString &app, const QString &device, const QString &command)
{
    return QStringLiteral("sandbox/endpoint/command/%1/%2/%3").arg(app, device, command).toUtf8();
}

BrokerLink::BrokerLink(int port, QString caFile, QString token, QObject *parent)
    : QObject(parent), m_port(port), m_caFile(std::move(caFile)), m_token(token.toUtf8())
{
}

BrokerLink::~BrokerLink()
{
    if (m_mosq) {
        mosquitto_disconnect(m_mosq);
        mosquitto_loop_stop(m_mosq, true);
        mosquitto_destroy(m_mosq);
    }
}

Status BrokerLink::start()
{
    if (m_mosq)
        return {};
    mosquitto_lib_init();
    m_mosq = mosquitto_new("drogue-sandbox-endpoint", true, this);
    if (!m_mosq)
        return Error(ErrorCode::Unknown, tr("Cannot create the broker link."));
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_connect_callback_set(m_mosq, &BrokerLink::onConnect);
    mosquitto_disconnect_callback_set(m_mosq, &BrokerLink::onDisconnect);
    mosquitto_publish_callback_set(m_mosq, &BrokerLink::onPublish);
    mosquitto_reconnect_delay_set(m_mosq, 1, 5, false);
    mosquitto_username_pw_set(m_mosq, userName().toUtf8().constData(), m_token.constData());
    if (mosquitto_tls_set(m_mosq, QFile::encodeName(m_caFile).constData(), nullptr, nullptr, nullptr, nullptr)
        != MOSQ_ERR_SUCCESS)
        return Error(ErrorCode::Tls, tr("The broker link cannot use the sandbox CA %1.").arg(m_caFile));
    // connect_async fails at once when nothing listens yet: the loop retries.
    mosquitto_connect_async(m_mosq, "localhost", m_port, 30);
    if (mosquitto_loop_start(m_mosq) != MOSQ_ERR_SUCCESS)
        return Error(ErrorCode::Unknown, tr("Cannot start the broker link's thread."));
    return {};
}

bool BrokerLink::isConnected() const
{
    return m_connected;
}

void BrokerLink::publish(const QByteArray &topic, const QByteArray &payload, Done done, int timeoutMs)
{
    // The PUBACK is handed to this thread queued (onPublish): it cannot
    // overtake the insert below.
    int mid = 0;
    const int rc = m_connected ? mosquitto_publish(m_mosq, &mid, topic.constData(), int(payload.size()),
                                                   payload.constData(), 1, false)
                               : MOSQ_ERR_NO_CONN;
    if (rc == MOSQ_ERR_SUCCESS)
        m_pending.insert(mid, std::move(done));
    else
        mid = -1;
    if (mid < 0) {
        QMetaObject::invokeMethod(this, [done = std::move(done)] { done(false); }, Qt::QueuedConnection);
        return;
    }
    QTimer::singleShot(timeoutMs, this, [this, mid] { finish(mid, false); });
}

void BrokerLink::finish(int mid, bool ok)
{
    const Done done = m_pending.take(mid);
    if (done)
        done(ok);
}

void BrokerLink::onConnect(mosquitto *, void *self, int rc)
{
    static_cast<BrokerLink *>(self)->m_connected = rc == 0;
}

void BrokerLink::onDisconnect(mosquitto *, void *self, int)
{
    static_cast<BrokerLink *>(self)->m_connected = false;
}

void BrokerLink::onPublish(mosquitto *, void *self, int mid)
{
    auto *link = static_cast<BrokerLink *>(self);
    QMetaObject::invokeMethod(link, [link, mid] { link->finish(mid, true); }, Qt::QueuedConnection);
}

} // namespace dwb::sandbox
