#include "gui/common/Icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

static void initWorkbenchResources()
{
    Q_INIT_RESOURCE(workbench);
}

namespace dwb::gui {

void initResources()
{
    static bool done = false;
    if (!done) {
        initWorkbenchResources();
        done = true;
    }
}

QIcon icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    initResources();
    QIcon i(u":/icons/"_s + name + u".svg"_s);
    cache.insert(name, i);
    return i;
}

} // namespace dwb::gui
