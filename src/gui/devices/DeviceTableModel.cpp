#include "gui/devices/DeviceTableModel.h"

#include "gui/common/Icons.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dwb::gui {

DeviceTableModel::DeviceTableModel(QObject *parent) : NamedRowModel(parent) {}

bool DeviceTableModel::looksLikeSubject(const QString &alias)
{
    static const QRegularExpression re(
        u"^[A-Za-z][A-Za-z0-9.]*=[^,]*(, [A-Za-z][A-Za-z0-9.]*=[^,]*)*$"_s);
    return alias.contains(u"CN="_s) && re.match(alias).hasMatch();
}

DeviceTableModel::Row DeviceTableModel::makeRow(const Device &device)
{
    Row r;
    r.device = device;
    r.name = device.name();
    const QStringList aliases = device.aliases();
    r.aliases = aliases.join(u"; "_s);
    for (const QString &a : aliases)
        if (looksLikeSubject(a))
            r.certAlias = true;
    if (looksLikeSubject(r.name))
        r.certAlias = true;
    const auto labels = device.labels();
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    r.labels = parts.join(u", "_s);
    r.disabled = device.disabled();
    r.created = device.creationTimestamp();
    r.createdText = r.created.isValid()
        ? QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat) : QString();
    r.searchKey = (r.name + u'\n' + r.aliases + u'\n' + r.labels).toLower();
    return r;
}

QVariant DeviceTableModel::cellData(const Row &r, int column, int role) const
{
    switch (column) {
    case NameColumn:
        if (role == Qt::ForegroundRole && r.disabled)
            return QColor(0x80, 0x80, 0x80);
        break;
    case AliasesColumn:
        if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && !r.aliases.isEmpty()))
            return r.aliases;
        break;
    case CertAliasColumn:
        if (role == Qt::DisplayRole)
            return r.certAlias ? tr("yes") : tr("no");
        if (role == Qt::DecorationRole && r.certAlias)
            return icon(u"certificate"_s);
        if (role == Qt::ToolTipRole)
            return r.certAlias ? tr("Can log in with an x.509 certificate of this subject")
                               : tr("No alias is a certificate subject");
        break;
    case DisabledColumn:
        if (role == Qt::DisplayRole)
            return r.disabled ? tr("disabled") : QString();
        if (role == Qt::DecorationRole && r.disabled)
            return icon(u"disable"_s);
        break;
    case LabelsColumn:
        if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && !r.labels.isEmpty()))
            return r.labels;
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return r.createdText;
        if (role == Qt::ToolTipRole)
            return r.created.toString(Qt::ISODate);
        break;
    default:
        break;
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Device");
    case AliasesColumn: return tr("Aliases");
    case CertAliasColumn: return tr("Certificate alias");
    case DisabledColumn: return tr("State");
    case LabelsColumn: return tr("Labels");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

void DeviceTableModel::reset(const QString &application)
{
    m_app = application;
    resetRows();
}

void DeviceTableModel::appendDevices(const QList<Device> &devices)
{
    if (devices.isEmpty())
        return;
    QList<Row> batch;
    batch.reserve(devices.size());
    for (const Device &d : devices)
        batch.append(makeRow(d));
    appendRows(std::move(batch));
}

void DeviceTableModel::updateDevice(const Device &device)
{
    const int row = rowOf(device.name());
    if (row < 0) {
        appendDevices({device});
        return;
    }
    replaceRow(row, makeRow(device));
}

bool DeviceTableModel::removeDevice(const QString &name)
{
    return removeNamed(name);
}

QList<Device> DeviceTableModel::devices() const
{
    QList<Device> out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.append(r.device);
    return out;
}

bool DeviceTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row &a = m_rows.at(leftRow);
    const Row &b = m_rows.at(rightRow);
    switch (column) {
    case AliasesColumn: return a.aliases < b.aliases;
    case CertAliasColumn: return a.certAlias < b.certAlias;
    case DisabledColumn: return a.disabled < b.disabled;
    case LabelsColumn: return a.labels < b.labels;
    case CreatedColumn: return a.created < b.created;
    default: return a.name < b.name;
    }
}

} // namespace dwb::gui
