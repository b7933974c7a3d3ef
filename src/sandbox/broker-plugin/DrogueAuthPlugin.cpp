// mosquitto 2.0 plugin (API v5) for drogue-sandbox. Options (plugin_opt_*):
//   registry  path of DIR/registry.json (re-read when it changes)
//   user      the sandbox user id (integration login)
//   token_file  file holding the sandbox access token (0600; never in the conf)
//   faults    broker faults of drogue-sandbox --faults (Faults.h), rules
//             separated by '/': rule=I;connack-drop=P;undelivered=P;
//             delivery-delay=MS;skip=N;limit=N;seed=N
// Devices log in with a client certificate only (contract section 5);
// integration clients with user id + token and may only read app/<app> of
// the applications they own. A device publish to <channel> becomes a
// CloudEvent on app/<app>.
// The sandbox's own HTTP endpoint and command API log in as the user
// kEndpointUser with the same token (drogue-sandbox's BrokerLink): a publish
// to sandbox/endpoint/telemetry/<app>/<device>/<channel> becomes the same
// CloudEvent as a device's own publish, one to
// sandbox/endpoint/command/<app>/<device>/<command> is delivered to that
// device's connections subscribed on command/inbox/... as
// command/inbox//<command> (Drogue's topic for a device's own commands).
#include "DrogueRegistry.h"

#include "core/crypto/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUuid>

#include <openssl/x509.h>

#include <chrono>
#include <cstring>
#include <random>
#include <utility>
#include <vector>

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

namespace {

using dwb::Certificate;
using dwb::sandbox::DrogueRegistry;

constexpr char kEndpointUser[] = "drogue-sandbox-endpoint";
constexpr char kTelemetryPrefix[] = "sandbox/endpoint/telemetry/";
constexpr char kCommandPrefix[] = "sandbox/endpoint/command/";

struct Identity {
    enum Kind { Device, Integration, Endpoint } kind = Device;
    bool commands = false;      // device: subscribed on command/inbox/...
    QString app;     // device: its app
    QString device;
    QString user;    // integration: user id
    bool dropAtPublish = false; // fault connack-drop: dropped at its first PUBLISH
};

// One broker rule of --faults (see the file comment).
struct BrokerFault {
    int rule = 0;
    double pConnackDrop = 0, pUndelivered = 0;
    int delayMs = 0;
    int skip = 0, limit = -1;
    std::mt19937_64 rng;
    int matched = 0, fired = 0;
};

// A CloudEvent held back by delivery-delay.
struct HeldEvent {
    qint64 dueMs = 0;
    QByteArray topic;
    QByteArray payload;
    int qos = 0;
};

struct PluginState {
    mosquitto_plugin_id_t *id = nullptr;
    DrogueRegistry registry;
    QString user;
    QByteArray token;
    QHash<const mosquitto *, Identity> clients;
    std::vector<BrokerFault> faults;
    std::vector<HeldEvent> held;
    QList<QByteArray> toKick;   // client ids to drop at the next tick
};

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double uniform(std::mt19937_64 &rng) { return double(rng() >> 11) * 0x1.0p-53; }

std::vector<BrokerFault> parseFaults(const QString &text)
{
    std::vector<BrokerFault> out;
    for (const QString &ruleText : text.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        BrokerFault f;
        quint64 seed = 1;
        for (const QString &item : ruleText.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
            const QString value = item.section(QLatin1Char('='), 1).trimmed();
            if (key == QLatin1String("rule"))
                f.rule = value.toInt();
            else if (key == QLatin1String("connack-drop"))
                f.pConnackDrop = value.toDouble();
            else if (key == QLatin1String("undelivered"))
                f.pUndelivered = value.toDouble();
            else if (key == QLatin1String("delivery-delay"))
                f.delayMs = value.toInt();
            else if (key == QLatin1String("skip"))
                f.skip = value.toInt();
            else if (key == QLatin1String("limit"))
                f.limit = value.toInt();
            else if (key == QLatin1String("seed"))
                seed = value.toULongLong();
        }
        f.rng.seed(seed);
        out.push_back(std::move(f));
    }
    return out;
}

// Whether one rule fires for one event (p: its probability for that kind).
bool fires(BrokerFault &f, double p)
{
    if (p <= 0)
        return false;
    if (f.matched++ < f.skip)
        return false;
    if (f.limit >= 0 && f.fired >= f.limit)
        return false;
    if (uniform(f.rng) >= p)
        return false;
    ++f.fired;
    return true;
}

PluginState *g_state = nullptr;

void logLine(int level, const QString &text)
{
    const QByteArray t = text.toUtf8();
    mosquitto_log_printf(level, "drogue-auth: %s", t.constData());
}

QString clientName(const mosquitto *client)
{
    const char *id = mosquitto_client_id(client);
    const char *addr = mosquitto_client_address(client);
    return QStringLiteral("client '%1' from %2").arg(QString::fromUtf8(id ? id : ""),
                                                     QString::fromUtf8(addr ? addr : "?"));
}

bool constantTimeEqual(const QByteArray &a, const char *b)
{
    if (!b)
        return false;
    const size_t n = std::strlen(b);
    if (n != size_t(a.size()))
        return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a[qsizetype(i)] ^ b[i]);
    return diff == 0 && !a.isEmpty();
}

