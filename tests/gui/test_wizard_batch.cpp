// The enrollment wizard's "Several devices" path against a real
// drogue-sandbox: a pasted list of 20 devices enrolled through the batch
// job (registry, files and openssl checked from outside; Next, Back and the
// commit button clicked with the mouse, so a disabled one fails), then Test
// Connection for a device of it from the result page; a list with bad
// lines shows all of them and keeps Next disabled; a run stopped half-way
// is finished by Resume and by a second run into the same folder.
// With DWB_SCREENSHOT_DIR set, the pages are saved as PNGs
// (docs/screenshots/take-wizards.sh runs this under Xvfb).
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "core/enrollment/AnchorJob.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "gui/wizards/EnrollWizard.h"
#include "gui/wizards/WizardWidgets.h"
#include "support/Sandbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 180000; // a cap for a hang: 40 RSA-2048 devices took 64 s at load 19
static const QString kApp = u"lab"_s;

class TestWizardBatch : public test::WizardTestBase {
    Q_OBJECT

    static QString subject(const QString &device) { return u"CN=%1, O=Drogue IoT, OU=%2"_s.arg(device, kApp); }

    // Application page, then "Several devices" with the list typed in.
    void toDevicePage(EnrollWizard &w)
    {
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QCOMPARE(w.applicationName(), kApp);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        // The devices of the app are listed (and counted as existing).
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&w, u"deviceCombo"_s)->count() >= 1, kTimeout);
        child<QRadioButton>(&w, u"severalDevicesRadio"_s)->setChecked(true);
        QVERIFY(w.isBatch());
        QVERIFY(child<QPlainTextEdit>(&w, u"deviceListEdit"_s)->isVisibleTo(&w));
        QVERIFY(!child<QLineEdit>(&w, u"deviceName"_s)->isVisibleTo(&w));
        QVERIFY(!w.currentPage()->isComplete()); // no list yet
        QVERIFY(nextIsGated(&w));
    }

    // From the device page (list valid) to the summary.
    void toSummary(EnrollWizard &w, KeyAlgorithm alg, const QString &outDir, bool p12)
    {
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        Prompts::textHook = [](const Prompts::Question &) { return std::optional<QString>(u"capass"_s); };
        child<QLineEdit>(&w, u"caKeyInput"_s)->setText(path(u"lab-ca.key"_s));
        child<QPushButton>(&w, u"checkCaButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        // A batch makes new keys: the other sources are off.
        QVERIFY(child<QRadioButton>(&w, u"newDeviceKeyRadio"_s)->isChecked());
        QVERIFY(!child<QRadioButton>(&w, u"importKeyRadio"_s)->isEnabled());
        QVERIFY(!child<QRadioButton>(&w, u"existingDeviceCertRadio"_s)->isEnabled());
        w.currentPage()->findChild<AlgorithmPicker *>()->setAlgorithm(alg);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::OutputPageId));
        auto *dir = child<QLineEdit>(&w, u"outputDir"_s);
        // Suggested under the user's data folder, never in the build tree.
        const QString suggested = dir->text();
        QVERIFY2(suggested.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                 qPrintable(suggested));
        QVERIFY(suggested.endsWith(u"/devices/lab/batch"_s));
        QVERIFY(!suggested.startsWith(test::binDir().section(u'/', 0, -2)));
        QVERIFY(!child<QCheckBox>(&w, u"writePem"_s)->isEnabled()); // always PEM
        dir->setText(outDir);
        if (p12) {
            child<QCheckBox>(&w, u"writePkcs12"_s)->setChecked(true);
            QVERIFY(!w.currentPage()->isComplete()); // no passphrase yet
            QVERIFY(nextIsGated(&w));
            child<QLineEdit>(&w, u"pkcs12Passphrase"_s)->setText(u"p12pass"_s);
            child<QLineEdit>(&w, u"pkcs12PassphraseRepeat"_s)->setText(u"p12pass"_s);
        }
        QVERIFY(w.currentPage()->isComplete());
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
    }

    QString listOf(const QString &prefix, int n)
    {
        QString text;
        for (int i = 1; i <= n; ++i)
            text += u"%1-%2\n"_s.arg(prefix).arg(i, 2, 10, QChar(u'0'));
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox();
        if (QTest::currentTestFailed())
            return;
        Status st = await(m_checker->createApp(Application::create(kApp)));
        QVERIFY2(st, test::why(st));
        // The anchor through the workbench's job; its key encrypted.
        AnchorRequest r;
        r.app = kApp;
        r.keyOutput = path(u"lab-ca.key"_s);
        r.certOutput = path(u"lab-ca.pem"_s);
        r.keyPassphrase = std::make_shared<SecretBytes>(SecretBytes::fromString(u"capass"_s));
        AnchorJob job(m_checker.get(), std::move(r));
        QSignalSpy done(&job, &AnchorJob::finished);
        job.start();
        QVERIFY(done.wait(kTimeout));
        QVERIFY2(job.result().ok(), test::why(job.result()));
        QVERIFY(test::readAll(path(u"lab-ca.key"_s)).contains("ENCRYPTED"));
        // A device of the list exists already, with its own alias and label.
        Device d = Device::create(kApp, u"board-03"_s);
        d.setAliases({u"serial-x"_s});
        d.setLabels({{u"keep"_s, u"yes"_s}});
        st = await(m_checker->createDevice(d));
        QVERIFY2(st, test::why(st));
    }

    void cleanup() { test::resetPrompts(); }

    // Bad lines: every one shown with its line number, Next disabled; the
    // same for a loaded CSV file; fixed, Next is enabled.
    void badLinesAreShownAndKeepNextDisabled()
    {
        EnrollWizard w(m_client.get(), kApp);
        toDevicePage(w);
        auto *edit = child<QPlainTextEdit>(&w, u"deviceListEdit"_s);
        auto *problems = child<QListWidget>(&w, u"deviceListProblems"_s);
        const QString longName = QString(70, u'x');
        edit->setPlainText(u"sensor-1\nbad/name\nsensor-1\n# a comment\n%1\nsensor-2\n"_s.arg(longName));
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(problems->isVisibleTo(&w));
        QStringList shown;
        for (int i = 0; i < problems->count(); ++i)
            shown << problems->item(i)->text();
        QCOMPARE(shown.size(), 3);
        QVERIFY2(shown.at(0).startsWith(u"line 2: 'bad/name'"_s), qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.at(1).startsWith(u"line 3: 'sensor-1' is listed twice (first on line 1)"_s),
                 qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.at(2).startsWith(u"line 5: "_s) && shown.at(2).contains(u"70 characters"_s),
                 qPrintable(shown.join(u'\n')));
        QVERIFY(child<QLabel>(&w, u"deviceListStatus"_s)->text().contains(u"3 problem(s)"_s));
        shoot(&w, u"wizard-enroll-batch-1-devices-problems"_s);
        QVERIFY(nextIsGated(&w)); // a click on the disabled Next stays on the device page
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        // Activating a problem selects its line in the list.
        Q_EMIT problems->itemActivated(problems->item(0));
        QCOMPARE(edit->textCursor().blockNumber(), 1);

        edit->setPlainText(u"sensor-1\nsensor-2\n"_s);
        QVERIFY(w.currentPage()->isComplete());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!problems->isVisibleTo(&w));

        // Load… a CSV file: its lines are numbered as in the file.
        test::writeAll(path(u"tray.csv"_s), "name,labels,alias\nboard-a,site=lab-1,\nboard-b,site,\n"
                                            "\"unclosed,x,\nboard-a,,\n");
        Prompts::openFilesHook = [this](const Prompts::Question &) { return QStringList{path(u"tray.csv"_s)}; };
        child<QPushButton>(&w, u"loadDeviceListButton"_s)->click();
        QCOMPARE(edit->toPlainText().section(u'\n', 0, 0), u"name,labels,alias"_s);
        shown.clear();
        for (int i = 0; i < problems->count(); ++i)
            shown << problems->item(i)->text();
        QCOMPARE(shown.size(), 3);
        QVERIFY2(shown.at(0).startsWith(u"line 3: The label 'site'"_s), qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.at(1).startsWith(u"line 4: A quoted field"_s), qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.at(2).startsWith(u"line 5: 'board-a' is listed twice"_s), qPrintable(shown.join(u'\n')));
        QVERIFY(child<QLabel>(&w, u"deviceListStatus"_s)->text().contains(u"tray.csv"_s));
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        // Nothing was sent or written.
        QVERIFY(!await(m_checker->getDevice(kApp, u"board-a"_s)).ok());
    }

    // 20 devices pasted as CSV (labels, aliases, one device existing),
    // with PKCS#12: registry, files and certificates checked from outside.
    void enrollTwentyFromAPastedList()
    {
        QString list = u"name,labels,alias\n# tray A\n"_s;
        for (int i = 1; i <= 20; ++i)
            list += u"board-%1,site=lab-%2,%3\n"_s.arg(i, 2, 10, QChar(u'0'))
                        .arg(i % 3)
                        .arg(i % 2 ? u"serial-%1"_s.arg(1000 + i) : QString());
        EnrollWizard w(m_client.get(), kApp);
        w.resize(720, 540);
        QSignalSpy enrolled(&w, &EnrollWizard::devicesEnrolled);
        toDevicePage(w);
        child<QPlainTextEdit>(&w, u"deviceListEdit"_s)->setPlainText(list);
        QVERIFY(w.currentPage()->isComplete());
        QCOMPARE(w.deviceList().devices.size(), qsizetype(20));
        const QString status = child<QLabel>(&w, u"deviceListStatus"_s)->text();
        QVERIFY2(status.contains(u"20 device(s) (CSV)"_s) && status.contains(u"19 new, 1 exist"_s), qPrintable(status));
        shoot(&w, u"wizard-enroll-batch-1-devices"_s);
        const QString out = path(u"out"_s);
        toSummary(w, KeyAlgorithm::EcdsaP256, out, true);
        const QString summary = child<QLabel>(&w, u"summaryText"_s)->text();
        QVERIFY2(summary.contains(u"20 device(s) from the list: 19 new, 1 exist"_s), qPrintable(summary));
        QVERIFY2(summary.contains(subject(u"board-01"_s)), qPrintable(summary));
        QCOMPARE(w.button(QWizard::CommitButton)->text(), u"&Enroll Devices"_s);

        // The window keeps painting while the job runs.
        test::UiTicks ticks;
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::ProgressPageId));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
        ticks.stop();
        const BatchResult &r = w.batchJob()->result();
        QVERIFY2(r.ok(), qPrintable(r.status ? QString() : r.status.error().toString()));
        QCOMPARE(r.total, 20);
        QCOMPARE(r.enrolled, 20);
        QCOMPARE(r.skipped, 0);
        QVERIFY(r.failures.isEmpty());
        QCOMPARE(enrolled.count(), 1);
        QCOMPARE(enrolled.at(0).at(1).toInt(), 20);
        qInfo("20 devices (ECDSA P-256, PKCS#12) in %.2f s; GUI timer ticks during the run: %d", r.seconds,
              ticks.count());
        QVERIFY(ticks.count() >= 3);
        const QString result = child<QLabel>(&w, u"resultText"_s)->text();
        QVERIFY2(result.contains(u"Enrolled now:"_s) && result.contains(out)
                     && result.contains(BatchEnrollJob::manifestPath(out)),
                 qPrintable(result));
        QVERIFY(!child<QTreeWidget>(&w, u"batchFailures"_s)->isVisibleTo(&w));
        // Test Connection for one device of the batch: the complete devices, in list order, the first chosen.
        auto *testButton = child<QPushButton>(&w, u"testConnectionButton"_s);
        auto *testDevice = child<QComboBox>(&w, u"batchTestDevice"_s);
        auto *testError = child<QLabel>(&w, u"batchTestError"_s);
        QVERIFY(testButton->isVisibleTo(&w));
        QVERIFY(testButton->isEnabled());
        QVERIFY(testDevice->isVisibleTo(&w));
        QVERIFY(!testError->isVisibleTo(&w));
        QVERIFY(!testDevice->accessibleName().isEmpty());
        QStringList listed, complete;
        for (int i = 0; i < testDevice->count(); ++i)
            listed << testDevice->itemText(i);
        for (int i = 1; i <= 20; ++i)
            complete << u"board-%1"_s.arg(i, 2, 10, QChar(u'0'));
        QCOMPARE(listed, complete);
        QCOMPARE(testDevice->currentIndex(), 0);
        QCOMPARE(testDevice->currentText(), u"board-01"_s);
        shoot(&w, u"wizard-enroll-batch-3-result"_s);
        // Its label is its buddy: Alt+D goes to it.
        QLabel *buddyLabel = nullptr;
        for (QLabel *label : w.currentPage()->findChildren<QLabel *>())
            if (label->buddy() == testDevice)
                buddyLabel = label;
        QVERIFY(buddyLabel && buddyLabel->isVisibleTo(&w));
        QCOMPARE(buddyLabel->text(), u"Test &device:"_s);
        w.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&w));
        QTest::keyClick(&w, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(QApplication::focusWidget() == testDevice || QApplication::focusWidget() == testDevice->lineEdit());

        // The 2nd device: the signal with the app, the device and its files from the folder.
        QSignalSpy testRequested(&w, &EnrollWizard::testConnectionRequested);
        testDevice->setCurrentIndex(1);
        testButton->click();
        QCOMPARE(testRequested.count(), 1);
        QCOMPARE(testRequested.at(0).at(0).toString(), kApp);
        QCOMPARE(testRequested.at(0).at(1).toString(), u"board-02"_s);
        const QString certFile = testRequested.at(0).at(2).toString(), keyFile = testRequested.at(0).at(3).toString();
        QCOMPARE(certFile, BatchEnrollJob::certPath(out, deviceFileStem(u"board-02"_s)));
        QCOMPARE(keyFile, BatchEnrollJob::keyPath(out, deviceFileStem(u"board-02"_s)));
        QCOMPARE(certFile, path(u"out/board-02.pem"_s));
        QCOMPARE(keyFile, path(u"out/board-02.key"_s));
        QVERIFY(QFileInfo(certFile).isFile());
        QCOMPARE(test::fileMode(keyFile), 0600);
        QVERIFY(!testError->isVisibleTo(&w));
        // A name typed in: a complete device is tested, another name is refused with a message.
        testDevice->setEditText(u"board-20"_s);
        testButton->click();
        QCOMPARE(testRequested.count(), 2);
        QCOMPARE(testRequested.at(1).at(1).toString(), u"board-20"_s);
        QCOMPARE(testRequested.at(1).at(3).toString(), path(u"out/board-20.key"_s));
        testDevice->setEditText(u"board-99"_s);
        testButton->click();
        QCOMPARE(testRequested.count(), 2);
        QVERIFY(testError->isVisibleTo(&w));
        QVERIFY2(testError->text().contains(u"board-99"_s), qPrintable(testError->text()));
        testDevice->setCurrentIndex(0);
        QVERIFY(!testError->isVisibleTo(&w)); // another choice clears it

        // The registry: every device with its certificate-subject alias and the list's labels/aliases.
        auto devices = await(m_checker->listDevices(kApp));
        QVERIFY2(devices, test::why(devices));
        QHash<QString, Device> byName;
        for (const Device &d : *devices)
            byName.insert(d.name(), d);
        QStringList certs;
        for (int i = 1; i <= 20; ++i) {
            const QString n = u"board-%1"_s.arg(i, 2, 10, QChar(u'0'));
            QVERIFY2(byName.contains(n), qPrintable(n));
            const Device &d = byName.value(n);
            QStringList want{subject(n)};
            if (i % 2)
                want << u"serial-%1"_s.arg(1000 + i);
            if (n == u"board-03"_s)
                want.prepend(u"serial-x"_s);
            QCOMPARE(d.aliases(), want);
            QCOMPARE(d.labels().value(u"site"_s), u"lab-%1"_s.arg(i % 3));
            // Files: key 0600, certificate, PKCS#12 0600.
            QCOMPARE(test::fileMode(path(u"out/%1.key"_s.arg(n))), 0600);
            QVERIFY(QFileInfo::exists(path(u"out/%1.pem"_s.arg(n))));
            QCOMPARE(test::fileMode(path(u"out/%1.p12"_s.arg(n))), 0600);
            certs << path(u"out/%1.pem"_s.arg(n));
        }
        QCOMPARE(byName.value(u"board-03"_s).labels().value(u"keep"_s), u"yes"_s); // the rest is kept
        QVERIFY(QFileInfo::exists(BatchEnrollJob::manifestPath(out)));

        // openssl: every certificate chains to the anchor, strictly, for TLS clients.
        QByteArray verified;
        QVERIFY2(test::opensslVerifyAll(path(u"lab-ca.pem"_s), certs, &verified) == 20, verified.constData());
        // The key belongs to the certificate; the PKCS#12 opens with its passphrase.
        QByteArray fromKey, fromCert;
        QCOMPARE(test::run(test::openssl(), {u"pkey"_s, u"-in"_s, path(u"out/board-07.key"_s), u"-pubout"_s}, &fromKey), 0);
        QCOMPARE(test::run(test::openssl(),
                           {u"x509"_s, u"-in"_s, path(u"out/board-07.pem"_s), u"-noout"_s, u"-pubkey"_s}, &fromCert),
                 0);
        QVERIFY(fromKey.contains("PUBLIC KEY"));
        QCOMPARE(fromKey, fromCert);
        QByteArray p12;
        QCOMPARE(test::run(test::openssl(), {u"pkcs12"_s, u"-in"_s, path(u"out/board-07.p12"_s), u"-passin"_s,
                                             u"pass:p12pass"_s, u"-nokeys"_s},
                           &p12),
                 0);
        QVERIFY(p12.contains("subject=CN = board-07"));

        // The key of the chosen device deleted since: no signal, the page names the missing file.
        QVERIFY(QFile::remove(path(u"out/board-04.key"_s)));
        testDevice->setCurrentIndex(3);
        QCOMPARE(testDevice->currentText(), u"board-04"_s);
        testButton->click();
        QCOMPARE(testRequested.count(), 2);
        QVERIFY(testError->isVisibleTo(&w));
        const QString message = testError->text();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path(u"out/board-04.key"_s))), qPrintable(message));
        QVERIFY2(!message.contains(u"board-04.pem"_s), qPrintable(message)); // the certificate is there
        for (QWidget *top : QApplication::topLevelWidgets()) // said on the page, not in a message box
            QVERIFY2(!top->isVisible() || !qobject_cast<QMessageBox *>(top), qPrintable(top->objectName()));
        QCOMPARE(w.currentId(), int(EnrollWizard::ResultPageId));
    }

    // Stop half-way: the wizard stays on the progress page and says so;
    // what is registered has its key on disk. Resume finishes; a second
    // wizard with the same list and folder finds everything done.
    void stopHalfWayThenResume()
    {
        const QString list = listOf(u"tray"_s, 40);
        const QString out = path(u"out-rsa"_s);
        {
            EnrollWizard w(m_client.get(), kApp);
            w.resize(720, 540);
            toDevicePage(w);
            child<QPlainTextEdit>(&w, u"deviceListEdit"_s)->setPlainText(list);
            QVERIFY(w.currentPage()->isComplete());
            toSummary(w, KeyAlgorithm::Rsa2048, out, false); // RSA: slow enough to stop half-way
            QVERIFY(clickNext(&w));
            QCOMPARE(w.currentId(), int(EnrollWizard::ProgressPageId));
            // Stop is clicked from the job's own progress report (2 done or
            // more, some left), not after a wait a fast machine could outrun.
            bool stopped = false, runningAtStop = false;
            QString rateAtStop;
            connect(w.batchJob(), &BatchEnrollJob::throughput, this, [&](int done, int total) {
                if (stopped || done < 2 || done >= total)
                    return;
                stopped = true;
                runningAtStop = w.batchJob()->isRunning();
                rateAtStop = child<QLabel>(&w, u"batchRate"_s)->text();
                shoot(&w, u"wizard-enroll-batch-2-progress"_s);
                QTest::mouseClick(child<QPushButton>(&w, u"stopButton"_s), Qt::LeftButton);
            });
            QTRY_VERIFY_WITH_TIMEOUT(stopped, kTimeout);
            QVERIFY(runningAtStop);
            QVERIFY2(rateAtStop.contains(u"devices/s"_s), qPrintable(rateAtStop));
            QTRY_VERIFY_WITH_TIMEOUT(!w.batchJob()->isRunning(), kTimeout);
            const BatchResult first = w.batchJob()->result();
            QVERIFY(first.cancelled);
            const int done = first.enrolled + first.skipped + int(first.failures.size());
            qInfo("stopped after %d of 40 devices", done);
            QVERIFY(done < 40);
            QCOMPARE(w.currentId(), int(EnrollWizard::ProgressPageId));
            QVERIFY(!w.currentPage()->isComplete());
            QVERIFY(!forwardButton(&w)->isEnabled());
            QVERIFY(child<QLabel>(&w, u"progressStep"_s)->text().startsWith(u"Stopped after"_s));
            auto *resume = child<QPushButton>(&w, u"resumeButton"_s);
            QVERIFY(resume->isVisibleTo(&w));

            // Nothing registered whose key is not on disk.
            auto devices = await(m_checker->listDevices(kApp));
            QVERIFY2(devices, test::why(devices));
            int registered = 0;
            for (const Device &d : *devices) {
                if (!d.name().startsWith(u"tray-"_s))
                    continue;
                ++registered;
                QCOMPARE(test::fileMode(path(u"out-rsa/%1.key"_s.arg(d.name()))), 0600);
            }
            QVERIFY(registered < 40);

            // Resume: a new job on the same folder skips what is done.
            resume->click();
            QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
            const BatchResult &second = w.batchJob()->result();
            QVERIFY2(second.ok(), qPrintable(second.status ? QString() : second.status.error().toString()));
            QCOMPARE(second.enrolled + second.skipped, 40);
            QVERIFY2(second.skipped >= first.enrolled, qPrintable(QString::number(second.skipped)));
            QVERIFY(second.enrolled >= 40 - done);
        }

        // Cancel (closing the wizard) during a run: it closes once the job
        // has stopped, so that the folder's record is complete.
        {
            EnrollWizard w(m_client.get(), kApp);
            toDevicePage(w);
            child<QPlainTextEdit>(&w, u"deviceListEdit"_s)->setPlainText(listOf(u"spare"_s, 30));
            toSummary(w, KeyAlgorithm::Rsa2048, path(u"out-closed"_s), false);
            QVERIFY(clickNext(&w));
            QPointer<BatchEnrollJob> job = w.batchJob();
            bool runningAtClose = true, closing = false, runningWhenAsked = false;
            connect(&w, &QDialog::rejected, this, [&] { runningAtClose = job && job->isRunning(); });
            // Cancel from the job's first progress report with devices left.
            connect(job, &BatchEnrollJob::throughput, this, [&](int done, int total) {
                if (closing || done < 1 || done >= total)
                    return;
                closing = true;
                runningWhenAsked = job->isRunning();
                QTest::mouseClick(w.button(QWizard::CancelButton), Qt::LeftButton);
            });
            QTRY_VERIFY_WITH_TIMEOUT(closing, kTimeout);
            QVERIFY(runningWhenAsked);
            QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), kTimeout);
            QVERIFY(!runningAtClose);
            QVERIFY(job && job->result().cancelled);
            QVERIFY(QFileInfo::exists(BatchEnrollJob::manifestPath(path(u"out-closed"_s))));
        }

        // The same list into the same folder again: nothing left to do.
        EnrollWizard w(m_client.get(), kApp);
        toDevicePage(w);
        child<QPlainTextEdit>(&w, u"deviceListEdit"_s)->setPlainText(list);
        QVERIFY(child<QLabel>(&w, u"deviceListStatus"_s)->text().contains(u"0 new, 40 exist"_s));
        toSummary(w, KeyAlgorithm::Rsa2048, out, false);
        QVERIFY(clickBack(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::OutputPageId));
        QVERIFY(child<QLabel>(&w, u"outputFiles"_s)->text().contains(u"earlier batch"_s));
        // Another algorithm in that folder is refused before anything runs.
        QVERIFY(clickBack(&w));
        w.currentPage()->findChild<AlgorithmPicker *>()->setAlgorithm(KeyAlgorithm::Ed25519);
        QVERIFY(clickNext(&w));
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(nextIsGated(&w)); // the folder's algorithm differs: Next stays disabled
        QVERIFY(child<QLabel>(&w, u"outputStatus"_s)->text().contains(u"RSA 2048"_s));
        QVERIFY(clickBack(&w));
        w.currentPage()->findChild<AlgorithmPicker *>()->setAlgorithm(KeyAlgorithm::Rsa2048);
        QVERIFY(clickNext(&w));
        QVERIFY(w.currentPage()->isComplete());
        QVERIFY(clickNext(&w));
        QVERIFY(clickNext(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
        const BatchResult &third = w.batchJob()->result();
        QVERIFY(third.ok());
        QCOMPARE(third.enrolled, 0);
        QCOMPARE(third.skipped, 40);

        // Exactly once: one alias each, every certificate verifies.
        auto devices = await(m_checker->listDevices(kApp));
        QVERIFY2(devices, test::why(devices));
        QStringList certs;
        int count = 0;
        for (const Device &d : *devices) {
            if (!d.name().startsWith(u"tray-"_s))
                continue;
            ++count;
            QCOMPARE(d.aliases(), QStringList{subject(d.name())});
            QCOMPARE(test::fileMode(path(u"out-rsa/%1.key"_s.arg(d.name()))), 0600);
            certs << path(u"out-rsa/%1.pem"_s.arg(d.name()));
        }
        QCOMPARE(count, 40);
        QByteArray verified;
        QVERIFY2(test::opensslVerifyAll(path(u"lab-ca.pem"_s), certs, &verified) == 40, verified.constData());
    }

    // The keyboard: Alt+V chooses several devices, Alt+S goes to the list,
    // Tab leaves it (no tab characters typed into it), Alt+O goes back.
    void severalDevicesWithTheKeyboard()
    {
        EnrollWizard w(m_client.get(), kApp);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&w, u"deviceCombo"_s)->count() >= 1, kTimeout);
        w.button(QWizard::NextButton)->setFocus();
        auto *several = child<QRadioButton>(&w, u"severalDevicesRadio"_s);
        auto *edit = child<QPlainTextEdit>(&w, u"deviceListEdit"_s);
        QTest::keyClick(&w, Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(several->isChecked()); // a mnemonic clicks after a short animation
        QTest::keyClick(&w, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), edit);
        QTest::keyClicks(edit, u"kb-1"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, u"kb-2"_s);
        QTRY_VERIFY(w.currentPage()->isComplete());
        QCOMPARE(w.deviceList().devices.size(), qsizetype(2));
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(&w, u"loadDeviceListButton"_s));
        QCOMPARE(edit->toPlainText(), u"kb-1\nkb-2"_s);
        QTest::keyClick(&w, Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(&w, u"oneDeviceRadio"_s)->isChecked());
        QVERIFY(!w.isBatch());
        QVERIFY(child<QLineEdit>(&w, u"deviceName"_s)->isVisibleTo(&w));
    }

    void cleanupTestCase() { stopSandbox(); }
};

QTEST_MAIN(TestWizardBatch)
#include "test_wizard_batch.moc"
