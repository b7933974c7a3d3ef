// The Certificates view (issue 20, "expiry at a glance"): the ledger as a
// table with filters (application, device text, state, issuing anchor),
// coloured by state with the state in words too, sortable by every column,
// "Export CSV…" (LedgerCsv through SafeFile), and the warning window (a spin
// box; the setting ExpirySettings keeps), and "Renew…" for the selected
// devices (renewRequested: the window opens the renewal wizard). The ledger is read again when the
// view is shown and on refresh(); an empty ledger shows what fills it.
#pragma once

#include "core/util/Result.h"
#include "core/util/SafeFile.h"

#include <QPair>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace dwb::gui {

class CertificateFilterProxy;
class CertificateTableModel;

class CertificatesView : public QWidget {
    Q_OBJECT
public:
    explicit CertificatesView(QWidget *parent = nullptr);
    ~CertificatesView() override;

    // Reads the ledger (Ledger::defaultPath()) again; filters stay.
    void refresh();
    // Only the certificates expiring within the warning window (the message bar's "Show"),
    // or only the expired ones.
    void showExpiring() { showOnly(1); }
    void showExpired() { showOnly(2); }
    // The rows shown, in their order, as CSV: refuses an existing file unless overwrite says so.
    Status exportCsv(const QString &path, Overwrite overwrite = Overwrite::Refuse) const;

    CertificateTableModel *model() const { return m_model; }
    CertificateFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *applicationCombo() const { return m_app; }
    QLineEdit *deviceEdit() const { return m_device; }
    QComboBox *stateCombo() const { return m_state; }
    QComboBox *anchorCombo() const { return m_anchor; }
    QSpinBox *warningDaysSpin() const { return m_days; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *countLabel() const { return m_count; }
    QAction *refreshAction() const { return m_refresh; }
    bool isShowingTable() const;

    QPushButton *renewButton() const { return m_renew; }
    // The selected device rows: their application and device names (empty
    // when rows of several applications are selected).
    QPair<QString, QStringList> selectedDevices() const;

Q_SIGNALS:
    void refreshed(int records);
    // "Renew…": the window opens the renewal wizard (RenewWizard).
    void renewRequested(const QString &app, const QStringList &devices);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showOnly(int stateFilter);  // CertificateFilterProxy::StateFilter
    void exportWithDialog();
    void fillCombos();
    void updateCount();
    void saveHeader() const;
    void updateRenew();

    CertificateTableModel *m_model;
    CertificateFilterProxy *m_proxy;
    QComboBox *m_app, *m_state, *m_anchor;
    QLineEdit *m_device;
    QSpinBox *m_days;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty, *m_count;
    QPushButton *m_export, *m_renew;
    QAction *m_refresh;
    bool m_headerRestored = false;
};

} // namespace dwb::gui
