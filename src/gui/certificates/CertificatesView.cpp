#include "gui/certificates/CertificatesView.h"

#include "gui/certificates/CertificateFilterProxy.h"
#include "gui/certificates/CertificateTableModel.h"
#include "gui/common/Icons.h"

#include "core/ledger/ExpirySettings.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerCsv.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
QSettings settings()
{
    return QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s);
}
} // namespace

CertificatesView::CertificatesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CertificateTableModel(this))
    , m_proxy(new CertificateFilterProxy(m_model, this))
    , m_app(new QComboBox)
    , m_state(new QComboBox)
    , m_anchor(new QComboBox)
    , m_device(new QLineEdit)
    , m_days(new QSpinBox)
    , m_stack(new QStackedWidget)
    , m_table(new QTableView)
    , m_empty(new QLabel)
    , m_count(new QLabel)
    , m_export(new QPushButton(icon(u"export"_s), tr("&Export CSV…")))
    , m_renew(new QPushButton(icon(u"certificate"_s), tr("Re&new…")))
    , m_refresh(new QAction(icon(u"refresh"_s), tr("&Refresh"), this))
{
    setObjectName(u"certificatesView"_s);
    setAccessibleName(tr("Certificates"));
    m_model->setWarningDays(expiryWarningDays());

    m_app->setObjectName(u"certificatesApplication"_s);
    m_app->setAccessibleName(tr("Application"));
    m_app->setMinimumContentsLength(12);
    m_app->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_device->setObjectName(u"certificatesDevice"_s);
    m_device->setPlaceholderText(tr("Device name contains…"));
    m_device->setClearButtonEnabled(true);
    m_device->setAccessibleName(tr("Filter by device"));
    m_state->setObjectName(u"certificatesState"_s);
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("All"), int(CertificateFilterProxy::StateFilter::All));
    m_state->addItem(tr("Expiring within the warning window"), int(CertificateFilterProxy::StateFilter::Expiring));
    m_state->addItem(tr("Expired"), int(CertificateFilterProxy::StateFilter::Expired));
    m_days->setObjectName(u"certificatesWarningDays"_s);
    m_days->setRange(1, kMaxExpiryWarningDays);
    m_days->setValue(m_model->warningDays());
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Warning window in days"));
    m_days->setToolTip(tr("A certificate that expires within this many days is shown as expiring; the window "
                          "warns about them on connecting"));
    m_anchor->setObjectName(u"certificatesAnchor"_s);
    m_anchor->setAccessibleName(tr("Issuing anchor"));
    m_anchor->setMinimumContentsLength(14);
    m_anchor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_export->setObjectName(u"certificatesExport"_s);
    m_export->setToolTip(tr("Write the certificates shown to a CSV file"));
    m_refresh->setObjectName(u"actionRefreshCertificates"_s);
    m_refresh->setToolTip(tr("Read the ledger again (F5)"));
    auto *refreshButton = new QToolButton;
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refreshButton->setAccessibleName(tr("Refresh certificates"));

    auto *filters = new QHBoxLayout;
    auto label = [filters](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        filters->addWidget(l);
        filters->addWidget(buddy);
    };
    label(tr("&Application:"), m_app);
    label(tr("De&vice:"), m_device);
    label(tr("&Show:"), m_state);
    label(tr("&Warn within:"), m_days);
    label(tr("An&chor:"), m_anchor);
    filters->addStretch(1);
    filters->addWidget(refreshButton);
    filters->addWidget(m_renew);
    filters->addWidget(m_export);

    m_table->setObjectName(u"certificatesTable"_s);
    m_table->setAccessibleName(tr("Certificates in the ledger"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CertificateTableModel::ExpiryColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setAccessibleName(tr("Certificate columns"));
    m_table->setColumnWidth(CertificateTableModel::ApplicationColumn, 110);
    m_table->setColumnWidth(CertificateTableModel::DeviceColumn, 140);
    m_table->setColumnWidth(CertificateTableModel::StateColumn, 80);
    m_table->setColumnWidth(CertificateTableModel::ExpiryColumn, 140);
    m_table->setColumnWidth(CertificateTableModel::NotAfterColumn, 130);
    m_table->setColumnWidth(CertificateTableModel::SerialColumn, 130);
    m_empty->setObjectName(u"certificatesEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setMargin(24);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_count->setObjectName(u"certificatesCount"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    connect(m_refresh, &QAction::triggered, this, &CertificatesView::refresh);
    connect(m_export, &QPushButton::clicked, this, &CertificatesView::exportWithDialog);
    m_renew->setObjectName(u"certificatesRenew"_s);
    m_renew->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificatesView::updateRenew);
    connect(m_renew, &QPushButton::clicked, this, [this] {
        const auto [app, devices] = selectedDevices();
        if (!app.isEmpty() && !devices.isEmpty())
            Q_EMIT renewRequested(app, devices);
    });
    connect(m_app, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setApplication(m_app->currentData().toString());
        updateCount();
    });
    connect(m_device, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setDeviceText(text);
        updateCount();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(CertificateFilterProxy::StateFilter(m_state->currentData().toInt()));
        updateCount();
    });
    connect(m_anchor, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setAnchorFingerprint(m_anchor->currentData().toString());
        updateCount();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        setExpiryWarningDays(days);
        m_model->setWarningDays(days);
        m_proxy->refilter();
        updateCount();
    });
    fillCombos();
    updateCount();
}

