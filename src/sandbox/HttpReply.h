// An answer of the sandbox's HTTP routes (Registry, OidcIssuer, Faults),
// independent of QHttpServer; SandboxServer sends it (writeReply, Faults.h).
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace dwb::sandbox {

// What the server answers: status, JSON (or empty) body, extra headers.
struct HttpReply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonDocument &doc);
    static HttpReply json(const QJsonObject &obj) { return json(200, QJsonDocument(obj)); }
    static HttpReply empty(int status);
    // {"error": error, "message": message}
    static HttpReply error(int status, const QString &error, const QString &message);
};

} // namespace dwb::sandbox
