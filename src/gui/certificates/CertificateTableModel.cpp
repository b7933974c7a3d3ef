#include "gui/certificates/CertificateTableModel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace dwb::gui {

CertificateTableModel::CertificateTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int CertificateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CertificateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ExpiryState CertificateTableModel::state(int row) const
{
    return expiryState(m_records.at(row).notAfter, m_days, m_now);
}

QString CertificateTableModel::stateText(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired: return tr("Expired");
    case ExpiryState::Expiring: return tr("Expiring");
    case ExpiryState::Valid: break;
    }
    return tr("Valid");
}

QColor CertificateTableModel::stateBackground(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired: return QColor(0xf8, 0xd0, 0xcc);   // red
    case ExpiryState::Expiring: return QColor(0xff, 0xe4, 0xa8);  // amber
    case ExpiryState::Valid: break;
    }
    return {};
}

QVariant CertificateTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const LedgerRecord &r = m_records.at(index.row());
    const ExpiryState st = state(index.row());
    if (role == StateRole)
        return int(st);
    if (role == Qt::BackgroundRole)
        return st == ExpiryState::Valid ? QVariant() : QVariant(stateBackground(st));
    if (role == Qt::ForegroundRole)
        return st == ExpiryState::Valid ? QVariant() : QVariant(QColor(0x20, 0x20, 0x20));
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    switch (index.column()) {
    case ApplicationColumn:
        if (display || role == SortRole)
            return r.application;
        break;
    case DeviceColumn:
        if (display)
            return r.kind == LedgerKind::Anchor ? tr("(trust anchor)") : r.device;
        if (role == SortRole)
            return r.device;
        break;
    case StateColumn:
        if (display)
            return stateText(st);
        if (role == SortRole)   // expired, expiring, valid; then by date
            return qint64(2 - int(st)) * 1'000'000'000'000LL + r.notAfter.toSecsSinceEpoch();
        break;
    case ExpiryColumn:
        if (display)
            return expiryText(r.notAfter, m_now);
        if (role == SortRole)
            return r.notAfter.toSecsSinceEpoch();
        break;
    case NotAfterColumn:
        if (display)
            return QLocale().toString(r.notAfter.toLocalTime(), QLocale::ShortFormat);
        if (role == SortRole)
            return r.notAfter.toSecsSinceEpoch();
        if (role == Qt::ToolTipRole)
            return tr("Valid from %1 to %2 (UTC)")
                .arg(r.notBefore.toUTC().toString(Qt::ISODate), r.notAfter.toUTC().toString(Qt::ISODate));
        break;
    case SerialColumn:
        if (display || role == SortRole)
            return r.serial;
        break;
    case AnchorColumn:
        if (display)
            return r.anchorFingerprint.left(11);
        if (role == SortRole || role == Qt::ToolTipRole)
            return r.anchorFingerprint;
        break;
    case RegistrationColumn:
        if (display || role == SortRole)
            return registrationName(r.registration);
        if (role == Qt::ToolTipRole && !r.registrationDetail.isEmpty())
            return r.registrationDetail;
        break;
    case ContextColumn:
        if (display || role == SortRole)
            return r.context;
        break;
    case KeyColumn:
        if (display || role == SortRole)
            return r.keyAlgorithm;
        break;
    case SubjectColumn:
        if (display || role == SortRole)
            return r.subject;
        break;
    default:
        break;
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 — SHA-256 %2").arg(r.subject, r.fingerprint);
    return {};
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApplicationColumn: return tr("Application");
    case DeviceColumn: return tr("Device");
    case StateColumn: return tr("State");
    case ExpiryColumn: return tr("Expiry");
    case NotAfterColumn: return tr("Not after");
    case SerialColumn: return tr("Serial");
    case AnchorColumn: return tr("Anchor");
    case RegistrationColumn: return tr("Registration");
    case ContextColumn: return tr("Connection");
    case KeyColumn: return tr("Key");
    case SubjectColumn: return tr("Subject");
    default: return {};
    }
}

void CertificateTableModel::setRecords(const QList<LedgerRecord> &records, const QDateTime &now)
{
    beginResetModel();
    m_records = records;
    m_now = now;
    endResetModel();
}

void CertificateTableModel::setWarningDays(int days)
{
    if (days == m_days)
        return;
    m_days = days;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace dwb::gui
