// The MQTT side of the sandbox as its broker plugin sees what arrives on the
// wire (src/sandbox/broker-plugin: the real plugin, loaded into a fake
// broker made of the mosquitto_* functions it calls, defined here): topic
// names in the ACL checks of a device and of an integration client, the
// integration login, and a device's publish turned into the CloudEvent on
// app/<app> that the verify job, the MQTT panel and `dwb subscribe` read.
//
// Input: byte 0 = switches (bit 0: the payload goes through
// VerifyDeviceJob::markedPayload first, as the verify job sends it; bit 1:
// the payload is also tried as the integration password), then
// TOPIC '\n' PAYLOAD. A NUL in the topic ends it (topics are C strings).
//
// The fake broker's functions are defined in this header: include it in one
// source file per program (the fuzz target, the replay test).
#pragma once

#include "FuzzCheck.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/mqtt/VerifyDevice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <openssl/x509.h>

#include <cstdarg>
#include <cstdlib>
#include <cstring>

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

namespace dwb::fuzz::cloudevent {

// A connected client of the fake broker (passed to the plugin as its
// `struct mosquitto *`).
struct FakeClient {
    const char *id;
    X509 *certificate = nullptr; // device login: the client certificate
};

struct Broker {
    MOSQ_FUNC_generic_callback basicAuth = nullptr, aclCheck = nullptr, message = nullptr,
                               disconnect = nullptr;
    QTemporaryDir dir;
    QByteArray token = QByteArrayLiteral("fuzz-token-0123456789");
    FakeClient device{"device-client"};
    FakeClient integration{"integration-client"};
    FakeClient stranger{"stranger-client"};
    bool ready = false;
};

inline Broker &broker()
{
    static Broker b;
    return b;
}

inline mosquitto *asClient(FakeClient &c) { return reinterpret_cast<mosquitto *>(&c); }

} // namespace dwb::fuzz::cloudevent

// --- the broker functions the plugin calls -----------------------------------
extern "C" {

int mosquitto_callback_register(mosquitto_plugin_id_t *, int event, MOSQ_FUNC_generic_callback cb, const void *,
                                void *)
{
    auto &b = dwb::fuzz::cloudevent::broker();
    switch (event) {
    case MOSQ_EVT_BASIC_AUTH: b.basicAuth = cb; break;
    case MOSQ_EVT_ACL_CHECK: b.aclCheck = cb; break;
    case MOSQ_EVT_MESSAGE: b.message = cb; break;
    case MOSQ_EVT_DISCONNECT: b.disconnect = cb; break;
    default: break;
    }
    return MOSQ_ERR_SUCCESS;
}

int mosquitto_callback_unregister(mosquitto_plugin_id_t *, int, MOSQ_FUNC_generic_callback, const void *)
{
    return MOSQ_ERR_SUCCESS;
}

void mosquitto_free(void *mem) { std::free(mem); }
void *mosquitto_malloc(size_t size) { return std::malloc(size ? size : 1); }
char *mosquitto_strdup(const char *s) { return s ? strdup(s) : nullptr; }
void mosquitto_log_printf(int, const char *, ...) {}

const char *mosquitto_client_address(const struct mosquitto *) { return "127.0.0.1"; }

const char *mosquitto_client_id(const struct mosquitto *client)
{
    return reinterpret_cast<const dwb::fuzz::cloudevent::FakeClient *>(client)->id;
}

void *mosquitto_client_certificate(const struct mosquitto *client)
{
    X509 *x = reinterpret_cast<const dwb::fuzz::cloudevent::FakeClient *>(client)->certificate;
    if (x)
        X509_up_ref(x); // the caller owns the reference, as with mosquitto
    return x;
}

// Used only by the sandbox's broker faults (--faults), which the fuzz input
// never turns on: the fake broker has nobody to kick and delivers nothing.
int mosquitto_kick_client_by_clientid(const char *, bool) { return MOSQ_ERR_SUCCESS; }
int mosquitto_broker_publish_copy(const char *, const char *, int, const void *, int, bool, mosquitto_property *)
{
    return MOSQ_ERR_SUCCESS;
}

} // extern "C"

