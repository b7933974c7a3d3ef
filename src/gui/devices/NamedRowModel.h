// The row bookkeeping that AppListModel and DeviceTableModel share: a flat
// table of precomputed rows, each with a unique `name` (the rows keep display
// strings so that data() only looks them up). Column 0 and the role
// Qt::UserRole + 1 (NameRole) are the row's name; subclasses give the other
// cells (cellData()), headerData() and build their Row values.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace dwb::gui {

template <typename Row, int Columns>
class NamedRowModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : Columns; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Row *row = rowAt(index);
        if (!row)
            return {};
        if (role == Qt::UserRole + 1 || (index.column() == 0 && (role == Qt::DisplayRole || role == Qt::ToolTipRole)))
            return row->name;
        return cellData(*row, index.column(), role);
    }

    int rowOf(const QString &name) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).name == name)
                return i;
        return -1;
    }

protected:
    // Every cell but the name's display and tooltip.
    virtual QVariant cellData(const Row &row, int column, int role) const = 0;
    // The row of a valid index of this model, else nullptr.
    const Row *rowAt(const QModelIndex &index) const
    {
        return index.isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
    }
    void resetRows(QList<Row> rows = {})
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    void appendRows(QList<Row> rows)
    {
        if (rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
    }
    void insertRowAt(int at, Row row)
    {
        beginInsertRows({}, at, at);
        m_rows.insert(at, std::move(row));
        endInsertRows();
    }
    void replaceRow(int at, Row row)
    {
        m_rows[at] = std::move(row);
        Q_EMIT dataChanged(index(at, 0), index(at, Columns - 1));
    }
    bool removeNamed(const QString &name)
    {
        const int row = rowOf(name);
        if (row < 0)
            return false;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return true;
    }

    QList<Row> m_rows;
};

} // namespace dwb::gui
