// The Certificates view's filters over CertificateTableModel: application
// (exact), device text (substring, any case), state (all, expiring within
// the warning window, expired) and issuing anchor (fingerprint); sorting by
// the model's SortRole on every column.
#pragma once

#include <QSortFilterProxyModel>

namespace dwb::gui {

class CertificateTableModel;

class CertificateFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StateFilter { All, Expiring, Expired };

    explicit CertificateFilterProxy(CertificateTableModel *source, QObject *parent = nullptr);

    void setApplication(const QString &app);             // "" = all
    void setDeviceText(const QString &text);
    void setStateFilter(StateFilter state);
    void setAnchorFingerprint(const QString &fingerprint); // "" = all
    QString application() const { return m_app; }
    QString deviceText() const { return m_device; }
    StateFilter stateFilter() const { return m_state; }
    QString anchorFingerprint() const { return m_anchor; }
    // Re-runs the filter (the warning window changed).
    void refilter() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CertificateTableModel *m_source;
    QString m_app, m_device, m_anchor;
    StateFilter m_state = StateFilter::All;
};

} // namespace dwb::gui