int onBasicAuth(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_basic_auth *>(eventData);
    PluginState &s = *g_state;
    s.clients.remove(ed->client);
    auto *x509 = static_cast<X509 *>(mosquitto_client_certificate(ed->client));
    if (x509) {
        const Certificate leaf(x509); // owns the reference mosquitto gave us
        if (ed->username && *ed->username) {
            logLine(MOSQ_LOG_NOTICE, QStringLiteral("refused %1 (%2): a user name next to the client certificate; the certificate must be the only credential")
                                         .arg(clientName(ed->client), leaf.subjectString()));
            return MOSQ_ERR_AUTH;
        }
        QString err;
        if (!s.registry.refresh(&err)) {
            logLine(MOSQ_LOG_ERR, QStringLiteral("cannot read the registry: %1").arg(err));
            return MOSQ_ERR_AUTH;
        }
        const dwb::sandbox::DeviceLogin login = s.registry.checkDevice(leaf);
        if (!login.ok) {
            logLine(MOSQ_LOG_NOTICE, QStringLiteral("refused device %1 (subject '%2', issuer '%3'): %4")
                                         .arg(clientName(ed->client), leaf.subjectString(),
                                              leaf.issuerString(), login.reason));
            return MOSQ_ERR_AUTH;
        }
        Identity id;
        id.kind = Identity::Device;
        id.app = login.app;
        id.device = login.device;
        for (BrokerFault &f : s.faults) {
            if (fires(f, f.pConnackDrop)) {
                id.dropAtPublish = true;
                logLine(MOSQ_LOG_NOTICE, QStringLiteral("fault: connack-drop (rule %1): device '%2' of application "
                                                        "'%3' is accepted and will be dropped at its first PUBLISH")
                                             .arg(f.rule).arg(login.device, login.app));
                break;
            }
        }
        s.clients.insert(ed->client, id);
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("accepted device '%1' of application '%2' (%3)")
                                     .arg(login.device, login.app, clientName(ed->client)));
        return MOSQ_ERR_SUCCESS;
    }
    const QString user = QString::fromUtf8(ed->username ? ed->username : "");
    if (user.isEmpty()) {
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("refused %1: no client certificate and no user name")
                                     .arg(clientName(ed->client)));
        return MOSQ_ERR_AUTH;
    }
    if (user == QLatin1String(kEndpointUser) && constantTimeEqual(s.token, ed->password)) {
        Identity id;
        id.kind = Identity::Endpoint;
        id.user = user;
        s.clients.insert(ed->client, id);
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("accepted the sandbox's endpoint link (%1)").arg(clientName(ed->client)));
        return MOSQ_ERR_SUCCESS;
    }
    if (user != s.user || !constantTimeEqual(s.token, ed->password)) {
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("refused integration %1: bad user id or access token for user '%2'")
                                     .arg(clientName(ed->client), user));
        return MOSQ_ERR_AUTH;
    }
    Identity id;
    id.kind = Identity::Integration;
    id.user = user;
    s.clients.insert(ed->client, id);
    logLine(MOSQ_LOG_NOTICE, QStringLiteral("accepted integration user '%1' (%2)").arg(user, clientName(ed->client)));
    return MOSQ_ERR_SUCCESS;
}

