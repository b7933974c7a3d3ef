#include "sandbox/HttpReply.h"

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

HttpReply HttpReply::json(int status, const QJsonDocument &doc)
{
    HttpReply r;
    r.status = status;
    r.body = doc.toJson(QJsonDocument::Compact);
    return r;
}

HttpReply HttpReply::empty(int status)
{
    HttpReply r;
    r.status = status;
    return r;
}

HttpReply HttpReply::error(int status, const QString &error, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{u"error"_s, error}, {u"message"_s, message}}));
}

} // namespace dwb::sandbox