CertificatesView::~CertificatesView()
{
    saveHeader();
}

void CertificatesView::saveHeader() const
{
    if (m_headerRestored)
        settings().setValue(u"certificates/header"_s, m_table->horizontalHeader()->saveState());
}

void CertificatesView::showEvent(QShowEvent *event)
{
    if (!m_headerRestored) {
        m_table->horizontalHeader()->restoreState(settings().value(u"certificates/header"_s).toByteArray());
        m_headerRestored = true;
    }
    QWidget::showEvent(event);
    refresh();
}

void CertificatesView::hideEvent(QHideEvent *event)
{
    saveHeader();
    QWidget::hideEvent(event);
}

bool CertificatesView::isShowingTable() const
{
    return m_stack->currentWidget() == m_table;
}

void CertificatesView::refresh()
{
    const int days = expiryWarningDays();   // dwb or another window may have changed it
    if (days != m_days->value())
        m_days->setValue(days);
    const QString path = Ledger::defaultPath();
    QString problem;
    QList<LedgerRecord> records;
    if (!QFileInfo::exists(path)) {
        problem = QString();   // no ledger yet: the empty text below
    } else if (Result<std::unique_ptr<Ledger>> ledger = Ledger::open(path); !ledger) {
        problem = ledger.error().message;
    } else {
        LedgerFilter current;
        current.currentOnly = true;
        Result<QList<LedgerRecord>> found = (*ledger)->find(current);
        if (!found)
            problem = found.error().message;
        else
            records = *found;
    }
    m_model->setRecords(records);
    fillCombos();
    if (!problem.isEmpty()) {
        m_empty->setText(tr("The ledger could not be read: %1").arg(problem));
        m_stack->setCurrentWidget(m_empty);
    } else if (records.isEmpty()) {
        m_empty->setText(tr("<p><b>No certificates in the ledger yet.</b></p>"
                            "<p>Every certificate the workbench issues or registers — in the wizards, with "
                            "<tt>dwb</tt> or in a batch — is recorded in the ledger with its expiry, and listed "
                            "here. Certificates made before can be added with <tt>dwb certs import "
                            "FOLDER</tt>.</p><p>Ledger: %1</p>")
                             .arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    m_export->setEnabled(!records.isEmpty());
    updateRenew();
    updateCount();
    Q_EMIT refreshed(int(records.size()));
}

void CertificatesView::fillCombos()
{
    const QString app = m_app->currentData().toString();
    const QString anchor = m_anchor->currentData().toString();
    QStringList apps;
    QMap<QString, QStringList> anchors;   // fingerprint → its applications
    for (const LedgerRecord &r : m_model->records()) {
        if (!apps.contains(r.application))
            apps << r.application;
        if (!r.anchorFingerprint.isEmpty() && !anchors[r.anchorFingerprint].contains(r.application))
            anchors[r.anchorFingerprint] << r.application;
    }
    std::sort(apps.begin(), apps.end());
    const QSignalBlocker b1(m_app), b2(m_anchor);
    m_app->clear();
    m_app->addItem(tr("All applications"), QString());
    for (const QString &a : std::as_const(apps))
        m_app->addItem(a, a);
    m_app->setCurrentIndex(std::max(0, m_app->findData(app)));
    m_anchor->clear();
    m_anchor->addItem(tr("All anchors"), QString());
    for (auto it = anchors.cbegin(); it != anchors.cend(); ++it)
        m_anchor->addItem(tr("%1 (%2)").arg(it.key().left(11), it.value().join(u", "_s)), it.key());
    m_anchor->setCurrentIndex(std::max(0, m_anchor->findData(anchor)));
    // a filter whose value left the ledger falls back to "all"
    m_proxy->setApplication(m_app->currentData().toString());
    m_proxy->setAnchorFingerprint(m_anchor->currentData().toString());
}

void CertificatesView::updateCount()
{
    const int total = m_model->rowCount(), shown = m_proxy->rowCount();
    int expired = 0, expiring = 0;
    for (int row = 0; row < total; ++row) {
        const ExpiryState st = m_model->state(row);
        expired += st == ExpiryState::Expired;
        expiring += st == ExpiryState::Expiring;
    }
    if (total == 0)
        m_count->clear();
    else if (shown == 0)
        m_count->setText(tr("No certificate matches the filters (%1 in the ledger).").arg(total));
    else
        m_count->setText(tr("%1 of %2 certificates shown — %3 expiring within %4 days, %5 expired")
                             .arg(shown).arg(total).arg(expiring).arg(m_model->warningDays()).arg(expired));
}

void CertificatesView::showOnly(int stateFilter)
{
    m_app->setCurrentIndex(0);
    m_anchor->setCurrentIndex(0);
    m_device->clear();
    m_state->setCurrentIndex(std::max(0, m_state->findData(stateFilter)));
    m_table->setFocus();
}

Status CertificatesView::exportCsv(const QString &path, Overwrite overwrite) const
{
    QList<LedgerRecord> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return writeFileAtomically(path, ledgerCsv(rows, m_model->warningDays(), m_model->now()), FileMode::Public,
                               overwrite);
}

void CertificatesView::exportWithDialog()
{
    // The file dialog asks before it names an existing file; only then is it replaced.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Certificates"),
                                                      QDir::home().filePath(u"certificates.csv"_s),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status st = exportCsv(path, QFileInfo::exists(path) ? Overwrite::Allow : Overwrite::Refuse);
    if (!st)
        QMessageBox::warning(this, tr("Export Certificates"), st.error().message);
}

QPair<QString, QStringList> CertificatesView::selectedDevices() const
{
    QString app;
    QStringList devices;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const LedgerRecord &r = m_model->record(m_proxy->mapToSource(index).row());
        if (r.kind != LedgerKind::Device)
            continue;
        if (!app.isEmpty() && r.application != app)
            return {}; // renewal is per application
        app = r.application;
        if (!devices.contains(r.device))
            devices << r.device;
    }
    return {app, devices};
}

void CertificatesView::updateRenew()
{
    const auto [app, devices] = selectedDevices();
    m_renew->setEnabled(!devices.isEmpty());
    m_renew->setToolTip(devices.isEmpty()
                            ? tr("Select the devices to renew (of one application)")
                            : tr("New certificates for %n selected device(s) of '%1', with the same subjects",
                                 nullptr, int(devices.size()))
                                  .arg(app));
}

} // namespace dwb::gui
