// The applications of the connected server: name, trust anchors (count and
// state), device count and anchor expiry ("expires in 12 days": the
// earliest-expiring anchor that has not expired, coloured against the
// warning window). A flat table (shown in a QTreeView).
#pragma once

#include "core/cloud/Resources.h"
#include "core/ledger/ExpiryReport.h"
#include "gui/devices/NamedRowModel.h"

#include <QList>

namespace dwb::gui {

struct AppRow {
    Application app;
    QString name;
    QString anchors;
    int valid = 0, invalid = 0;
    int devices = -1;
    QDateTime anchorExpiry;   // invalid: no readable anchor
};

class AppListModel : public NamedRowModel<AppRow, 4> {
    Q_OBJECT
public:
    enum Column { NameColumn, AnchorsColumn, DevicesColumn, ExpiryColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit AppListModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setApplications(const QList<Application> &apps); // keeps known device counts
    void updateApplication(const Application &app);        // replaces or inserts (sorted)
    bool removeApplication(const QString &name);
    void setDeviceCount(const QString &name, int count);
    void clear();
    // The warning window the expiry column is coloured against (default: the setting).
    void setWarningDays(int days);
    // The expiry state of a row's shown anchor (Valid when it has none).
    ExpiryState anchorState(int row) const;

    using NamedRowModel::rowOf;
    const Application &application(int row) const { return m_rows.at(row).app; }
    int deviceCount(const QString &name) const; // -1 when not known yet
    // "2 valid", "1 valid, 1 invalid", "none"
    static QString anchorSummary(const Application &app, int *valid = nullptr, int *invalid = nullptr);

private:
    using Row = AppRow;
    QVariant cellData(const Row &r, int column, int role) const override;
    static Row makeRow(const Application &app);
    int m_warningDays;
};
static_assert(AppListModel::ColumnCount == 4 && AppListModel::NameRole == Qt::UserRole + 1);

} // namespace dwb::gui
