// Expiry at a glance in the window: the Certificates view over a ledger of
// certificates made by the openssl command line (expired, expiring in 5
// days, valid for 200 days; one of another connection expiring in 20),
// recorded through the Ledger API — an empty ledger explained, rows with
// their state in words and colour, the filters (application, device text,
// state, anchor), sorting, the warning window, the CSV export (never over
// a file unless asked), the remembered columns; then the window against the
// real sandbox, whose application "lab" has an anchor that expires in 10
// days: the application list says so, in amber, the message bar warns on
// connecting with the counts of this connection and its "Show" opens the
// view filtered to what expires, and F5 reads the ledger again.
#include "GuiTestUtil.h"

#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
#include "core/crypto/Profiles.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerCsv.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/certificates/CertificateFilterProxy.h"
#include "gui/certificates/CertificateTableModel.h"
#include "gui/certificates/CertificatesView.h"
#include "gui/common/MessageBar.h"
#include "gui/connection/ConnectionBar.h"
#include "support/CsvParse.h"
#include "support/OpensslCa.h"
#include "support/Sandbox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 20000;

class TestCertificatesView : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_ledgerPath;
    test::OpensslCa m_ca;
    QString m_anchorFp;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<ContextStore> m_contexts;
    InMemorySecretStore m_secrets;

    bool record(const QString &app, const QString &device, int fromDays, int toDays, const QString &context)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString pem = m_ca.issue(device, now.addDays(fromDays), now.addDays(toDays));
        if (pem.isEmpty()) {
            qWarning().noquote() << m_ca.lastError();
            return false;
        }
        const Result<Certificate> cert = Certificate::fromPem(test::readFile(pem));
        const Result<Certificate> anchor = Certificate::fromPem(test::readFile(m_ca.anchorPem()));
        auto ledger = Ledger::open(m_ledgerPath);
        if (!cert || !anchor || !ledger)
            return false;
        LedgerRecord r = LedgerRecord::fromCertificate(*cert, *anchor);
        r.application = app;
        r.device = device;
        r.context = context;
        r.files = {pem};
        r.source = u"test"_s;
        r.registration = Registration::Registered;
        m_anchorFp = r.anchorFingerprint;
        return bool((*ledger)->add(r));
    }

    static QStringList column(CertificatesView &v, int column)
    {
        QStringList out;
        for (int row = 0; row < v.proxy()->rowCount(); ++row)
            out << v.proxy()->index(row, column).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ledgerPath = m_dir.filePath(u"ledger/ledger.sqlite"_s);
        qputenv("DWB_LEDGER", m_ledgerPath.toUtf8());
        QVERIFY2(m_ca.create(m_dir.filePath(u"ca"_s), u"field"_s), qPrintable(m_ca.lastError()));
        m_contexts = std::make_unique<ContextStore>();
    }

    void emptyLedgerIsExplained()
    {
        CertificatesView view;
        view.resize(1100, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.isShowingTable());
        QVERIFY2(view.emptyLabel()->text().contains(u"No certificates in the ledger yet"_s),
                 qPrintable(view.emptyLabel()->text()));
        QVERIFY(view.emptyLabel()->text().contains(u"dwb certs import"_s));
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void fillLedger()
    {
        const QString here = Context::sandboxLedgerContext(); // the window's sandbox in the ledger
        QVERIFY(record(u"field"_s, u"old-sensor"_s, -100, -3, here));    // expired 3 days ago
        QVERIFY(record(u"field"_s, u"soon-sensor"_s, -60, 5, here));     // expires in 5 days
        QVERIFY(record(u"field"_s, u"fine-sensor"_s, -10, 200, here));   // valid
        QVERIFY(record(u"elsewhere"_s, u"far-gateway"_s, -30, 20, u"other-server"_s)); // another connection
    }

    void rowsStatesAndColours()
    {
        CertificatesView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isShowingTable());
        QCOMPARE(view.model()->rowCount(), 4);
        QCOMPARE(view.warningDaysSpin()->value(), 30);
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const QString device = view.model()->index(row, CertificateTableModel::DeviceColumn).data().toString();
            const QString state = view.model()->index(row, CertificateTableModel::StateColumn).data().toString();
            const QString expiry = view.model()->index(row, CertificateTableModel::ExpiryColumn).data().toString();
            const QVariant bg = view.model()->index(row, CertificateTableModel::DeviceColumn).data(Qt::BackgroundRole);
            if (device == u"old-sensor"_s) {
                QCOMPARE(state, u"Expired"_s);
                QVERIFY2(expiry.startsWith(u"expired 3 days ago"_s), qPrintable(expiry));
                QCOMPARE(bg.value<QColor>(), CertificateTableModel::stateBackground(ExpiryState::Expired));
                QVERIFY(bg.value<QColor>().red() > bg.value<QColor>().green());   // red
            } else if (device == u"soon-sensor"_s || device == u"far-gateway"_s) {
                QCOMPARE(state, u"Expiring"_s);
                QVERIFY2(QRegularExpression(u"^expires in \\d+ days$"_s).match(expiry).hasMatch(), qPrintable(expiry));
                QCOMPARE(bg.value<QColor>(), CertificateTableModel::stateBackground(ExpiryState::Expiring));
            } else {
                QCOMPARE(device, u"fine-sensor"_s);
                QCOMPARE(state, u"Valid"_s);
                QVERIFY(!bg.isValid());
            }
        }
        // the anchor column: the fingerprint's start, whole in the tooltip
        QCOMPARE(view.model()->index(0, CertificateTableModel::AnchorColumn).data().toString(), m_anchorFp.left(11));
        QCOMPARE(view.model()->index(0, CertificateTableModel::AnchorColumn).data(Qt::ToolTipRole).toString(), m_anchorFp);
        QVERIFY(view.countLabel()->text().contains(u"4 of 4"_s));
        // a narrower warning window: soon-sensor (5 days) stays expiring, far-gateway (20) becomes valid
        view.warningDaysSpin()->setValue(10);
        int expiring = 0;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            expiring += view.model()->state(row) == ExpiryState::Expiring;
        QCOMPARE(expiring, 1);
        view.warningDaysSpin()->setValue(30);
    }

    void filters()
    {
        CertificatesView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QComboBox *app = view.applicationCombo();
        QCOMPARE(app->count(), 3);   // all, elsewhere, field
        app->setCurrentIndex(app->findData(u"field"_s));
        QCOMPARE(view.proxy()->rowCount(), 3);
        view.deviceEdit()->setText(u"SOON"_s);
        QCOMPARE(column(view, CertificateTableModel::DeviceColumn), QStringList{u"soon-sensor"_s});
        view.deviceEdit()->clear();
        app->setCurrentIndex(0);
        QComboBox *state = view.stateCombo();
        state->setCurrentIndex(state->findData(int(CertificateFilterProxy::StateFilter::Expired)));
        QCOMPARE(column(view, CertificateTableModel::DeviceColumn), QStringList{u"old-sensor"_s});
        state->setCurrentIndex(state->findData(int(CertificateFilterProxy::StateFilter::Expiring)));
        QStringList expiring = column(view, CertificateTableModel::DeviceColumn);
        expiring.sort();
        QCOMPARE(expiring, (QStringList{u"far-gateway"_s, u"soon-sensor"_s}));
        state->setCurrentIndex(0);
        // the anchor: every record here comes from the one openssl CA
        QComboBox *anchor = view.anchorCombo();
        QCOMPARE(anchor->count(), 2);
        QVERIFY(anchor->itemText(1).startsWith(m_anchorFp.left(11)));
        anchor->setCurrentIndex(1);
        QCOMPARE(view.proxy()->rowCount(), 4);
        view.proxy()->setAnchorFingerprint(u"00:11"_s);
        QCOMPARE(view.proxy()->rowCount(), 0);
        view.proxy()->setAnchorFingerprint({});
        // keyboard: the labels' mnemonics reach the filters
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();
        QTest::keyClick(&view, Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(view.deviceEdit()->hasFocus());
    }

    void sorting()
    {
        CertificatesView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->sortByColumn(CertificateTableModel::DeviceColumn, Qt::AscendingOrder);
        QCOMPARE(column(view, CertificateTableModel::DeviceColumn),
                 (QStringList{u"far-gateway"_s, u"fine-sensor"_s, u"old-sensor"_s, u"soon-sensor"_s}));
        view.table()->sortByColumn(CertificateTableModel::ExpiryColumn, Qt::AscendingOrder);
        QCOMPARE(column(view, CertificateTableModel::DeviceColumn),
                 (QStringList{u"old-sensor"_s, u"soon-sensor"_s, u"far-gateway"_s, u"fine-sensor"_s}));
        view.table()->sortByColumn(CertificateTableModel::StateColumn, Qt::DescendingOrder);
        QCOMPARE(column(view, CertificateTableModel::StateColumn),
                 (QStringList{u"Valid"_s, u"Expiring"_s, u"Expiring"_s, u"Expired"_s}));
        view.table()->sortByColumn(CertificateTableModel::ApplicationColumn, Qt::DescendingOrder);
        QCOMPARE(column(view, CertificateTableModel::ApplicationColumn).first(), u"field"_s);
        QCOMPARE(column(view, CertificateTableModel::ApplicationColumn).last(), u"elsewhere"_s);
    }

    void csvExport()
    {
        CertificatesView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.applicationCombo()->setCurrentIndex(view.applicationCombo()->findData(u"field"_s));
        view.table()->sortByColumn(CertificateTableModel::DeviceColumn, Qt::AscendingOrder);
        const QString file = m_dir.filePath(u"export.csv"_s);
        const Status st = view.exportCsv(file);
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        bool ok = false;
        const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(test::readFile(file)), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 4);   // header + the three shown, in the order shown
        QCOMPARE(rows.first(), ledgerCsvColumns());
        const qsizetype device = rows.first().indexOf(u"device"_s), state = rows.first().indexOf(u"state"_s),
                        subject = rows.first().indexOf(u"subject"_s), notAfter = rows.first().indexOf(u"not_after"_s);
        QCOMPARE(rows[1][device], u"fine-sensor"_s);
        QCOMPARE(rows[2][device], u"old-sensor"_s);
        QCOMPARE(rows[2][state], u"expired"_s);
        QCOMPARE(rows[3][state], u"expiring"_s);
        QCOMPARE(rows[3][subject], u"CN=soon-sensor, O=Drogue IoT, OU=field"_s);
        QVERIFY(rows[3][notAfter].endsWith(u'Z'));
        // an existing file: refused unless asked
        QVERIFY(test::writeFile(file, "keep me"));
        const Status again = view.exportCsv(file);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::readFile(file), QByteArray("keep me"));
        QVERIFY(view.exportCsv(file, Overwrite::Allow));
        QVERIFY(test::readFile(file).startsWith("id,kind,"));
    }

    void columnsRemembered()
    {
        {
            CertificatesView view;
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.table()->setColumnWidth(CertificateTableModel::DeviceColumn, 233);
            view.table()->sortByColumn(CertificateTableModel::SerialColumn, Qt::DescendingOrder);
        }
        CertificatesView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.table()->columnWidth(CertificateTableModel::DeviceColumn), 233);
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(), int(CertificateTableModel::SerialColumn));
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        view.table()->sortByColumn(CertificateTableModel::ExpiryColumn, Qt::AscendingOrder);
    }

    void connectingWarnsAndShows()
    {
        m_sandbox = std::make_unique<test::Sandbox>();
        QVERIFY2(m_sandbox->start({u"--no-broker"_s}), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<RegistryClient>(m_sandbox->connectionSettings());
        // lab: an anchor that expires in 10 days; field: the openssl CA's anchor (ten years)
        auto key = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(key.ok());
        auto labAnchor = createTrustAnchor(u"lab"_s, *key, 10);
        QVERIFY(labAnchor.ok());
        Application lab = Application::create(u"lab"_s);
        QVERIFY(lab.addTrustAnchor(labAnchor->toPem()));
        Application field = Application::create(u"field"_s);
        QVERIFY(field.addTrustAnchor(test::readFile(m_ca.anchorPem())));
        for (const Application &a : {lab, field}) {
            const Status st = await(m_client->createApp(a));
            QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        }

        MainWindow w(m_contexts.get(), &m_secrets);
        w.resize(1300, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openSandbox(m_sandbox->dataDir()));
        QTRY_COMPARE_WITH_TIMEOUT(w.connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(w.appModel()->rowOf(u"lab"_s) >= 0, kTimeout);

        // The application list: lab's anchor expires in 9 or 10 days (10 days less the seconds since), amber.
        const int labRow = w.appModel()->rowOf(u"lab"_s);
        const QModelIndex labExpiry = w.appModel()->index(labRow, AppListModel::ExpiryColumn);
        QVERIFY2(QRegularExpression(u"^expires in (9|10) days$"_s).match(labExpiry.data().toString()).hasMatch(),
                 qPrintable(labExpiry.data().toString()));
        QCOMPARE(w.appModel()->anchorState(labRow), ExpiryState::Expiring);
        QCOMPARE(labExpiry.data(Qt::BackgroundRole).value<QColor>(),
                 CertificateTableModel::stateBackground(ExpiryState::Expiring));
        const int fieldRow = w.appModel()->rowOf(u"field"_s);
        QVERIFY(w.appModel()->index(fieldRow, AppListModel::ExpiryColumn).data().toString().startsWith(u"expires in "_s));
        QCOMPARE(w.appModel()->anchorState(fieldRow), ExpiryState::Valid);
        QVERIFY(!w.appModel()->index(fieldRow, AppListModel::ExpiryColumn).data(Qt::BackgroundRole).isValid());
        test::saveScreenshot(&w, u"app-list-anchor-expiry"_s);

        // The warning of this connection: soon-sensor and lab's anchor expire, old-sensor has expired;
        // far-gateway belongs to another connection and is not counted.
        QTRY_VERIFY_WITH_TIMEOUT(w.messageBar()->isVisible(), kTimeout);
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Warning);
        QCOMPARE(w.messageBar()->text(),
                 u"1 device certificate and the trust anchor of lab expire within 30 days; 1 has expired."_s);
        QToolButton *show = w.messageBar()->actionButton();
        QVERIFY(show->isVisible());
        QCOMPARE(show->text(), u"&Show"_s);
        QVERIFY(!w.certificatesDock()->isVisible());
        show->click();
        QTRY_VERIFY(w.certificatesDock()->isVisible());
        QVERIFY(!w.messageBar()->isVisible());
        CertificatesView *view = w.certificatesView();
        QCOMPARE(CertificateFilterProxy::StateFilter(view->stateCombo()->currentData().toInt()),
                 CertificateFilterProxy::StateFilter::Expiring);
        QStringList shown = column(*view, CertificateTableModel::DeviceColumn);
        shown.sort();
        QCOMPARE(shown, (QStringList{u"far-gateway"_s, u"soon-sensor"_s}));

        // F5 reads the ledger again
        view->stateCombo()->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), 4);
        QVERIFY(record(u"field"_s, u"new-sensor"_s, -1, 300, Context::sandboxLedgerContext()));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F5);
        QTRY_COMPARE(view->model()->rowCount(), 5);
        QVERIFY(w.action(u"actionShowCertificates"_s));

        view->table()->sortByColumn(CertificateTableModel::ExpiryColumn, Qt::AscendingOrder);
        w.resizeDocks({w.certificatesDock()}, {330}, Qt::Vertical);
        test::saveScreenshot(&w, u"certificates-view"_s);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sandbox.reset();
    }
};

int main(int argc, char **argv)
{
    // QSettings of the window and the context store go to a temporary home.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestCertificatesView test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_certificates_view.moc"
