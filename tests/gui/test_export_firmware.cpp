// "Export for Firmware…" against a real drogue-sandbox: a device enrolled
// with the wizard (driven like a user), then the result page's Export for
// Firmware… opens the dialog; c-header into the default destination of a
// fresh home (the folder does not exist yet: the export makes it), the
// files listed with the one holding the key marked, checked from outside
// (mode, content). p12-legacy refuses to run without matching passphrases.
// The ledger knows the device's files afterwards (the device context
// menu's source). With DWB_SCREENSHOT_DIR set, the dialog is saved as
// export-firmware.png (docs/screenshots/take-wizards.sh).
#include "GuiTestUtil.h"
#include "core/cloud/RegistryClient.h"
#include "core/export/KnownDeviceFiles.h"
#include "core/config/Context.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/devices/DeviceTableModel.h"
#include "gui/export/ExportFirmwareDialog.h"
#include "gui/wizards/EnrollWizard.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"

#include <QAction>
#include <QComboBox>
#include <QTableView>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 30000;

class TestExportFirmware : public test::WizardTestBase {
    Q_OBJECT
    QTemporaryDir m_home;

    // Enrolls sensor-1 of demo with the wizard, up to its result page.
    void enroll(EnrollWizard &w)
    {
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        child<QLineEdit>(&w, u"deviceName"_s)->setText(u"sensor-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        child<QLineEdit>(&w, u"caKeyInput"_s)->setText(path(u"ca.key"_s));
        child<QPushButton>(&w, u"checkCaButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::OutputPageId));
        child<QLineEdit>(&w, u"outputDir"_s)->setText(path(u"out"_s));
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
        QVERIFY(clickNext(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
        QVERIFY2(w.job()->result().ok(), test::why(w.job()->result()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A fresh home: the default destination's folders do not exist.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_DATA_HOME");
        startSandbox();
        if (QTest::currentTestFailed())
            return;
        const auto env = test::isolatedDwbEnvironment(m_home.path());
        test::DwbRun r = test::runDwb(m_sandbox->dwbArgs() + QStringList{u"create"_s, u"app"_s, u"demo"_s}, env);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        r = test::runDwb(m_sandbox->dwbArgs() + QStringList{u"trust"_s, u"create"_s, u"demo"_s, u"--key-output"_s,
                                                           path(u"ca.key"_s), u"--cert-output"_s, path(u"ca.pem"_s)},
                         env);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY(await(m_client->discover()).ok()); // as the window's connection does
    }
    void cleanupTestCase() { stopSandbox(); }

    void exportFromResultPage()
    {
        EnrollWizard w(m_client.get(), u"demo"_s);
        enroll(w);
        if (QTest::currentTestFailed())
            return;
        auto *button = child<QPushButton>(&w, u"exportFirmwareButton"_s);
        click(button);
        ExportFirmwareDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<ExportFirmwareDialog *>()) != nullptr, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);

        // The default destination lies in the fresh home and does not exist yet.
        const QString dest = dialog->destination();
        QVERIFY2(dest.startsWith(m_home.path()), qPrintable(dest));
        QVERIFY2(dest.endsWith(u"firmware/demo/sensor-1"_s), qPrintable(dest));
        QVERIFY(!QFileInfo::exists(dest));
        QCOMPARE(dest, ExportFirmwareDialog::defaultFolder(u"demo"_s, u"sensor-1"_s));

        // p12-legacy: the passphrase fields are for it, and must match.
        auto *format = child<QComboBox>(dialog, u"exportFormat"_s);
        auto *pass = child<QLineEdit>(dialog, u"exportPassphrase"_s);
        QVERIFY(!pass->isEnabled());
        format->setCurrentIndex(format->findData(u"p12-legacy"_s));
        QVERIFY(pass->isEnabled());
        pass->setText(u"one"_s);
        child<QLineEdit>(dialog, u"exportPassphraseRepeat"_s)->setText(u"two"_s);
        click(child<QPushButton>(dialog, u"exportButton"_s));
        QVERIFY2(child<QLabel>(dialog, u"exportStatus"_s)->text().contains(u"differ"_s),
                 qPrintable(child<QLabel>(dialog, u"exportStatus"_s)->text()));
        QVERIFY(!QFileInfo::exists(dest));

        // c-header into the default folder.
        format->setCurrentIndex(format->findData(u"c-header"_s));
        QVERIFY(!pass->isEnabled());
        QStringList written;
        connect(dialog, &ExportFirmwareDialog::exported, this, [&](const QStringList &f) { written = f; });
        click(child<QPushButton>(dialog, u"exportButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), kTimeout);
        const QString header = dest + u"/sensor_1.h"_s;
        QCOMPARE(written, QStringList{header});
        QVERIFY(QFileInfo(dest).isDir());
        QCOMPARE(test::fileMode(header), 0600);
        const QByteArray text = test::readAll(header);
        QVERIFY(text.contains("#ifndef DROGUE_SENSOR_1_H"));
        // The DER array holds the certificate the wizard wrote.
        auto cert = Certificate::fromPem(test::readAll(path(u"out/sensor-1.pem"_s)));
        QVERIFY(cert.ok());
        const QByteArray der = cert->toDer();
        QVERIFY(text.contains(QByteArray("sensor_1_cert_der_len = " + QByteArray::number(der.size()) + "u;")));
        QVERIFY(text.contains(QByteArray("0x" + der.left(1).toHex() + ", 0x" + der.mid(1, 1).toHex())));
        // The MQTT endpoint the sandbox announced; its CA; the application's anchor.
        QVERIFY2(text.contains("#define SENSOR_1_MQTT_PORT "), text.left(800).constData());
        QVERIFY(text.contains("sensor_1_anchor_der"));
        QVERIFY(text.contains("sensor_1_ca_der"));
        // The list says which file holds the key.
        auto *files = child<QTreeWidget>(dialog, u"exportedFiles"_s);
        QCOMPARE(files->topLevelItemCount(), 1);
        QCOMPARE(files->topLevelItem(0)->data(0, Qt::UserRole).toString(), header);
        QVERIFY(files->topLevelItem(0)->data(1, Qt::UserRole).toBool());
        QVERIFY(child<QLabel>(dialog, u"exportStatus"_s)->text().contains(u"private key"_s));
        shoot(dialog, u"export-firmware"_s);

        // Again into the same folder: refused, said, nothing changed.
        written.clear();
        click(child<QPushButton>(dialog, u"exportButton"_s));
        QVERIFY(written.isEmpty());
        QVERIFY(child<QLabel>(dialog, u"exportStatus"_s)->text().contains(u"exists already"_s));
        QCOMPARE(test::readAll(header), text);
        dialog->close();
    }

    // What the device context menu offers: the files the ledger recorded.
    void ledgerKnowsTheFiles()
    {
        auto known = KnownDeviceFiles::lookUp(u"demo"_s, u"sensor-1"_s);
        QVERIFY2(known.ok(), known.ok() ? "" : qPrintable(known.error().message));
        QVERIFY(known->has_value());
        QCOMPARE((*known)->certPath, path(u"out/sensor-1.pem"_s));
        QCOMPARE((*known)->keyPath, path(u"out/sensor-1.key"_s));
        auto none = KnownDeviceFiles::lookUp(u"demo"_s, u"sensor-2"_s);
        QVERIFY(none.ok() && !none->has_value());
    }

    // The device table's context menu: enabled for a device whose files
    // the ledger knows, disabled for one it does not; it opens the dialog.
    void deviceContextMenu()
    {
        const Status st = await(m_client->createDevice(Device::create(u"demo"_s, u"sensor-2"_s)));
        QVERIFY(st);
        ContextStore contexts;
        InMemorySecretStore secrets;
        MainWindow window(&contexts, &secrets);
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openSandbox(m_sandbox->dataDir()));
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(window.appModel()->rowOf(u"demo"_s) >= 0, kTimeout);
        QVERIFY(window.selectApplication(u"demo"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingDevices() && window.deviceModel()->rowCount() == 2, kTimeout);
        QAction *action = window.action(u"actionExportFirmware"_s);
        QVERIFY(action);
        QVERIFY(window.devicesView()->actions().contains(action)); // the context menu
        window.devicesView()->selectRow(window.deviceModel()->rowOf(u"sensor-2"_s)); // sorted: row == proxy row
        QVERIFY(!action->isEnabled()); // no files known
        window.devicesView()->selectRow(window.deviceModel()->rowOf(u"sensor-1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kTimeout);
        action->trigger();
        ExportFirmwareDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ExportFirmwareDialog *>()) != nullptr, kTimeout);
        dialog->setFormat(u"folder"_s);
        dialog->setDestination(path(u"from-menu"_s));
        QVERIFY(dialog->exportNow());
        QByteArray said;
        QVERIFY2(test::opensslVerifyAll(path(u"from-menu/chain.pem"_s), {path(u"from-menu/sensor-1.pem"_s)}, &said)
                     == 1,
                 said.constData());
        QCOMPARE(test::fileMode(path(u"from-menu/sensor-1.key"_s)), 0600);
        QVERIFY(QFileInfo::exists(path(u"from-menu/server-ca.pem"_s)));
        QVERIFY(test::readAll(path(u"from-menu/endpoints.json"_s)).contains("\"mqtt\""));
        dialog->close();
    }
};

QTEST_MAIN(TestExportFirmware)
#include "test_export_firmware.moc"
