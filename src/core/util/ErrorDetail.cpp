#include "core/util/ErrorDetail.h"

namespace dwb {

QString usefulDetail(const QString &message, const QString &detail)
{
    const QString d = detail.trimmed();
    QString bare = d;
    while (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    if (bare.isEmpty())
        return {};
    for (const char *nothing : {"Unknown error", "No error", "Unknown"})
        if (bare.compare(QLatin1String(nothing), Qt::CaseInsensitive) == 0)
            return {};
    if (message.contains(bare, Qt::CaseInsensitive))
        return {};
    return d;
}

} // namespace dwb
