#include "gui/certificates/CertificateFilterProxy.h"

#include "gui/certificates/CertificateTableModel.h"

namespace dwb::gui {

CertificateFilterProxy::CertificateFilterProxy(CertificateTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(CertificateTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CertificateFilterProxy::setApplication(const QString &app)
{
    m_app = app;
    invalidateRowsFilter();
}

void CertificateFilterProxy::setDeviceText(const QString &text)
{
    m_device = text.trimmed();
    invalidateRowsFilter();
}

void CertificateFilterProxy::setStateFilter(StateFilter state)
{
    m_state = state;
    invalidateRowsFilter();
}

void CertificateFilterProxy::setAnchorFingerprint(const QString &fingerprint)
{
    m_anchor = fingerprint;
    invalidateRowsFilter();
}

bool CertificateFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const LedgerRecord &r = m_source->record(sourceRow);
    if (!m_app.isEmpty() && r.application != m_app)
        return false;
    if (!m_device.isEmpty() && !r.device.contains(m_device, Qt::CaseInsensitive))
        return false;
    if (!m_anchor.isEmpty() && r.anchorFingerprint != m_anchor)
        return false;
    const ExpiryState st = m_source->state(sourceRow);
    switch (m_state) {
    case StateFilter::Expiring: return st == ExpiryState::Expiring;
    case StateFilter::Expired: return st == ExpiryState::Expired;
    case StateFilter::All: break;
    }
    return true;
}

} // namespace dwb::gui
