// mosquitto 2.0 plugin (API v5) for drogue-sandbox. Options (plugin_opt_*):
//   registry  path of DIR/registry.json (re-read when it changes)
//   user      the sandbox user id (integration login)
//   token_file  file holding the sandbox access token (0600; never in the conf)
// Devices log in with a client certificate only (contract section 5);
// integration clients with user id + token and may only read app/<app> of
// the applications they own. A device publish to <channel> becomes a
// CloudEvent on app/<app>.
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

#include <cstring>

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

namespace {

using dwb::Certificate;
using dwb::sandbox::DrogueRegistry;

struct Identity {
    enum Kind { Device, Integration } kind = Device;
    QString app;     // device: its app
    QString device;
    QString user;    // integration: user id
};

struct PluginState {
    mosquitto_plugin_id_t *id = nullptr;
    DrogueRegistry registry;
    QString user;
    QByteArray token;
    QHash<const mosquitto *, Identity> clients;
};

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
    const Identity &id = *it;
    if (id.kind == Identity::Device) {
        const bool command = topic.startsWith(QLatin1String("command/inbox/"));
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

int onMessage(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_message *>(eventData);
    PluginState &s = *g_state;
    const auto it = s.clients.constFind(ed->client);
    if (it == s.clients.constEnd() || it->kind != Identity::Device)
        return MOSQ_ERR_SUCCESS;
    const Identity &id = *it;
    const QByteArray payload(static_cast<const char *>(ed->payload), qsizetype(ed->payloadlen));
    QJsonObject event;
    event.insert(QStringLiteral("specversion"), QStringLiteral("1.0"));
    event.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    event.insert(QStringLiteral("type"), QStringLiteral("io.drogue.event.v1"));
    event.insert(QStringLiteral("source"), QString(id.app + QLatin1Char('/') + id.device));
    event.insert(QStringLiteral("subject"), QString::fromUtf8(ed->topic));
    event.insert(QStringLiteral("time"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    event.insert(QStringLiteral("application"), id.app);
    event.insert(QStringLiteral("device"), id.device);
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
    const QByteArray json = QJsonDocument(event).toJson(QJsonDocument::Compact);
    const QByteArray topic = (QStringLiteral("app/") + id.app).toUtf8();

    char *newTopic = mosquitto_strdup(topic.constData());
    void *newPayload = mosquitto_malloc(size_t(json.size()));
    if (!newTopic || !newPayload) {
        mosquitto_free(newTopic);
        mosquitto_free(newPayload);
        return MOSQ_ERR_NOMEM;
    }
    std::memcpy(newPayload, json.constData(), size_t(json.size()));
    ed->topic = newTopic;
    ed->payload = newPayload;
    ed->payloadlen = uint32_t(json.size());
    ed->retain = false;
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
    }
    if (g_state == state)
        g_state = nullptr;
    delete state;
    return MOSQ_ERR_SUCCESS;
}

} // extern "C"