namespace dwb::fuzz {

namespace cloudevent {

// Once: a trust anchor and a device certificate of "demo-app" (owned by
// "fuzz-user"), "other-app" owned by someone else, the registry file and the
// token file; the plugin loaded; the device and the integration logged in.
inline Broker &ready()
{
    Broker &b = broker();
    if (b.ready)
        return b;
    b.ready = true;
    auto caKey = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
    auto devKey = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
    check(caKey && devKey, "keys are generated");
    auto anchor = createTrustAnchor(QStringLiteral("demo-app"), *caKey);
    check(bool(anchor), "the anchor is made");
    auto leaf = issueDeviceCertificate(QStringLiteral("device1"), QStringLiteral("demo-app"), *devKey, *caKey,
                                       *anchor);
    check(bool(leaf), "the device certificate is made");
    X509_up_ref(leaf->get());
    b.device.certificate = leaf->get();

    const QJsonObject validAnchor{
        {QStringLiteral("valid"),
         QJsonObject{{QStringLiteral("certificate"), QString::fromLatin1(anchor->toPem().toBase64())},
                     {QStringLiteral("subject"), anchor->subjectString()}}}};
    const auto app = [&](const char *name) {
        return QJsonObject{
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QLatin1String(name)}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("trustAnchors"),
                          QJsonObject{{QStringLiteral("anchors"), QJsonArray{validAnchor}}}}}}};
    };
    const QJsonObject registry{
        {QStringLiteral("version"), 1},
        {QStringLiteral("applications"), QJsonArray{app("demo-app"), app("other-app")}},
        {QStringLiteral("devices"),
         QJsonArray{QJsonObject{
             {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("application"), QStringLiteral("demo-app")},
                                                      {QStringLiteral("name"), QStringLiteral("device1")}}},
             {QStringLiteral("spec"),
              QJsonObject{{QStringLiteral("alias"), QJsonArray{leaf->subjectString()}}}}}}},
        {QStringLiteral("owners"), QJsonObject{{QStringLiteral("demo-app"), QStringLiteral("fuzz-user")},
                                               {QStringLiteral("other-app"), QStringLiteral("someone-else")}}}};
    const QString registryFile = b.dir.filePath(QStringLiteral("registry.json"));
    const QString tokenFile = b.dir.filePath(QStringLiteral("token"));
    QFile rf(registryFile), tf(tokenFile);
    check(rf.open(QIODevice::WriteOnly) && rf.write(QJsonDocument(registry).toJson()) > 0, "registry written");
    check(tf.open(QIODevice::WriteOnly) && tf.write(b.token + '\n') > 0, "token written");
    rf.close();
    tf.close();

    QByteArray regPath = registryFile.toUtf8(), tokPath = tokenFile.toUtf8();
    char kRegistry[] = "registry", kUser[] = "user", kTokenFile[] = "token_file", vUser[] = "fuzz-user";
    mosquitto_opt opts[] = {{kRegistry, regPath.data()}, {kUser, vUser}, {kTokenFile, tokPath.data()}};
    void *userdata = nullptr;
    check(mosquitto_plugin_init(nullptr, &userdata, opts, 3) == MOSQ_ERR_SUCCESS, "the plugin loads");
    check(b.basicAuth && b.aclCheck && b.message && b.disconnect, "the plugin registers its callbacks");

    mosquitto_evt_basic_auth dev{};
    dev.client = asClient(b.device);
    check(b.basicAuth(MOSQ_EVT_BASIC_AUTH, &dev, nullptr) == MOSQ_ERR_SUCCESS, "the device logs in");
    QByteArray user = "fuzz-user", token = b.token;
    mosquitto_evt_basic_auth integ{};
    integ.client = asClient(b.integration);
    integ.username = user.data();
    integ.password = token.data();
    check(b.basicAuth(MOSQ_EVT_BASIC_AUTH, &integ, nullptr) == MOSQ_ERR_SUCCESS, "the integration logs in");
    return b;
}

inline bool allowed(Broker &b, FakeClient &c, const QByteArray &topic, int access)
{
    mosquitto_evt_acl_check ev{};
    ev.client = asClient(c);
    ev.topic = topic.constData();
    ev.access = access;
    return b.aclCheck(MOSQ_EVT_ACL_CHECK, &ev, nullptr) == MOSQ_ERR_SUCCESS;
}

} // namespace cloudevent

