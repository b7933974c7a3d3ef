#include "core/util/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>

namespace dwb {

char *writeUtf8(char *out, QStringView text)
{
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    return utf8.appendToBuffer(out, text);
}

char *writeJsonString(char *out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    *out++ = '"';
    qsizetype plain = 0; // the units before the next one to escape, written as they are
    for (qsizetype k = 0; k < text.size(); ++k) {
        const char16_t c = text[k].unicode();
        if (c != u'"' && c != u'\\' && c >= 0x20)
            continue;
        out = writeUtf8(out, text.sliced(plain, k - plain));
        plain = k + 1;
        *out++ = '\\';
        if (c >= 0x20) {
            *out++ = char(c);
        } else {
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = hex[c >> 4];
            *out++ = hex[c & 0xf];
        }
    }
    out = writeUtf8(out, text.sliced(plain));
    *out++ = '"';
    return out;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    const qsizetype size = out.size();
    out.resize(size + jsonStringBound(text));
    char *const end = writeJsonString(out.data() + size, text);
    out.truncate(end - out.constData());
}

qsizetype jsonStringArrayBound(const QStringList &items)
{
    qsizetype bound = 2; // the brackets
    for (const QString &item : items)
        bound += 1 + jsonStringBound(item); // and a comma
    return bound;
}

char *writeJsonStringArray(char *out, const QStringList &items)
{
    *out++ = '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            *out++ = ',';
        out = writeJsonString(out, items[i]);
    }
    *out++ = ']';
    return out;
}

QStringList readJsonStringArray(QByteArrayView json)
{
    QStringList items;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toByteArray()).array())
        items << v.toString();
    return items;
}

} // namespace dwb
