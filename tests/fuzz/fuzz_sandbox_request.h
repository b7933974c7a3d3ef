// The sandbox's registry requests (sandbox/Registry.h: Registry::handle, the
// routing below /api/registry/v1alpha1 and every JSON body, label selectors
// in "labels") on a script of requests, then the saved registry loaded back.
//
// The input is a script of requests separated by a line "%%":
//   METHOD PATH[?QUERY] [USER]
//   BODY (the rest, up to the next "%%" line)
// PATH is split into segments and percent-decoded as SandboxServer::route
// does; a leading /api/registry/v1alpha1 is dropped. USER defaults to
// "sandbox" (a second user finds the first one's applications refused).
#pragma once

#include "FuzzCheck.h"
#include "sandbox/Registry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>

namespace dwb::fuzz {

namespace sandboxrequest {

struct Request {
    QByteArray method;
    QStringList segments;
    QUrlQuery query;
    QString user = QStringLiteral("sandbox");
    QByteArray body;
};

inline Request parse(const QByteArray &text)
{
    Request r;
    const qsizetype nl = text.indexOf('\n');
    const QByteArray line = nl < 0 ? text : text.left(nl);
    r.body = nl < 0 ? QByteArray() : text.mid(nl + 1);
    const QList<QByteArray> words = line.trimmed().split(' ');
    r.method = words.value(0);
    QByteArray target = words.value(1);
    if (words.size() > 2)
        r.user = QString::fromUtf8(words.at(2));
    const qsizetype q = target.indexOf('?');
    if (q >= 0) {
        r.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
        target.truncate(q);
    }
    for (const QByteArray &s : target.split('/'))
        if (!s.isEmpty())
            r.segments << QUrl::fromPercentEncoding(s);
    if (r.segments.size() >= 3 && r.segments.at(0) == QLatin1String("api")
        && r.segments.at(1) == QLatin1String("registry") && r.segments.at(2) == QLatin1String("v1alpha1"))
        r.segments = r.segments.mid(3);
    return r;
}

inline const QString &scratchDir()
{
    static QTemporaryDir dir;
    static const QString path = dir.path();
    return path;
}

} // namespace sandboxrequest

inline int sandboxRequestInput(const uint8_t *data, size_t size)
{
    using namespace sandboxrequest;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    sandbox::Registry registry; // no file: every change stays in memory
    int requests = 0;
    QList<QByteArray> chunks;
    {
        qsizetype from = 0;
        while (from <= bytes.size()) {
            qsizetype at = bytes.indexOf("\n%%\n", from);
            if (at < 0) {
                chunks << bytes.mid(from);
                break;
            }
            chunks << bytes.mid(from, at - from);
            from = at + 4;
        }
    }
    for (const QByteArray &chunk : chunks) {
        if (++requests > 64)
            break;
        const Request req = parse(chunk);
        const sandbox::HttpReply reply = registry.handle(req.method, req.segments, req.query, req.body, req.user);
        check(reply.status >= 200 && reply.status < 600, "an answer has an HTTP status");
        if (!reply.body.isEmpty()) {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &pe);
            check(pe.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()),
                  "an answer's body is JSON");
            if (reply.status >= 400) {
                const QJsonObject o = doc.object();
                check(!o.value(QLatin1String("error")).toString().isEmpty()
                          && !o.value(QLatin1String("message")).toString().isEmpty(),
                      "an error answer says which error and why");
            }
        } else {
            check(reply.status < 400, "an error answer has a body");
        }
        if (reply.status >= 200 && reply.status < 300 && req.method == "GET" && req.segments.size() == 1)
            check(QJsonDocument::fromJson(reply.body).isArray(), "a list of applications is an array");
    }
    // What the sandbox saves, it loads again (else it would not restart).
    const QJsonObject saved = registry.toJson();
    if (registry.applicationCount() > 0) {
        const QString file = scratchDir() + QStringLiteral("/registry.json");
        QFile f(file);
        check(f.open(QIODevice::WriteOnly | QIODevice::Truncate), "the scratch file opens");
        f.write(QJsonDocument(saved).toJson(QJsonDocument::Compact));
        f.close();
        sandbox::Registry again;
        const Status st = again.open(file);
        check(bool(st), "a saved registry loads again");
        check(again.toJson() == saved, "a saved registry loads as it was");
        QFile::remove(file);
    }
    return 0;
}

} // namespace dwb::fuzz
