// The devices of one application. Rows hold precomputed display strings and
// a lowercase search key, so that 10,000 rows filter and sort quickly; rows
// arrive in batches (beginInsertRows) so that the view stays responsive.
#pragma once

#include "core/cloud/Resources.h"
#include "gui/devices/NamedRowModel.h"

#include <QDateTime>
#include <QList>

namespace dwb::gui {

struct DeviceRow {
    Device device;
    QString name;
    QString aliases;
    QString labels;
    QString searchKey;
    QDateTime created;
    QString createdText;
    bool certAlias = false;
    bool disabled = false;
};

class DeviceTableModel : public NamedRowModel<DeviceRow, 6> {
    Q_OBJECT
public:
    enum Column { NameColumn, AliasesColumn, CertAliasColumn, DisabledColumn, LabelsColumn,
                  CreatedColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit DeviceTableModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString application() const { return m_app; }
    void reset(const QString &application);            // empty, for this app
    void appendDevices(const QList<Device> &devices);  // one batch
    void updateDevice(const Device &device);           // replaces or appends
    bool removeDevice(const QString &name);

    const Device &device(int row) const { return m_rows.at(row).device; }
    QList<Device> devices() const;
    using NamedRowModel::rowOf;
    const QString &searchKey(int row) const { return m_rows.at(row).searchKey; }
    // Sort comparison of two rows on one column.
    bool lessThan(int leftRow, int rightRow, int column) const;

    // "CN=…, O=…": an alias that is a Drogue subject string (certificate login).
    static bool looksLikeSubject(const QString &alias);

private:
    using Row = DeviceRow;
    QVariant cellData(const Row &r, int column, int role) const override;
    static Row makeRow(const Device &device);
    QString m_app;
};
static_assert(DeviceTableModel::ColumnCount == 6 && DeviceTableModel::NameRole == Qt::UserRole + 1);

} // namespace dwb::gui
