#include "gui/devices/DeviceFilterProxy.h"

#include "gui/devices/DeviceTableModel.h"

namespace dwb::gui {

DeviceFilterProxy::DeviceFilterProxy(DeviceTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

void DeviceFilterProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    // A full re-mapping (one layout change) instead of invalidateFilter():
    // narrowing 10,000 rows to every fourth one would otherwise emit
    // thousands of separate row-removal signals to the view.
    invalidate();
}

bool DeviceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_needle.isEmpty() || m_source->searchKey(sourceRow).contains(m_needle);
}

bool DeviceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_source->lessThan(left.row(), right.row(), left.column());
}

} // namespace dwb::gui
