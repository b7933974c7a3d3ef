// dwb publish / dwb listen: the device side and the integration side of MQTT.
#include "cli/Verb.h"

#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/mqtt/HttpDevicePost.h"
#include "core/mqtt/MqttClient.h"
#include "core/mqtt/VerifyDevice.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kPublishUsage =
    u"dwb publish --app APP --device DEV --cert DEV.pem --key DEV.key [--channel temp]\n"
    "            [--message JSON] [--qos 0|1] [--verify] [--mqtt-version 3|5] [--ca CA.pem]\n"
    "            [--http [--ct SECONDS]]\n"
    "  With --sandbox DIR or --url URL --token USER:TOKEN (endpoints, CA and, for\n"
    "  --verify, the integration login). --verify waits for the event on app/APP\n"
    "  (--timeout SECONDS) and fails if it does not arrive. --http: POST to the\n"
    "  server's HTTP endpoint (/v1/CHANNEL) with the certificate instead of MQTT;\n"
    "  --ct waits that long for a command, printed when one comes."_s;

const QString kListenUsage =
    u"dwb listen --app APP [--count N] [--timeout S] [--mqtt-version 3|5]\n"
    "  Prints the application's events (CloudEvents on app/APP), one JSON per line."_s;

struct Servers {
    dwb::MqttOptions device;       // host/port/CA
    dwb::MqttOptions integration;  // host/port/CA + user/token
    QUrl http;                     // endpoints.http.url, if announced
};

dwb::Result<Servers> servers(const dwb::cli::OnlineOptions &online)
{
    using namespace dwb;
    auto settings = cli::connectionSettings(online);
    if (!settings)
        return settings.error();
    RegistryClient client(*settings);
    auto endpoints = await(client.discover());
    if (!endpoints)
        return endpoints.error();
    Servers s;
    const QString ca = online.caFile.isEmpty() ? settings->serverCaFile : online.caFile;
    s.http = endpoints->http;
    if (!endpoints->mqtt.isValid())
        return Error(ErrorCode::MalformedResponse, tr("The server announces no MQTT endpoint."));
    s.device.host = endpoints->mqtt.host;
    s.device.port = endpoints->mqtt.port;
    s.device.caFile = ca;
    s.integration.host = endpoints->mqttIntegration.host;
    s.integration.port = endpoints->mqttIntegration.port;
    s.integration.caFile = ca;
    s.integration.username = settings->credentials.user;
    s.integration.password = settings->credentials.secret.toUtf8();
    return s;
}

dwb::MqttVersion versionOf(const QString &v, bool *ok)
{
    *ok = v.isEmpty() || v == "5"_L1 || v == "3"_L1 || v == "3.1.1"_L1 || v == "4"_L1;
    return (v.isEmpty() || v == "5"_L1) ? dwb::MqttVersion::V5 : dwb::MqttVersion::V311;
}

