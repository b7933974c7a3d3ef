#include "core/cloud/Endpoints.h"

namespace dwb {

namespace {
QUrl urlOf(const QJsonValue &v)
{
    // "registry": {"url": …} or a plain string
    if (v.isObject())
        return QUrl(v.toObject().value(QLatin1String("url")).toString());
    return QUrl(v.toString());
}

HostPort hostPortOf(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return HostPort{o.value(QLatin1String("host")).toString(), o.value(QLatin1String("port")).toInt()};
}

QJsonObject hostPortJson(const HostPort &hp)
{
    return QJsonObject{{QStringLiteral("host"), hp.host}, {QStringLiteral("port"), hp.port}};
}
} // namespace

Endpoints Endpoints::fromJson(const QJsonObject &o)
{
    Endpoints e;
    e.raw = o;
    e.api = urlOf(o.value(QLatin1String("api")));
    e.console = urlOf(o.value(QLatin1String("console")));
    e.sso = urlOf(o.value(QLatin1String("sso")));
    e.issuerUrl = urlOf(o.value(QLatin1String("issuer_url")));
    e.registry = urlOf(o.value(QLatin1String("registry")));
    e.http = urlOf(o.value(QLatin1String("http")));
    e.mqtt = hostPortOf(o.value(QLatin1String("mqtt")));
    e.mqttIntegration = hostPortOf(o.value(QLatin1String("mqtt_integration")));
    e.websocketIntegration = urlOf(o.value(QLatin1String("websocket_integration")));
    e.commandUrl = urlOf(o.value(QLatin1String("command_url")));
    e.localCerts = o.value(QLatin1String("local_certs")).toBool(false);
    return e;
}

QJsonObject Endpoints::toJson() const
{
    QJsonObject o = raw;
    auto setUrl = [&o](const char *key, const QUrl &url) {
        if (url.isValid() && !url.isEmpty())
            o.insert(QLatin1String(key), url.toString());
    };
    auto setUrlObject = [&o](const char *key, const QUrl &url) {
        if (url.isValid() && !url.isEmpty())
            o.insert(QLatin1String(key), QJsonObject{{QStringLiteral("url"), url.toString()}});
    };
    setUrl("api", api);
    setUrl("console", console);
    setUrl("sso", sso);
    setUrl("issuer_url", issuerUrl);
    setUrlObject("registry", registry);
    setUrlObject("http", http);
    if (mqtt.isValid())
        o.insert(QLatin1String("mqtt"), hostPortJson(mqtt));
    if (mqttIntegration.isValid())
        o.insert(QLatin1String("mqtt_integration"), hostPortJson(mqttIntegration));
    setUrlObject("websocket_integration", websocketIntegration);
    setUrl("command_url", commandUrl);
    if (localCerts || o.contains(QLatin1String("local_certs")))
        o.insert(QLatin1String("local_certs"), localCerts);
    return o;
}

} // namespace dwb