inline int cloudEventInput(const uint8_t *data, size_t size)
{
    using namespace cloudevent;
    if (size == 0)
        return 0;
    Broker &b = ready();
    const uint8_t switches = data[0];
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype nl = rest.indexOf('\n');
    QByteArray topic = nl < 0 ? rest : rest.left(nl);
    QByteArray payload = nl < 0 ? QByteArray() : rest.mid(nl + 1);
    if (const qsizetype nul = topic.indexOf('\0'); nul >= 0)
        topic.truncate(nul);
    const QString topicText = QString::fromUtf8(topic);

    // Topic names: what a device and an integration client may do.
    const bool devWrite = allowed(b, b.device, topic, MOSQ_ACL_WRITE);
    if (devWrite)
        check(!topic.isEmpty() && !topicText.startsWith(QLatin1String("app/"))
                  && !topicText.startsWith(QLatin1String("command/")) && !topicText.startsWith(QLatin1Char('$')),
              "a device publishes only to its own channels");
    for (int access : {MOSQ_ACL_READ, MOSQ_ACL_SUBSCRIBE}) {
        if (allowed(b, b.device, topic, access))
            check(topicText.startsWith(QLatin1String("command/inbox/")), "a device reads only its commands");
        if (allowed(b, b.integration, topic, access))
            check(topicText == QLatin1String("app/demo-app"), "an integration reads only its own application");
        check(!allowed(b, b.stranger, topic, access), "a client that did not log in reads nothing");
    }
    check(!allowed(b, b.integration, topic, MOSQ_ACL_WRITE), "an integration never publishes");

    // The integration login with the payload as the token.
    if (switches & 2) {
        QByteArray user = "fuzz-user", password = payload;
        mosquitto_evt_basic_auth ev{};
        ev.client = asClient(b.stranger);
        ev.username = user.data();
        ev.password = password.data(); // a C string: up to the first NUL
        const bool in = b.basicAuth(MOSQ_EVT_BASIC_AUTH, &ev, nullptr) == MOSQ_ERR_SUCCESS;
        check(in == (QByteArray(password.constData()) == b.token), "only the token logs the integration in");
        mosquitto_evt_disconnect bye{};
        bye.client = asClient(b.stranger);
        b.disconnect(MOSQ_EVT_DISCONNECT, &bye, nullptr);
    }

    // A device publish becomes a CloudEvent on app/<app>.
    const QString marker = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    const bool marked = switches & 1;
    if (marked)
        payload = VerifyDeviceJob::markedPayload(payload, marker);
    mosquitto_evt_message msg{};
    msg.client = asClient(b.device);
    msg.topic = mosquitto_strdup(topic.constData());
    msg.payload = mosquitto_malloc(size_t(payload.size()));
    std::memcpy(msg.payload, payload.constData(), size_t(payload.size()));
    msg.payloadlen = uint32_t(payload.size());
    msg.retain = true;
    char *const sentTopic = msg.topic;
    void *const sentPayload = msg.payload;
    const int rc = b.message(MOSQ_EVT_MESSAGE, &msg, nullptr);
    check(rc == MOSQ_ERR_SUCCESS, "a device message is accepted");
    const QByteArray outTopic(msg.topic);
    const QByteArray out(static_cast<const char *>(msg.payload), qsizetype(msg.payloadlen));
    // The broker frees what the plugin replaced, and what it put there.
    if (msg.topic != sentTopic)
        mosquitto_free(sentTopic);
    if (msg.payload != sentPayload)
        mosquitto_free(sentPayload);
    mosquitto_free(msg.topic);
    mosquitto_free(msg.payload);
    check(outTopic == "app/demo-app", "the event goes to app/<app>");
    check(!msg.retain, "an event is not retained");

    // The event as its readers parse it (QJsonDocument::fromJson(...).object()).
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &pe);
    check(pe.error == QJsonParseError::NoError && doc.isObject(), "the event is a JSON object");
    const QJsonObject ev = doc.object();
    check(ev.value(QLatin1String("specversion")).toString() == QLatin1String("1.0"), "CloudEvents 1.0");
    check(ev.value(QLatin1String("source")).toString() == QLatin1String("demo-app/device1"),
          "the source names the application and the device");
    check(ev.value(QLatin1String("subject")).toString() == topicText, "the subject is the channel");
    check(!ev.value(QLatin1String("id")).toString().isEmpty(), "the event has an id");
    if (ev.contains(QLatin1String("data"))) {
        check(ev.value(QLatin1String("datacontenttype")).toString() == QLatin1String("application/json"),
              "JSON data says so");
        const QJsonDocument again = QJsonDocument::fromJson("[" + payload + "]");
        check(again.isArray() && again.array().size() == 1
                  && again.array().at(0) == ev.value(QLatin1String("data")),
              "JSON data arrives as sent");
    } else {
        check(QByteArray::fromBase64(ev.value(QLatin1String("data_base64")).toString().toLatin1()) == payload,
              "other data arrives byte for byte");
    }
    if (marked) {
        // VerifyDeviceJob::onEvent's rule: data is an object with the marker.
        const QJsonValue d = ev.value(QLatin1String("data"));
        check(d.isObject() && d.toObject().value(QLatin1String("dwbVerify")).toString() == marker,
              "the verify job recognises its marked message");
    }
    return 0;
}

} // namespace dwb::fuzz