int publish(dwb::cli::VerbContext &ctx)
{
    using namespace dwb;
    cli::ArgParser p;
    for (const char *o : {"app", "device", "cert", "key", "channel", "message", "qos", "mqtt-version", "ct"})
        p.option(QLatin1String(o));
    p.flag(u"verify"_s);
    p.flag(u"http"_s);
    QString error;
    if (!p.parse(ctx.args, 0, 0, &error))
        return cli::usageError(ctx, kPublishUsage, error);
    for (const char *req : {"app", "cert", "key"})
        if (p.value(QLatin1String(req)).isEmpty())
            return cli::usageError(ctx, kPublishUsage, tr("--%1 is required.").arg(QLatin1String(req)));
    const bool verify = p.isSet(u"verify"_s);
    if (verify && p.value(u"device"_s).isEmpty())
        return cli::usageError(ctx, kPublishUsage, tr("--verify needs --device."));
    bool okQos = true;
    const int qos = p.value(u"qos"_s).isEmpty() ? 1 : p.value(u"qos"_s).toInt(&okQos);
    if (!okQos || qos < 0 || qos > 1)
        return cli::usageError(ctx, kPublishUsage, tr("--qos must be 0 or 1."));
    bool okVersion = true;
    const MqttVersion version = versionOf(p.value(u"mqtt-version"_s), &okVersion);
    if (!okVersion)
        return cli::usageError(ctx, kPublishUsage, tr("--mqtt-version must be 3 or 5."));
    const bool http = p.isSet(u"http"_s);
    bool okCt = true;
    const int ct = p.value(u"ct"_s).isEmpty() ? 0 : p.value(u"ct"_s).toInt(&okCt);
    if (!okCt || ct < 0 || (ct > 0 && !http))
        return cli::usageError(ctx, kPublishUsage, tr("--ct takes a number of seconds, with --http."));

    auto cert = loadCertificateFile(p.value(u"cert"_s));
    if (!cert)
        return cli::failure(ctx, cert.error());
    auto key = loadPrivateKeyFile(p.value(u"key"_s));
    if (!key)
        return cli::failure(ctx, key.error());
    auto srv = servers(ctx.online);
    if (!srv)
        return cli::failure(ctx, srv.error());

    VerifyDeviceOptions vo;
    vo.app = p.value(u"app"_s);
    vo.device = p.value(u"device"_s);
    vo.channel = p.value(u"channel"_s).isEmpty() ? u"temp"_s : p.value(u"channel"_s);
    vo.message = p.value(u"message"_s).toUtf8();
    vo.qos = qos;
    vo.version = version;
    vo.timeoutMs = ctx.online.timeoutMs;
    vo.deviceConnection = srv->device;
    vo.deviceConnection.clientCertificate = *cert;
    vo.deviceConnection.clientKey = *key;
    vo.integrationConnection = srv->integration;
    if (http) {
        if (!srv->http.isValid() || srv->http.isEmpty())
            return cli::failure(ctx, Error(ErrorCode::MalformedResponse, tr("The server announces no HTTP endpoint.")));
        vo.httpEndpoint = srv->http;
    }

    if (verify) {
        const VerifyDeviceResult r = VerifyDeviceJob::run(vo);
        auto step = [](bool done, qint64 ms) {
            return done ? QStringLiteral("ok (%1 ms)").arg(ms) : QStringLiteral("no");
        };
        ctx.out << tr("connected: %1").arg(step(r.connected, r.connectMs)) << '\n'
                << tr("published: %1").arg(step(r.published, r.publishMs)) << '\n'
                << tr("delivered: %1")
                       .arg(r.delivered && r.error ? tr("late (%1 ms)").arg(r.deliverMs) : step(r.delivered, r.deliverMs))
                << '\n';
        if (r.delivered)
            ctx.out << QString::fromUtf8(QJsonDocument(r.event).toJson(QJsonDocument::Compact)) << '\n';
        ctx.out.flush();
        if (!r.ok())
            return cli::failure(ctx, r.error ? *r.error
                                             : Error(ErrorCode::Unknown, tr("The verification failed.")));
        ctx.out << tr("Device '%1' works: its message arrived on app/%2.").arg(vo.device, vo.app) << '\n';
        return 0;
    }

    if (http) {
        HttpPostOptions ho;
        ho.endpoint = srv->http;
        ho.channel = vo.channel;
        ho.payload = vo.message.isEmpty() ? QByteArray("{}") : vo.message;
        ho.commandTimeoutS = ct;
        ho.timeoutMs = ctx.online.timeoutMs;
        ho.caFile = srv->device.caFile;
        ho.clientCertificate = *cert;
        ho.clientKey = *key;
        auto answer = HttpDevicePost::run(ho);
        if (!answer)
            return cli::failure(ctx, answer.error());
        ctx.out << tr("Posted %1 bytes to %2 (HTTP %3).")
                       .arg(ho.payload.size())
                       .arg(HttpDevicePost::url(ho).toString())
                       .arg(answer->status)
                << '\n';
        if (!answer->command.isEmpty())
            ctx.out << tr("Command '%1': %2").arg(answer->command, QString::fromUtf8(answer->body)) << '\n';
        return 0;
    }

    // Publish only: connect, publish, wait for the acknowledgement, disconnect.
    MqttClient client;
    QEventLoop loop;
    std::optional<Error> failed;
    int mid = -1;
    const QByteArray payload = vo.message.isEmpty() ? QByteArray("{}") : vo.message;
    QObject::connect(&client, &MqttClient::connected, &loop, [&] {
        auto m = client.publish(vo.channel, payload, qos);
        if (!m) {
            failed = m.error();
            loop.quit();
        } else {
            mid = *m;
        }
    });
    QObject::connect(&client, &MqttClient::published, &loop, [&](int m) {
        if (m == mid)
            client.disconnectFromBroker();
    });
    QObject::connect(&client, &MqttClient::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&client, &MqttClient::errorOccurred, &loop, [&](const Error &e) {
        failed = e;
        loop.quit();
    });
    MqttOptions mo = vo.deviceConnection;
    mo.version = version;
    mo.connectTimeoutMs = ctx.online.timeoutMs;
    if (Status st = client.connectToBroker(mo); !st)
        return cli::failure(ctx, st.error());
    QTimer::singleShot(ctx.online.timeoutMs, &loop, [&] {
        if (!failed)
            failed = Error(ErrorCode::Timeout, tr("The broker did not acknowledge the message in time."));
        loop.quit();
    });
    loop.exec();
    if (failed)
        return cli::failure(ctx, *failed);
    ctx.out << tr("Published %1 bytes to '%2' (QoS %3).").arg(payload.size()).arg(vo.channel).arg(qos) << '\n';
    return 0;
}

