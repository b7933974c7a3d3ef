#include "core/token/Pkcs11Uri.h"

#include <QCoreApplication>
#include <QUrl>

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Token", text);
}

// RFC 7512 2.3: pk11-pchar is unreserved, ':', '[', ']', '@', '!', '$', '\'',
// '(', ')', '*', '+', ',', '=', '&' or a percent-encoded octet.
Result<QByteArray> decode(const QString &value, const QString &uri)
{
    const QByteArray in = value.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '%') {
            out += c;
            continue;
        }
        const int hi = i + 2 < in.size() ? QByteArray("0123456789abcdef").indexOf(char(in[i + 1] | 0x20)) : -1;
        const int lo = hi >= 0 ? QByteArray("0123456789abcdef").indexOf(char(in[i + 2] | 0x20)) : -1;
        if (hi < 0 || lo < 0)
            return Error(ErrorCode::InvalidArgument, tr("%1: a '%' must be followed by two hex digits.").arg(uri));
        out += char(hi * 16 + lo);
        i += 2;
    }
    return out;
}
} // namespace

bool Pkcs11Uri::looksLike(const QString &text)
{
    return text.startsWith(QLatin1String("pkcs11:"), Qt::CaseInsensitive);
}

Result<Pkcs11Uri> Pkcs11Uri::parse(const QString &text)
{
    if (!looksLike(text))
        return Error(ErrorCode::InvalidArgument, tr("%1 is not a PKCS#11 URI (pkcs11:token=...;object=...).").arg(text));
    const QString rest = text.mid(7);
    const qsizetype q = rest.indexOf(u'?');
    const QString path = q < 0 ? rest : rest.left(q);
    const QString query = q < 0 ? QString() : rest.mid(q + 1);
    Pkcs11Uri uri;
    auto apply = [&](const QString &part, bool inQuery) -> Status {
        if (part.isEmpty())
            return {};
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return Error(ErrorCode::InvalidArgument, tr("%1: '%2' is not name=value.").arg(text, part));
        const QString name = part.left(eq).toLower();
        auto value = decode(part.mid(eq + 1), text);
        if (!value)
            return value.error();
        const QString s = QString::fromUtf8(*value);
        if (!inQuery) {
            if (name == u"token") uri.token = s;
            else if (name == u"manufacturer") uri.manufacturer = s;
            else if (name == u"model") uri.model = s;
            else if (name == u"serial") uri.serial = s;
            else if (name == u"object") uri.object = s;
            else if (name == u"id") uri.id = *value;
            else if (name == u"type") {
                if (!QStringList{QStringLiteral("private"), QStringLiteral("public"), QStringLiteral("cert"), QStringLiteral("secret-key"), QStringLiteral("data")}.contains(s))
                    return Error(ErrorCode::InvalidArgument, tr("%1: unknown object type '%2'.").arg(text, s));
                uri.type = s;
            }
            // Other path attributes (library-*, slot-*) narrow nothing we use.
        } else {
            if (name == u"pin-source") uri.pinSource = s;
            else if (name == u"pin-value") uri.pinValue = s;
            else if (name == u"module-path") uri.modulePath = s;
        }
        return {};
    };
    for (const QString &part : path.split(u';'))
        if (Status st = apply(part, false); !st)
            return st.error();
    for (const QString &part : query.split(u'&'))
        if (Status st = apply(part, true); !st)
            return st.error();
    return uri;
}

bool Pkcs11Uri::matchesToken(const QString &label, const QString &manuf, const QString &mod, const QString &ser) const
{
    return (token.isEmpty() || token == label) && (manufacturer.isEmpty() || manufacturer == manuf)
           && (model.isEmpty() || model == mod) && (serial.isEmpty() || serial == ser);
}

QString Pkcs11Uri::toString() const
{
    QStringList parts;
    auto add = [&](const char *name, const QString &v) {
        if (!v.isEmpty())
            parts << QLatin1String(name) + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(v));
    };
    add("token", token);
    add("manufacturer", manufacturer);
    add("model", model);
    add("serial", serial);
    add("object", object);
    if (!id.isEmpty()) {
        QString hex;
        for (char c : id)
            hex += u'%' + QString::asprintf("%02X", static_cast<unsigned char>(c));
        parts << QStringLiteral("id=") + hex;
    }
    add("type", type);
    return QStringLiteral("pkcs11:") + parts.join(u';');
}

} // namespace dwb
