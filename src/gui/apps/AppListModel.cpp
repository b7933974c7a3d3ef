#include "gui/apps/AppListModel.h"

#include "gui/certificates/CertificateTableModel.h"
#include "gui/certificates/ExpiryWarning.h"
#include "gui/common/Icons.h"

#include "core/ledger/ExpirySettings.h"

#include <QColor>
#include <QHash>

using namespace Qt::StringLiterals;

namespace dwb::gui {

AppListModel::AppListModel(QObject *parent) : NamedRowModel(parent), m_warningDays(expiryWarningDays()) {}

void AppListModel::setWarningDays(int days)
{
    if (days == m_warningDays)
        return;
    m_warningDays = days;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ExpiryColumn), index(rowCount() - 1, ExpiryColumn));
}

ExpiryState AppListModel::anchorState(int row) const
{
    const QDateTime &t = m_rows.at(row).anchorExpiry;
    return t.isValid() ? expiryState(t, m_warningDays) : ExpiryState::Valid;
}

QString AppListModel::anchorSummary(const Application &app, int *valid, int *invalid)
{
    int v = 0, inv = 0;
    const auto statuses = app.trustAnchorStatuses();
    for (const auto &s : statuses)
        (s.valid ? v : inv)++;
    // Anchors in spec that the server has not reported on yet.
    const int pending = int(app.trustAnchorPems().size()) - int(statuses.size());
    if (valid)
        *valid = v;
    if (invalid)
        *invalid = inv;
    QStringList parts;
    if (v)
        parts << tr("%n valid", nullptr, v);
    if (inv)
        parts << tr("%n invalid", nullptr, inv);
    if (pending > 0)
        parts << tr("%n pending", nullptr, pending);
    return parts.isEmpty() ? tr("none") : parts.join(u", "_s);
}

AppListModel::Row AppListModel::makeRow(const Application &app)
{
    Row r;
    r.app = app;
    r.name = app.name();
    r.anchors = anchorSummary(app, &r.valid, &r.invalid);
    if (const std::optional<AnchorExpiry> shown = shownAnchorExpiry(app))
        r.anchorExpiry = shown->notAfter;
    return r;
}

QVariant AppListModel::cellData(const Row &r, int column, int role) const
{
    switch (column) {
    case NameColumn:
        if (role == Qt::DecorationRole)
            return icon(u"application"_s);
        break;
    case AnchorsColumn:
        if (role == Qt::DisplayRole)
            return r.anchors;
        if (role == Qt::ToolTipRole)
            return tr("Trust anchors: %1").arg(r.anchors);
        if (role == Qt::DecorationRole && (r.valid || r.invalid))
            return icon(r.invalid ? u"warning"_s : u"valid"_s);
        if (role == Qt::ForegroundRole && r.invalid)
            return QColor(0xb0, 0x30, 0x20);
        break;
    case DevicesColumn:
        if (role == Qt::DisplayRole)
            return r.devices < 0 ? u"…"_s : QString::number(r.devices);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return r.devices < 0 ? tr("Counting devices…") : tr("%n device(s)", nullptr, r.devices);
        break;
    case ExpiryColumn: {
        if (!r.anchorExpiry.isValid())
            break;
        const ExpiryState st = expiryState(r.anchorExpiry, m_warningDays);
        if (role == Qt::DisplayRole)
            return expiryText(r.anchorExpiry);
        if (role == Qt::ToolTipRole)
            return tr("Trust anchor valid until %1 (UTC): %2")
                .arg(r.anchorExpiry.toUTC().toString(Qt::ISODate), CertificateTableModel::stateText(st));
        if (role == Qt::BackgroundRole && st != ExpiryState::Valid)
            return CertificateTableModel::stateBackground(st);
        if (role == Qt::ForegroundRole && st != ExpiryState::Valid)
            return QColor(0x20, 0x20, 0x20);
        if (role == Qt::DecorationRole && st != ExpiryState::Valid)
            return icon(st == ExpiryState::Expired ? u"error"_s : u"warning"_s);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant AppListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Application");
    case AnchorsColumn: return tr("Trust anchors");
    case DevicesColumn: return tr("Devices");
    case ExpiryColumn: return tr("Anchor expiry");
    default: return {};
    }
}

void AppListModel::setApplications(const QList<Application> &apps)
{
    QHash<QString, int> counts;
    for (const Row &r : std::as_const(m_rows))
        counts.insert(r.name, r.devices);
    QList<Row> rows;
    rows.reserve(apps.size());
    for (const Application &a : apps) {
        Row r = makeRow(a);
        r.devices = counts.value(r.name, -1);
        rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.name < b.name; });
    resetRows(std::move(rows));
}

void AppListModel::updateApplication(const Application &app)
{
    const int row = rowOf(app.name());
    if (row >= 0) {
        Row r = makeRow(app);
        r.devices = m_rows.at(row).devices;
        replaceRow(row, std::move(r));
        return;
    }
    int at = 0;
    while (at < m_rows.size() && m_rows.at(at).name < app.name())
        ++at;
    insertRowAt(at, makeRow(app));
}

bool AppListModel::removeApplication(const QString &name)
{
    return removeNamed(name);
}

void AppListModel::setDeviceCount(const QString &name, int count)
{
    const int row = rowOf(name);
    if (row < 0 || m_rows[row].devices == count)
        return;
    m_rows[row].devices = count;
    Q_EMIT dataChanged(index(row, DevicesColumn), index(row, DevicesColumn));
}

void AppListModel::clear()
{
    resetRows();
}

int AppListModel::deviceCount(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? -1 : m_rows.at(row).devices;
}

} // namespace dwb::gui
