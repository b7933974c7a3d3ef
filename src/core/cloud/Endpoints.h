// The endpoints object of contract section 1 (snake_case keys, all optional).
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace dwb {

struct HostPort {
    QString host;
    int port = 0;
    bool isValid() const { return !host.isEmpty() && port > 0; }
};

struct Endpoints {
    QUrl api;
    QUrl console;
    QUrl sso;
    QUrl issuerUrl;
    QUrl registry;              // registry.url
    QUrl http;                  // http.url
    HostPort mqtt;
    HostPort mqttIntegration;
    QUrl websocketIntegration;
    QUrl commandUrl;
    bool localCerts = false;
    QJsonObject raw;            // everything as received, unknown keys kept

    static Endpoints fromJson(const QJsonObject &obj);
    QJsonObject toJson() const; // raw, with the known keys updated
};

} // namespace dwb
