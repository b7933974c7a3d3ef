// The ledger's records as a table for the Certificates view: one row per
// certificate, its expiry state against the warning window in words and in
// colour (expired red, expiring amber), raw values under SortRole.
#pragma once

#include "core/ledger/ExpiryReport.h"
#include "core/ledger/LedgerRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace dwb::gui {

class CertificateTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ApplicationColumn, DeviceColumn, StateColumn, ExpiryColumn, NotAfterColumn, SerialColumn,
        AnchorColumn, RegistrationColumn, ContextColumn, KeyColumn, SubjectColumn, ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, StateRole };

    explicit CertificateTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // now: the time the states are computed at (a test passes its own).
    void setRecords(const QList<LedgerRecord> &records, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void setWarningDays(int days);
    int warningDays() const { return m_days; }
    const QList<LedgerRecord> &records() const { return m_records; }
    const LedgerRecord &record(int row) const { return m_records.at(row); }
    ExpiryState state(int row) const;
    QDateTime now() const { return m_now; }

    // "Expired", "Expiring", "Valid" (translated)
    static QString stateText(ExpiryState state);
    // The row colours (background; the text stays dark on them).
    static QColor stateBackground(ExpiryState state);

private:
    QList<LedgerRecord> m_records;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    int m_days = 30;
};

} // namespace dwb::gui
