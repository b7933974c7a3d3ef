#include "gui/devices/DeviceColumns.h"

#include "gui/devices/DeviceTableModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace dwb::gui {

void setUpDeviceColumns(QTableView *view)
{
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *hh = view->horizontalHeader();
    hh->setSectionResizeMode(QHeaderView::Interactive);
    hh->setStretchLastSection(false);
    hh->setHighlightSections(false);
    const int em = view->fontMetrics().horizontalAdvance(u'M');
    const QString certTitle =
        view->model()->headerData(DeviceTableModel::CertAliasColumn, Qt::Horizontal, Qt::DisplayRole).toString();
    hh->resizeSection(DeviceTableModel::NameColumn, 12 * em);
    hh->resizeSection(DeviceTableModel::AliasesColumn, 24 * em);
    hh->resizeSection(DeviceTableModel::CertAliasColumn,
                      std::max(10 * em, hh->fontMetrics().horizontalAdvance(certTitle) + 3 * em));
    hh->resizeSection(DeviceTableModel::DisabledColumn, 9 * em);
    hh->resizeSection(DeviceTableModel::LabelsColumn, 18 * em);
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)),
                                                  QLocale::ShortFormat);
    hh->resizeSection(DeviceTableModel::CreatedColumn, view->fontMetrics().horizontalAdvance(sampleDate) + 2 * em);
    hh->setSectionResizeMode(DeviceTableModel::AliasesColumn, QHeaderView::Stretch);
    hh->setMinimumSectionSize(4 * em);
    view->sortByColumn(DeviceTableModel::NameColumn, Qt::AscendingOrder);
    view->setTextElideMode(Qt::ElideRight);
}

} // namespace dwb::gui