int listen(dwb::cli::VerbContext &ctx)
{
    using namespace dwb;
    cli::ArgParser p;
    for (const char *o : {"app", "count", "mqtt-version"})
        p.option(QLatin1String(o));
    QString error;
    if (!p.parse(ctx.args, 0, 0, &error))
        return cli::usageError(ctx, kListenUsage, error);
    if (p.value(u"app"_s).isEmpty())
        return cli::usageError(ctx, kListenUsage, tr("--app is required."));
    bool okCount = true;
    const int count = p.value(u"count"_s).isEmpty() ? 0 : p.value(u"count"_s).toInt(&okCount);
    if (!okCount || count < 0)
        return cli::usageError(ctx, kListenUsage, tr("--count must be a positive number."));
    bool okVersion = true;
    const MqttVersion version = versionOf(p.value(u"mqtt-version"_s), &okVersion);
    if (!okVersion)
        return cli::usageError(ctx, kListenUsage, tr("--mqtt-version must be 3 or 5."));
    auto srv = servers(ctx.online);
    if (!srv)
        return cli::failure(ctx, srv.error());
    const QString app = p.value(u"app"_s);

    MqttClient client;
    QEventLoop loop;
    std::optional<Error> failed;
    int received = 0;
    QObject::connect(&client, &MqttClient::connected, &loop, [&] {
        if (auto s = client.subscribe(u"app/"_s + app, 1); !s) {
            failed = s.error();
            loop.quit();
        }
    });
    // On stderr, so that stdout stays one event per line: from now on no event is missed.
    QObject::connect(&client, &MqttClient::subscribed, &loop, [&] {
        ctx.err << tr("Listening to the events of application '%1' (app/%1).").arg(app) << '\n';
        ctx.err.flush();
    });
    QObject::connect(&client, &MqttClient::messageReceived, &loop, [&](const MqttMessage &m) {
        const QJsonDocument doc = QJsonDocument::fromJson(m.payload);
        ctx.out << (doc.isNull() ? QString::fromUtf8(m.payload)
                                 : QString::fromUtf8(doc.toJson(QJsonDocument::Compact)))
                << '\n';
        ctx.out.flush();
        if (count > 0 && ++received >= count)
            loop.quit();
    });
    QObject::connect(&client, &MqttClient::errorOccurred, &loop, [&](const Error &e) {
        failed = e;
        loop.quit();
    });
    MqttOptions mo = srv->integration;
    mo.version = version;
    mo.connectTimeoutMs = ctx.online.timeoutMs;
    if (Status st = client.connectToBroker(mo); !st)
        return cli::failure(ctx, st.error());
    // --timeout (a global option) bounds the wait when given with --count.
    bool timedOut = false;
    if (count > 0)
        QTimer::singleShot(ctx.online.timeoutMs, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
    loop.exec();
    client.disconnectFromBroker();
    if (failed)
        return cli::failure(ctx, *failed);
    if (timedOut)
        return cli::failure(ctx, Error(ErrorCode::Timeout,
                                       tr("Only %1 of %2 events arrived in time.").arg(received).arg(count)));
    return 0;
}

const dwb::cli::RegisterVerb publishVerb({u"publish"_s,
                                          QT_TRANSLATE_NOOP("dwb", "Publish a message as a device (--verify: prove it arrives)"),
                                          kPublishUsage, publish});
const dwb::cli::RegisterVerb listenVerb({u"listen"_s,
                                         QT_TRANSLATE_NOOP("dwb", "Print an application's events as they arrive"),
                                         kListenUsage, listen});

} // namespace
