#include "core/ledger/ExpirySettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {
const QString kKey = u"certificates/warningDays"_s;
}

int expiryWarningDays()
{
    const QSettings s(u"Drogue IoT"_s, u"Drogue Workbench"_s);
    bool ok = false;
    const int days = s.value(kKey, kDefaultExpiryWarningDays).toInt(&ok);
    return ok && days >= 1 ? std::min(days, kMaxExpiryWarningDays) : kDefaultExpiryWarningDays;
}

void setExpiryWarningDays(int days)
{
    QSettings s(u"Drogue IoT"_s, u"Drogue Workbench"_s);
    s.setValue(kKey, std::clamp(days, 1, kMaxExpiryWarningDays));
}

} // namespace dwb
