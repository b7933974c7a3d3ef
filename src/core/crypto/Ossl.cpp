#include "core/crypto/Ossl.h"

#include <QStringList>

#include <openssl/err.h>

namespace dwb::ossl {

QString takeErrors()
{
    QStringList parts;
    unsigned long code = 0;
    const char *data = nullptr;
    int flags = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        QString part = QString::fromLatin1(buf);
        if (data && (flags & ERR_TXT_STRING) && *data)
            part += u" (" + QString::fromUtf8(data) + u')';
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace dwb::ossl