int onAclCheck(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_acl_check *>(eventData);
    PluginState &s = *g_state;
    const auto it = s.clients.constFind(ed->client);
    if (it == s.clients.constEnd())
        return MOSQ_ERR_ACL_DENIED;
    const QString topic = QString::fromUtf8(ed->topic ? ed->topic : "");
    if (it->kind == Identity::Endpoint) {
        if (ed->access == MOSQ_ACL_WRITE
            && (topic.startsWith(QLatin1String(kTelemetryPrefix)) || topic.startsWith(QLatin1String(kCommandPrefix))))
            return MOSQ_ERR_SUCCESS;
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("denied the endpoint link access %1 to '%2'").arg(ed->access).arg(topic));
        return MOSQ_ERR_ACL_DENIED;
    }
    const Identity &id = *it;
    if (id.kind == Identity::Device) {
        const bool command = topic.startsWith(QLatin1String("command/inbox/"));
        if (command && ed->access == MOSQ_ACL_SUBSCRIBE)
            s.clients[ed->client].commands = true;
        switch (ed->access) {
        case MOSQ_ACL_WRITE:
            if (!topic.startsWith(QLatin1String("app/")) && !topic.startsWith(QLatin1String("command/"))
                && !topic.startsWith(QLatin1Char('$')) && !topic.isEmpty())
                return MOSQ_ERR_SUCCESS;
            break;
        case MOSQ_ACL_SUBSCRIBE:
        case MOSQ_ACL_UNSUBSCRIBE:
        case MOSQ_ACL_READ:
            if (command)
                return MOSQ_ERR_SUCCESS;
            break;
        default:
            break;
        }
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("denied device '%1/%2' access %3 to '%4'")
                                     .arg(id.app, id.device).arg(ed->access).arg(topic));
        return MOSQ_ERR_ACL_DENIED;
    }
    // Integration: read-only app/<app> of owned applications.
    if (ed->access == MOSQ_ACL_UNSUBSCRIBE)
        return MOSQ_ERR_SUCCESS;
    if (ed->access == MOSQ_ACL_SUBSCRIBE || ed->access == MOSQ_ACL_READ) {
        if (topic.startsWith(QLatin1String("app/"))) {
            const QString app = topic.mid(4);
            s.registry.refresh();
            if (!app.isEmpty() && !app.contains(QLatin1Char('/')) && !app.contains(QLatin1Char('+'))
                && !app.contains(QLatin1Char('#')) && s.registry.owner(app) == id.user)
                return MOSQ_ERR_SUCCESS;
        }
    }
    logLine(MOSQ_LOG_NOTICE, QStringLiteral("denied integration user '%1' access %2 to '%3'")
                                 .arg(id.user).arg(ed->access).arg(topic));
    return MOSQ_ERR_ACL_DENIED;
}

