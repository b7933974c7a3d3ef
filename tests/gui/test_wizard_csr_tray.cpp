// The enrollment wizard's "Several devices" from a folder of certificate
// requests (the folder `dwb enroll-batch --csr-dir` takes) against a real
// drogue-sandbox, on a fresh HOME (the default output folder is used as a
// new user gets it), clicking only visible buttons: three boards whose
// requests were made with the openssl CLI (EC P-256, Ed25519, RSA 2048; their
// keys never given to the wizard) get certificates that pass `openssl verify
// -x509_strict -purpose sslclient`, are for their requests' keys, come as PEM
// and DER (the DER equal to `openssl x509 -outform DER` byte for byte), no
// key file is written, and the devices exist with their subject alias. A
// folder with a broken signature and two boards of the same CN shows both
// problems at once, Next stays disabled, and Read Again after the fix lets
// it go on.
// With DWB_SCREENSHOT_DIR set, the folder page is saved as a PNG.
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "gui/common/Icons.h"
#include "gui/wizards/EnrollWizard.h"
#include "support/Sandbox.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 120000;
static QTemporaryDir *g_home = nullptr;

class TestWizardCsrTray : public test::WizardTestBase {
    Q_OBJECT

    void clickButton(QAbstractButton *b)
    {
        QVERIFY(b);
        QTRY_VERIFY_WITH_TIMEOUT(b->isVisible() && b->isEnabled(), kTimeout);
        QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2));
    }

    // A board's key (kept aside in keys/) and its request in `dir`.
    void makeRequest(const QString &dir, const QString &file, const QStringList &keyArgs, const QString &cn,
                     const QStringList &extra = {})
    {
        QStringList args{u"req"_s, u"-new"_s};
        args << keyArgs << u"-nodes"_s << u"-keyout"_s << u"keys/"_s + file + u".key"_s << u"-out"_s
             << dir + u'/' + file << u"-subj"_s << u"/CN="_s + cn << extra;
        const QString e = test::runOpenssl(args, m_tmp.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    QString opensslOut(const QStringList &args)
    {
        const QString e = test::runOpenssl(args, m_tmp.path());
        return e;
    }

    // Application page, Several devices, a folder of requests, the folder typed.
    void toFolder(EnrollWizard &w, const QString &folder)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        clickButton(child<QRadioButton>(&w, u"severalDevicesRadio"_s));
        QVERIFY(w.isBatch());
        auto *fromFolder = child<QRadioButton>(&w, u"fromRequestFolderRadio"_s);
        clickButton(fromFolder);
        QVERIFY(fromFolder->isChecked());
        QVERIFY(!child<QWidget>(&w, u"deviceListEdit"_s)->isVisible());
        QVERIFY(child<QRadioButton>(&w, u"nameFromCnRadio"_s)->isChecked()); // the default
        QVERIFY(nextIsGated(&w)); // no folder yet
        auto *edit = child<QLineEdit>(&w, u"requestFolder"_s);
        QVERIFY(edit->isVisible());
        edit->setFocus();
        QTest::keyClicks(edit, folder);
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox();
        if (QTest::currentTestFailed())
            return;
        Status st = await(m_checker->createApp(Application::create(u"lab"_s)));
        QVERIFY2(st, test::why(st));
        QString e = test::makeCa(m_tmp.path(), u"lab-ca"_s, u"lab"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QByteArray anchor = test::readAll(path(u"lab-ca.pem"_s));
        auto app = await(m_checker->modifyApp(u"lab"_s, [&anchor](Application &a) {
            a.addTrustAnchor(anchor);
            return Status();
        }));
        QVERIFY2(app, test::why(app));
        for (const QString &d : {u"keys"_s, u"tray"_s, u"bad"_s})
            QVERIFY(QDir(m_tmp.path()).mkpath(d));
        makeRequest(u"tray"_s, u"ec.csr"_s, {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s},
                    u"tray-ec"_s, {u"-addext"_s, u"subjectAltName=DNS:tray-ec.lab.example"_s});
        makeRequest(u"tray"_s, u"ed.csr"_s, {u"-newkey"_s, u"ed25519"_s}, u"tray-ed"_s);
        makeRequest(u"tray"_s, u"rsa.csr"_s, {u"-newkey"_s, u"rsa:2048"_s}, u"tray-rsa"_s);
        // The bad tray: a broken signature, and two boards with the same CN.
        makeRequest(u"bad"_s, u"good.csr"_s, {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s},
                    u"bad-good"_s);
        makeRequest(u"bad"_s, u"twin-a.csr"_s, {u"-newkey"_s, u"ed25519"_s}, u"twin"_s);
        makeRequest(u"bad"_s, u"twin-b.csr"_s, {u"-newkey"_s, u"ed25519"_s}, u"twin"_s);
        e = opensslOut({u"req"_s, u"-in"_s, u"bad/good.csr"_s, u"-outform"_s, u"DER"_s, u"-out"_s, u"good.der"_s});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QByteArray der = test::readAll(path(u"good.der"_s));
        der[der.size() - 4] = char(der.at(der.size() - 4) ^ 0x01); // inside the signature
        QVERIFY(test::writeAll(path(u"bad/broken.der"_s), der));
    }

    void cleanup() { test::resetPrompts(); }

    // Both problems at once, Next disabled; fixed and read again, Next goes.
    void badFolderShowsEveryProblem()
    {
        EnrollWizard w(m_client.get(), u"lab"_s);
        toFolder(w, path(u"bad"_s));
        auto *problems = child<QListWidget>(&w, u"requestFolderProblems"_s);
        QTRY_VERIFY_WITH_TIMEOUT(problems->isVisible() && problems->count() > 0, kTimeout);
        QStringList shown;
        for (int i = 0; i < problems->count(); ++i)
            shown << problems->item(i)->text();
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.at(0).startsWith(u"broken.der: "_s) && shown.at(0).contains(u"does not verify"_s),
                 qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.at(1).startsWith(u"twin-b.csr: "_s) && shown.at(1).contains(u"'twin'"_s)
                     && shown.at(1).contains(u"twin-a.csr"_s),
                 qPrintable(shown.join(u'\n')));
        QVERIFY2(child<QLabel>(&w, u"requestFolderStatus"_s)->text().contains(u"2 problem(s)"_s),
                 qPrintable(child<QLabel>(&w, u"requestFolderStatus"_s)->text()));
        shoot(&w, u"wizard-enroll-csr-4-folder-problems"_s);
        QVERIFY(nextIsGated(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));

        // Fixed on disk: nothing changes until the folder is read again.
        QVERIFY(QFile::remove(path(u"bad/broken.der"_s)));
        QVERIFY(QFile::remove(path(u"bad/twin-b.csr"_s)));
        QVERIFY(nextIsGated(&w));
        clickButton(child<QPushButton>(&w, u"rereadFolderButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::NextButton)->isEnabled(), kTimeout);
        QVERIFY(!problems->isVisible());
        QCOMPARE(w.deviceList().devices.size(), qsizetype(2));
        // Nothing was signed or sent.
        QVERIFY(!await(m_checker->getDevice(u"lab"_s, u"twin"_s)).ok());
        QVERIFY(!QDir(path(u"bad"_s)).exists(u"twin.pem"_s));
    }

    // Three boards into the default folder of a fresh HOME, PEM and DER.
    void trayIntoTheDefaultFolder()
    {
        EnrollWizard w(m_client.get(), u"lab"_s);
        toFolder(w, path(u"tray"_s));
        clickButton(child<QCheckBox>(&w, u"folderCopySanCheck"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::NextButton)->isEnabled(), kTimeout);
        QCOMPARE(w.deviceList().devices.size(), qsizetype(3));
        const QString status = child<QLabel>(&w, u"requestFolderStatus"_s)->text();
        QVERIFY2(status.contains(u"3 board(s)"_s) && status.contains(u"stay on the boards"_s), qPrintable(status));
        shoot(&w, u"wizard-enroll-csr-3-folder"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        child<QLineEdit>(&w, u"caKeyInput"_s)->setText(path(u"lab-ca.key"_s));
        clickButton(child<QPushButton>(&w, u"checkCaButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        // The boards' own keys: no other choice, no request file to give.
        QVERIFY(child<QRadioButton>(&w, u"requestRadio"_s)->isChecked());
        QVERIFY(!child<QRadioButton>(&w, u"newDeviceKeyRadio"_s)->isEnabled());
        QVERIFY(!child<QLineEdit>(&w, u"requestInput"_s)->isVisible());
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::OutputPageId));
        // The default folder, under the fresh HOME.
        const QString out = child<QLineEdit>(&w, u"outputDir"_s)->text();
        QVERIFY2(out.startsWith(g_home->path()) && out.endsWith(u"/devices/lab/batch"_s), qPrintable(out));
        QVERIFY(!QFileInfo::exists(out));
        auto *p12 = child<QCheckBox>(&w, u"writePkcs12"_s);
        QVERIFY(!p12->isEnabled() && !p12->isChecked()); // no keys here
        auto *der = child<QCheckBox>(&w, u"writeDer"_s);
        clickButton(der);
        QVERIFY(der->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
        const QString summary = child<QLabel>(&w, u"summaryText"_s)->text();
        QVERIFY2(summary.contains(u"3 board(s) from the certificate requests"_s)
                     && summary.contains(u"stay on the boards"_s) && summary.contains(u"PEM and DER"_s),
                 qPrintable(summary));
        QVERIFY(!await(m_checker->getDevice(u"lab"_s, u"tray-ec"_s)).ok()); // nothing sent yet

        QVERIFY(clickNext(&w)); // "Enroll Devices"
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
        const BatchResult &r = w.batchJob()->result();
        QVERIFY2(r.ok(), qPrintable(r.status ? QString() : r.status.error().toString()));
        QCOMPARE(r.total, 3);
        QCOMPARE(r.enrolled, 3);
        const QString result = child<QLabel>(&w, u"resultText"_s)->text();
        QVERIFY2(result.contains(u"none: the private keys stay on the boards"_s), qPrintable(result));
        QVERIFY2(w.currentPage()->subTitle().contains(u"keys stay on the boards"_s),
                 qPrintable(w.currentPage()->subTitle()));
        QVERIFY(!child<QPushButton>(&w, u"testConnectionButton"_s)->isVisible()); // needs a key

        // Certificates only (PEM and DER) and the record; no key file.
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{u"manifest.jsonl"_s, u"tray-ec.der"_s, u"tray-ec.pem"_s, u"tray-ed.der"_s,
                              u"tray-ed.pem"_s, u"tray-rsa.der"_s, u"tray-rsa.pem"_s}));
        for (const QString &board : {u"ec"_s, u"ed"_s, u"rsa"_s}) {
            const QString cert = out + u"/tray-"_s + board + u".pem"_s;
            QString e = opensslOut({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s,
                                    u"lab-ca.pem"_s, cert});
            QVERIFY2(e.isEmpty(), qPrintable(e));
            // The certificate is for the request's key.
            e = opensslOut({u"req"_s, u"-in"_s, u"tray/"_s + board + u".csr"_s, u"-noout"_s, u"-pubkey"_s,
                            u"-out"_s, board + u"-req.pub"_s});
            QVERIFY2(e.isEmpty(), qPrintable(e));
            e = opensslOut({u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-pubkey"_s, u"-out"_s, board + u"-cert.pub"_s});
            QVERIFY2(e.isEmpty(), qPrintable(e));
            const QByteArray pub = test::readAll(path(board + u"-req.pub"_s));
            QVERIFY(pub.contains("PUBLIC KEY"));
            QCOMPARE(test::readAll(path(board + u"-cert.pub"_s)), pub);
            // The DER file is the PEM's certificate, byte for byte.
            e = opensslOut({u"x509"_s, u"-in"_s, cert, u"-outform"_s, u"DER"_s, u"-out"_s, board + u"-ref.der"_s});
            QVERIFY2(e.isEmpty(), qPrintable(e));
            QCOMPARE(test::readAll(out + u"/tray-"_s + board + u".der"_s), test::readAll(path(board + u"-ref.der"_s)));
        }
        // The SAN was copied (asked for).
        QString e = opensslOut({u"x509"_s, u"-in"_s, out + u"/tray-ec.pem"_s, u"-noout"_s, u"-ext"_s,
                                u"subjectAltName"_s, u"-out"_s, u"san.txt"_s});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY2(test::readAll(path(u"san.txt"_s)).contains("DNS:tray-ec.lab.example"),
                 test::readAll(path(u"san.txt"_s)).constData());

        QVERIFY(press(&w, w.button(QWizard::FinishButton)));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), kTimeout);
        for (const QString &device : {u"tray-ec"_s, u"tray-ed"_s, u"tray-rsa"_s}) {
            auto dev = await(m_checker->getDevice(u"lab"_s, device));
            QVERIFY2(dev, test::why(dev));
            QCOMPARE(dev->aliases(), QStringList{u"CN=%1, O=Drogue IoT, OU=lab"_s.arg(device)});
        }
    }

    void cleanupTestCase() { stopSandbox(); }
};

int main(int argc, char **argv)
{
    // A fresh HOME before anything reads it: the default output folder is
    // the one a new user gets.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    g_home = &home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u".local/share"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u".cache"_s)));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Drogue IoT"_s);
    QCoreApplication::setApplicationName(u"Drogue Workbench"_s);
    dwb::gui::initResources();
    TestWizardCsrTray t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "test_wizard_csr_tray.moc"
