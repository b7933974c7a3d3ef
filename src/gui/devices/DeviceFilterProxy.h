// Filter-as-you-type over device name, aliases and labels (case-insensitive
// substring of a precomputed key) and sorting on the model's own rows.
#pragma once

#include <QSortFilterProxyModel>

namespace dwb::gui {

class DeviceTableModel;

class DeviceFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DeviceFilterProxy(DeviceTableModel *source, QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DeviceTableModel *m_source;
    QString m_needle;
};

} // namespace dwb::gui