// The CloudEvent of one device message (MQTT publish or HTTP POST): the
// same for both endpoints, as in Drogue Cloud.
QByteArray cloudEvent(const QString &app, const QString &device, const QString &channel, const QByteArray &payload)
{
    QJsonObject event;
    event.insert(QStringLiteral("specversion"), QStringLiteral("1.0"));
    event.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    event.insert(QStringLiteral("type"), QStringLiteral("io.drogue.event.v1"));
    event.insert(QStringLiteral("source"), QString(app + QLatin1Char('/') + device));
    event.insert(QStringLiteral("subject"), channel);
    event.insert(QStringLiteral("time"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    event.insert(QStringLiteral("application"), app);
    event.insert(QStringLiteral("device"), device);
    QJsonParseError pe;
    // A JSON value of any kind (object, array, number, string): wrap it to parse.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + payload + "]", &pe);
    if (!payload.trimmed().isEmpty() && pe.error == QJsonParseError::NoError && doc.isArray()
        && doc.array().size() == 1) {
        event.insert(QStringLiteral("datacontenttype"), QStringLiteral("application/json"));
        event.insert(QStringLiteral("data"), doc.array().at(0));
    } else {
        event.insert(QStringLiteral("datacontenttype"), QStringLiteral("application/octet-stream"));
        event.insert(QStringLiteral("data_base64"), QString::fromLatin1(payload.toBase64()));
    }
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

// Replaces the message's topic and payload (the broker frees the old ones).
int rewrite(mosquitto_evt_message *ed, const QByteArray &topic, const QByteArray &payload)
{
    char *newTopic = mosquitto_strdup(topic.constData());
    void *newPayload = mosquitto_malloc(size_t(qMax<qsizetype>(payload.size(), 1)));
    if (!newTopic || !newPayload) {
        mosquitto_free(newTopic);
        mosquitto_free(newPayload);
        return MOSQ_ERR_NOMEM;
    }
    std::memcpy(newPayload, payload.constData(), size_t(payload.size()));
    ed->topic = newTopic;
    ed->payload = newPayload;
    ed->payloadlen = uint32_t(payload.size());
    ed->retain = false;
    return MOSQ_ERR_SUCCESS;
}

// A command of the sandbox's command API (topic kCommandPrefix
// <app>/<device>/<command>) to every connection of that device subscribed on
// command/inbox/...; the original message goes to a topic nobody may read.
int deliverCommand(PluginState &s, mosquitto_evt_message *ed, const QStringList &parts, const QByteArray &payload)
{
    const QString app = parts.value(0), device = parts.value(1), command = parts.mid(2).join(QLatin1Char('/'));
    const QByteArray topic = QStringLiteral("command/inbox//%1").arg(command).toUtf8();
    int delivered = 0;
    for (auto it = s.clients.constBegin(); it != s.clients.constEnd(); ++it) {
        if (it->kind != Identity::Device || !it->commands || it->app != app || it->device != device)
            continue;
        const char *cid = mosquitto_client_id(it.key());
        if (!cid)
            continue;
        if (mosquitto_broker_publish_copy(cid, topic.constData(), int(payload.size()), payload.constData(),
                                          ed->qos < 1 ? 1 : int(ed->qos), false, nullptr)
            == MOSQ_ERR_SUCCESS)
            ++delivered;
    }
    logLine(MOSQ_LOG_NOTICE, QStringLiteral("command '%1' for device '%2' of application '%3': delivered to %4 "
                                            "connection(s) on %5")
                                 .arg(command, device, app).arg(delivered).arg(QString::fromUtf8(topic)));
    return rewrite(ed, "sandbox/endpoint/delivered/" + app.toUtf8(), QByteArray::number(delivered));
}

int onMessage(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_message *>(eventData);
    PluginState &s = *g_state;
    const auto it = s.clients.constFind(ed->client);
    if (it == s.clients.constEnd() || it->kind == Identity::Integration)
        return MOSQ_ERR_SUCCESS;
    const QByteArray payload(static_cast<const char *>(ed->payload), qsizetype(ed->payloadlen));
    Identity id = *it;
    QString channel = QString::fromUtf8(ed->topic);
    if (id.kind == Identity::Endpoint) {
        const bool telemetry = channel.startsWith(QLatin1String(kTelemetryPrefix));
        const QStringList parts = channel.mid(telemetry ? int(std::strlen(kTelemetryPrefix))
                                                        : int(std::strlen(kCommandPrefix)))
                                      .split(QLatin1Char('/'));
        if (parts.size() < 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
            return rewrite(ed, "sandbox/endpoint/invalid", {});
        if (!telemetry)
            return deliverCommand(s, ed, parts, payload);
        id.app = parts.at(0);
        id.device = parts.at(1);
        channel = parts.mid(2).join(QLatin1Char('/'));
    }
    const QByteArray json = cloudEvent(id.app, id.device, channel, payload);
    QByteArray topic = (QStringLiteral("app/") + id.app).toUtf8();

    // Broker faults: the message goes to a topic nobody may subscribe to
    // (acknowledged as usual, never delivered), and for delivery-delay a copy
    // is published to app/<app> later (onTick).
    const QString who = id.app + QLatin1Char('/') + id.device;
    if (id.dropAtPublish) {
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("fault: connack-drop: dropping device '%1' at its PUBLISH").arg(who));
        if (const char *cid = mosquitto_client_id(ed->client))
            s.toKick << QByteArray(cid);
        topic = "sandbox/faults/dropped/" + id.app.toUtf8();
    } else {
        for (BrokerFault &f : s.faults) {
            if (fires(f, f.pUndelivered)) {
                logLine(MOSQ_LOG_NOTICE, QStringLiteral("fault: undelivered (rule %1): the message of device '%2' "
                                                        "is acknowledged and never delivered")
                                             .arg(f.rule).arg(who));
                topic = "sandbox/faults/undelivered/" + id.app.toUtf8();
                break;
            }
            if (f.delayMs > 0 && fires(f, 1.0)) {
                logLine(MOSQ_LOG_NOTICE, QStringLiteral("fault: delivery-delay (rule %1): the message of device "
                                                        "'%2' reaches app/%3 %4 ms late")
                                             .arg(f.rule).arg(who, id.app).arg(f.delayMs));
                s.held.push_back(HeldEvent{nowMs() + f.delayMs, topic, json, ed->qos});
                topic = "sandbox/faults/delayed/" + id.app.toUtf8();
                break;
            }
        }
    }

    return rewrite(ed, topic, json);
}

int onTick(int, void *, void *)
{
    PluginState &s = *g_state;
    const QList<QByteArray> kick = std::exchange(s.toKick, {});
    for (const QByteArray &id : kick)
        mosquitto_kick_client_by_clientid(id.constData(), false);
    const qint64 now = nowMs();
    for (auto it = s.held.begin(); it != s.held.end();) {
        if (it->dueMs > now) {
            ++it;
            continue;
        }
        mosquitto_broker_publish_copy(nullptr, it->topic.constData(), int(it->payload.size()), it->payload.constData(),
                                      it->qos, false, nullptr);
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("fault: delivery-delay: delivered the held event to %1")
                                     .arg(QString::fromUtf8(it->topic)));
        it = s.held.erase(it);
    }
    return MOSQ_ERR_SUCCESS;
}

int onDisconnect(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_disconnect *>(eventData);
    if (g_state)
        g_state->clients.remove(ed->client);
    return MOSQ_ERR_SUCCESS;
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) int mosquitto_plugin_version(int count, const int *versions)
{
    for (int i = 0; i < count; ++i)
        if (versions[i] == 5)
            return 5;
    return -1;
}

__attribute__((visibility("default"))) int mosquitto_plugin_init(mosquitto_plugin_id_t *identifier,
                                                                 void **userdata,
                                                                 struct mosquitto_opt *options,
                                                                 int optionCount)
{
    auto *state = new PluginState;
    state->id = identifier;
    QString tokenFile;
    for (int i = 0; i < optionCount; ++i) {
        const QByteArray key(options[i].key);
        const QString value = QString::fromUtf8(options[i].value);
        if (key == "registry")
            state->registry.setPath(value);
        else if (key == "user")
            state->user = value;
        else if (key == "token_file")
            tokenFile = value;
        else if (key == "faults")
            state->faults = parseFaults(value);
    }
    if (!tokenFile.isEmpty()) {
        QFile f(tokenFile);
        if (!f.open(QIODevice::ReadOnly)) {
            logLine(MOSQ_LOG_ERR, QStringLiteral("cannot read the token file %1").arg(tokenFile));
            delete state;
            return MOSQ_ERR_UNKNOWN;
        }
        state->token = f.readAll().trimmed();
    }
    QString err;
    if (!state->registry.refresh(&err))
        logLine(MOSQ_LOG_WARNING, QStringLiteral("cannot read the registry yet: %1").arg(err));
    g_state = state;
    *userdata = state;
    mosquitto_callback_register(identifier, MOSQ_EVT_BASIC_AUTH, onBasicAuth, nullptr, state);
    mosquitto_callback_register(identifier, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr, state);
    mosquitto_callback_register(identifier, MOSQ_EVT_MESSAGE, onMessage, nullptr, state);
    mosquitto_callback_register(identifier, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr, state);
    if (!state->faults.empty()) {
        mosquitto_callback_register(identifier, MOSQ_EVT_TICK, onTick, nullptr, state);
        logLine(MOSQ_LOG_INFO, QStringLiteral("broker faults: %1 rule(s)").arg(state->faults.size()));
    }
    logLine(MOSQ_LOG_INFO, QStringLiteral("loaded"));
    return MOSQ_ERR_SUCCESS;
}

__attribute__((visibility("default"))) int mosquitto_plugin_cleanup(void *userdata, struct mosquitto_opt *,
                                                                    int)
{
    auto *state = static_cast<PluginState *>(userdata);
    if (state) {
        mosquitto_callback_unregister(state->id, MOSQ_EVT_BASIC_AUTH, onBasicAuth, nullptr);
        mosquitto_callback_unregister(state->id, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr);
        mosquitto_callback_unregister(state->id, MOSQ_EVT_MESSAGE, onMessage, nullptr);
        mosquitto_callback_unregister(state->id, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr);
        if (!state->faults.empty())
            mosquitto_callback_unregister(state->id, MOSQ_EVT_TICK, onTick, nullptr);
    }
    if (g_state == state)
        g_state = nullptr;
    delete state;
    return MOSQ_ERR_SUCCESS;
}

} // extern "C"
