// The request checks of the sandbox's Registry (contract sections 3-4),
// apart from its state: the error answers, POST/PUT bodies checked against
// the object shape, paging and label selection of lists, preconditions and
// the uid/resourceVersion lock of PUT and DELETE, and alias clashes.
// Messages keep the translation context "Registry".
#pragma once

#include "core/util/Result.h"
#include "sandbox/HttpReply.h"
#include "sandbox/LabelSelector.h"
#include "sandbox/Registry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace dwb::sandbox::requests {

// {"error": …, "message": message} answers.
HttpReply badRequest(const QString &message);
HttpReply notFound(const QString &message);
HttpReply conflict(const QString &message);
HttpReply lockFailed();
HttpReply methodNotAllowed();
// A 400 answer with the error's message (and detail).
HttpReply fromError(const Error &e);

// A fresh uid / resourceVersion.
QString newUuid();

// A parsed POST/PUT body, checked against the contract's object shape.
struct Incoming {
    QJsonObject metadata;
    QJsonObject spec;
};

Result<Incoming> parseBody(const QByteArray &body, bool device);

// The user-settable metadata of an incoming object, normalised.
void copyUserMetadata(const QJsonObject &from, QJsonObject &to);

// The message of an alias or name clashing with another application / device
// (apps: valid anchor subjects; devices: spec.alias), if any.
std::optional<QString> appAliasClash(const QMap<QString, Registry::Entry> &apps, const QString &name,
                                     const QStringList &mine);
std::optional<QString> deviceAliasClash(const QMap<QString, Registry::Entry> &devices, const QString &name,
                                        const QStringList &mine);

// A list request's ?labels=, ?offset= and ?limit=.
struct Paging {
    LabelSelector selector;
    qsizetype offset = 0;
    qsizetype limit = -1;
};

Result<Paging> parsePaging(const QUrlQuery &query);

// One page of a list, as a JSON array made of the stored serialisations.
HttpReply page(const QMap<QString, Registry::Entry> &objects, const Paging &p,
               const std::function<bool(const QString &)> &visible = {});

// A DELETE body's preconditions (uid, resourceVersion) against the stored
// object; *lockFailure tells a mismatch (409) from a bad body (400).
Status checkPreconditions(const QByteArray &body, const QJsonObject &stored, bool *lockFailure);

// Checks a PUT body against the path (name, and the application of a
// device) and the stored object's uid/resourceVersion. Returns the error
// reply, or sets *newMetadata to the replaced metadata (full replace of the
// user-settable keys, generation +1 when spec changes, a fresh
// resourceVersion); it stays empty when nothing changes.
std::optional<HttpReply> prepareReplace(const Incoming &in, const QString &name, const QString &app,
                                        const QJsonObject &stored, std::optional<QJsonObject> *newMetadata);

} // namespace dwb::sandbox::requests
