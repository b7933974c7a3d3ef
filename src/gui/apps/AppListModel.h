// The applications of the connected server: name, trust anchors (count and
// state) and device count. A flat table (shown in a QTreeView).
#pragma once

#include "core/cloud/Resources.h"
#include "gui/devices/NamedRowModel.h"

#include <QList>

namespace dwb::gui {

struct AppRow {
    Application app;
    QString name;
    QString anchors;
    int valid = 0, invalid = 0;
    int devices = -1;
};

class AppListModel : public NamedRowModel<AppRow, 3> {
    Q_OBJECT
public:
    enum Column { NameColumn, AnchorsColumn, DevicesColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit AppListModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setApplications(const QList<Application> &apps); // keeps known device counts
    void updateApplication(const Application &app);        // replaces or inserts (sorted)
    bool removeApplication(const QString &name);
    void setDeviceCount(const QString &name, int count);
    void clear();

    using NamedRowModel::rowOf;
    const Application &application(int row) const { return m_rows.at(row).app; }
    int deviceCount(const QString &name) const; // -1 when not known yet
    // "2 valid", "1 valid, 1 invalid", "none"
    static QString anchorSummary(const Application &app, int *valid = nullptr, int *invalid = nullptr);

private:
    using Row = AppRow;
    QVariant cellData(const Row &r, int column, int role) const override;
    static Row makeRow(const Application &app);
};
static_assert(AppListModel::ColumnCount == 3 && AppListModel::NameRole == Qt::UserRole + 1);

} // namespace dwb::gui
