// The certificate ledger as dwb fills it (issue 20), against the real
// drogue-sandbox, with real files and `openssl x509 -fingerprint -sha256` as
// the judge:
// - trust create, trust enroll (new key, --csr, --offline), enroll-batch (a
//   list of 20, a tray of 3 requests): exactly the expected records, each
//   fingerprint that of the file written, the outcome (registered / offline)
//   and the issuing anchor's fingerprint right;
// - a server that refuses the device leaves its record Failed with the
//   server's message;
// - a ledger that cannot be written (read-only through an LD_PRELOAD library,
//   since the tests run as root; or a path below a regular file) stops
//   trust enroll and enroll-batch before anything is registered: the files
//   stay, the devices do not exist on the server;
// - a batch of 500 killed with SIGKILL mid-way leaves a sound ledger whose
//   records match files on disk; the re-run ends with one record per device,
//   all registered;
// - `dwb certs import` of a batch folder made with --no-ledger and of a
//   folder of openssl-made certificates: the records, their anchors, and a
//   second import that adds nothing.
#include "core/cloud/RegistryClient.h"
#include "core/ledger/Ledger.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::Ledger;
using dwb::LedgerFilter;
using dwb::LedgerKind;
using dwb::LedgerRecord;
using dwb::Registration;
using dwb::test::why;

using Run = dwb::test::DwbRun;

class TestLedgerRecording : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    std::unique_ptr<dwb::RegistryClient> m_client;
    QTemporaryDir m_tmp;
    QTemporaryDir m_home;
    QString m_anchorFp;

    QString file(const QString &name) const { return m_tmp.filePath(name); }
    QString ledgerPath() const { return file(u"ledger.sqlite"_s); }

    QProcessEnvironment env(const QString &ledger = {}) const
    {
        QProcessEnvironment e = dwb::test::isolatedDwbEnvironment(m_home.path());
        e.insert(u"DWB_LEDGER"_s, ledger.isEmpty() ? ledgerPath() : ledger);
        return e;
    }

    Run dwb(const QStringList &args, const QProcessEnvironment &e)
    {
        return dwb::test::runDwb(m_sb.dwbArgs() + args, e, 180000);
    }
    Run dwb(const QStringList &args) { return dwb(args, env()); }

    static QList<LedgerRecord> records(const QString &path, const LedgerFilter &filter = {})
    {
        auto ledger = Ledger::open(path);
        if (!ledger) {
            qWarning().noquote() << ledger.error().toString();
            return {};
        }
        auto all = (*ledger)->find(filter);
        if (!all) {
            qWarning().noquote() << all.error().toString();
            return {};
        }
        return *all;
    }

    static std::optional<LedgerRecord> deviceRecord(const QString &path, const QString &app, const QString &device)
    {
        LedgerFilter f;
        f.application = app;
        f.kind = LedgerKind::Device;
        for (const LedgerRecord &r : records(path, f))
            if (r.device == device)
                return r;
        return std::nullopt;
    }

    bool deviceExists(const QString &app, const QString &device)
    {
        const auto d = await(m_client->getDevice(app, device));
        return d.ok();
    }

    bool makeRequest(const QString &stem, const QString &cn)
    {
        return dwb::test::openssl({u"genpkey"_s, u"-algorithm"_s, u"ED25519"_s, u"-out"_s, file(stem + u".key"_s)}) == 0
            && dwb::test::openssl({u"req"_s, u"-new"_s, u"-key"_s, file(stem + u".key"_s), u"-subj"_s,
                                   u"/CN="_s + cn, u"-out"_s, file(stem + u".csr"_s)}) == 0;
    }

    static bool writeList(const QString &path, const QString &prefix, int n)
    {
        QByteArray list;
        for (int i = 1; i <= n; ++i)
            list += prefix.toUtf8() + QByteArray::number(i) + '\n';
        return dwb::test::writeFile(path, list);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_home.isValid());
        QVERIFY2(m_sb.start({u"--no-broker"_s}), qPrintable(m_sb.errorString()));
        m_client = std::make_unique<dwb::RegistryClient>(m_sb.connectionSettings());
        const Run app = dwb({u"create"_s, u"app"_s, u"lab"_s});
        QVERIFY2(app.code == 0, qPrintable(app.both()));
        const Run anchor = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--algo"_s, u"ed25519"_s, u"--key-output"_s,
                                file(u"ca.key"_s), u"--cert-output"_s, file(u"ca.pem"_s)});
        QVERIFY2(anchor.code == 0, qPrintable(anchor.both()));
        m_anchorFp = dwb::test::opensslFingerprint(file(u"ca.pem"_s));
        QVERIFY(m_anchorFp.size() == 95);
    }

    // Every form of dwb: the records are exactly the expected ones.
    void recordsOfEveryForm()
    {
        // the anchor made in initTestCase
        LedgerFilter anchors;
        anchors.kind = LedgerKind::Anchor;
        const QList<LedgerRecord> a = records(ledgerPath(), anchors);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].fingerprint, m_anchorFp);
        QCOMPARE(a[0].anchorFingerprint, m_anchorFp);
        QCOMPARE(a[0].registration, Registration::Registered);
        QCOMPARE(a[0].context, u"sandbox"_s);
        QCOMPARE(a[0].application, u"lab"_s);
        QCOMPARE(a[0].source, u"dwb"_s);
        QCOMPARE(a[0].files, QStringList({file(u"ca.key"_s), file(u"ca.pem"_s)}));

        // online, new key
        Run r = dwb({u"trust"_s, u"enroll"_s, u"dev-online"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                     u"--out"_s, file(u"dev-online.pem"_s), u"--key-output"_s, file(u"dev-online.key"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        // a board's request
        QVERIFY(makeRequest(u"board"_s, u"dev-csr"_s));
        r = dwb({u"trust"_s, u"enroll"_s, u"dev-csr"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                 u"--csr"_s, file(u"board.csr"_s), u"--out"_s, file(u"dev-csr.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        // offline
        r = dwb::test::runDwb({u"trust"_s, u"enroll"_s, u"dev-offline"_s, u"--app"_s, u"lab"_s, u"--offline"_s,
                               u"--ca-key"_s, file(u"ca.key"_s), u"--ca-cert"_s, file(u"ca.pem"_s), u"--out"_s,
                               file(u"dev-offline.pem"_s), u"--key-output"_s, file(u"dev-offline.key"_s)},
                              env());
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        // a batch of 20, online
        QVERIFY(writeList(file(u"list20.txt"_s), u"b-"_s, 20));
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--devices"_s,
                 file(u"list20.txt"_s), u"--out-dir"_s, file(u"batch20"_s), u"--algo"_s, u"ed25519"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        // a tray of 3 requests
        QVERIFY(QDir().mkpath(file(u"tray"_s)));
        for (int i = 1; i <= 3; ++i) {
            const QString stem = u"tray/t-%1"_s.arg(i);
            QVERIFY(makeRequest(stem, u"t-%1"_s.arg(i)));
            QVERIFY(QFile::remove(file(stem + u".key"_s)));   // the key stays on the board
        }
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--csr-dir"_s,
                 file(u"tray"_s), u"--out-dir"_s, file(u"tray-out"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));

        struct Expected {
            QString device, certFile;
            Registration registration;
            QString context, source;
            QStringList files;
        };
        QList<Expected> expected{
            {u"dev-online"_s, file(u"dev-online.pem"_s), Registration::Registered, u"sandbox"_s, u"dwb"_s,
             {file(u"dev-online.key"_s), file(u"dev-online.pem"_s)}},
            {u"dev-csr"_s, file(u"dev-csr.pem"_s), Registration::Registered, u"sandbox"_s, u"dwb"_s,
             {file(u"dev-csr.pem"_s)}},
            {u"dev-offline"_s, file(u"dev-offline.pem"_s), Registration::Offline, QString(), u"dwb"_s,
             {file(u"dev-offline.key"_s), file(u"dev-offline.pem"_s)}},
        };
        for (int i = 1; i <= 20; ++i) {
            const QString d = u"b-%1"_s.arg(i);
            expected.append({d, file(u"batch20/%1.pem"_s.arg(d)), Registration::Registered, u"sandbox"_s, u"batch"_s,
                             {file(u"batch20/%1.key"_s.arg(d)), file(u"batch20/%1.pem"_s.arg(d))}});
        }
        for (int i = 1; i <= 3; ++i) {
            const QString d = u"t-%1"_s.arg(i);
            expected.append({d, file(u"tray-out/%1.pem"_s.arg(d)), Registration::Registered, u"sandbox"_s,
                             u"batch"_s, {file(u"tray-out/%1.pem"_s.arg(d))}});
        }

        LedgerFilter devices;
        devices.kind = LedgerKind::Device;
        const QList<LedgerRecord> rows = records(ledgerPath(), devices);
        QCOMPARE(rows.size(), expected.size());
        QHash<QString, LedgerRecord> byDevice;
        for (const LedgerRecord &row : rows)
            byDevice.insert(row.device, row);
        QCOMPARE(byDevice.size(), expected.size());   // one record per device
        for (const Expected &e : std::as_const(expected)) {
            QVERIFY2(byDevice.contains(e.device), qPrintable(e.device));
            const LedgerRecord &row = byDevice[e.device];
            QCOMPARE(row.fingerprint, dwb::test::opensslFingerprint(e.certFile));
            QCOMPARE(row.anchorFingerprint, m_anchorFp);
            QCOMPARE(row.registration, e.registration);
            QCOMPARE(row.context, e.context);
            QCOMPARE(row.source, e.source);
            QCOMPARE(row.application, u"lab"_s);
            QCOMPARE(row.files, e.files);
            QCOMPARE(row.subject, u"CN=%1, O=Drogue IoT, OU=lab"_s.arg(e.device));
            QVERIFY(!row.osUser.isEmpty());
            QVERIFY(row.notAfter > QDateTime::currentDateTimeUtc());
        }
    }

    // The server refuses the device: its record is Failed with the server's message.
    void refusalLeavesFailed()
    {
        dwb::test::Sandbox faulty;
        QVERIFY2(faulty.start({u"--no-broker"_s, u"--faults"_s,
                               u"route=POST:/api/registry/v1alpha1/apps/*/devices;500=1"_s}),
                 qPrintable(faulty.errorString()));
        QProcessEnvironment e = env(file(u"refused.sqlite"_s));
        e.insert(u"DWB_RETRY_SECONDS"_s, u"0"_s);
        Run r = dwb::test::runDwb(faulty.dwbArgs() + QStringList{u"create"_s, u"app"_s, u"lab"_s}, e);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        r = dwb::test::runDwb(faulty.dwbArgs() + QStringList{u"trust"_s, u"create"_s, u"lab"_s, u"--key-output"_s,
                                                             file(u"ca2.key"_s)},
                              e);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        r = dwb::test::runDwb(faulty.dwbArgs() + QStringList{u"trust"_s, u"enroll"_s, u"refused"_s, u"--app"_s,
                                                             u"lab"_s, u"--ca-key"_s, file(u"ca2.key"_s), u"--out"_s,
                                                             file(u"refused.pem"_s), u"--key-output"_s,
                                                             file(u"refused.key"_s)},
                              e);
        QVERIFY2(r.code == 1, qPrintable(r.both()));
        const auto row = deviceRecord(file(u"refused.sqlite"_s), u"lab"_s, u"refused"_s);
        QVERIFY(row);
        QCOMPARE(row->registration, Registration::Failed);
        QVERIFY2(!row->registrationDetail.isEmpty(), qPrintable(row->registrationDetail));
        // the message dwb printed carries the server's words that the record keeps
        QVERIFY2(r.err.contains(row->registrationDetail.section(u" ("_s, 0, 0)), qPrintable(r.both() + row->registrationDetail));
        QCOMPARE(row->fingerprint, dwb::test::opensslFingerprint(file(u"refused.pem"_s)));
    }

    // A ledger that cannot be written: nothing is registered, the files stay.
    void readOnlyLedgerStopsEnrollment()
    {
        const QString preload = QDir(dwb::test::libDir()).filePath(u"libdwb_readonly_file.so"_s);
        QVERIFY2(QFileInfo::exists(preload), qPrintable(preload));
        const int before = int(records(ledgerPath()).size());
        QVERIFY(before > 0);   // the ledger exists, with its schema
        QProcessEnvironment e = env();
        e.insert(u"LD_PRELOAD"_s, preload);
        // Under ./run sanitize the library comes before the ASan runtime (as in test_key_readback).
        const QString asan = e.value(u"ASAN_OPTIONS"_s);
        e.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"verify_asan_link_order=0"_s);
        e.insert(u"DWB_READONLY_FILE"_s, u"ledger.sqlite"_s);

        Run r = dwb({u"trust"_s, u"enroll"_s, u"ro-dev"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                     u"--out"_s, file(u"ro-dev.pem"_s), u"--key-output"_s, file(u"ro-dev.key"_s)},
                    e);
        QVERIFY2(r.code == 1, qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"readonly-file: refused"_s), qPrintable(r.both()));   // the library was at work
        QVERIFY2(r.err.contains(u"The ledger %1 cannot be written"_s.arg(ledgerPath())), qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"Nothing was registered"_s), qPrintable(r.both()));
        QVERIFY(QFileInfo::exists(file(u"ro-dev.key"_s)));
        QVERIFY(QFileInfo::exists(file(u"ro-dev.pem"_s)));
        QVERIFY(!deviceExists(u"lab"_s, u"ro-dev"_s));

        QVERIFY(writeList(file(u"ro-list.txt"_s), u"ro-b-"_s, 5));
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--devices"_s,
                 file(u"ro-list.txt"_s), u"--out-dir"_s, file(u"ro-batch"_s), u"--algo"_s, u"ed25519"_s},
                e);
        QVERIFY2(r.code == 1, qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"The ledger %1 cannot be written"_s.arg(ledgerPath())), qPrintable(r.both()));
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(QFileInfo::exists(file(u"ro-batch/ro-b-%1.pem"_s.arg(i))));
            QVERIFY2(!deviceExists(u"lab"_s, u"ro-b-%1"_s.arg(i)), qPrintable(QString::number(i)));
        }
        QCOMPARE(int(records(ledgerPath()).size()), before);

        // Any user: a ledger below a regular file cannot be created.
        QVERIFY(dwb::test::writeFile(file(u"plain-file"_s), "not a folder\n"));
        const QProcessEnvironment below = env(file(u"plain-file/ledger.sqlite"_s));
        r = dwb({u"trust"_s, u"enroll"_s, u"nowhere"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                 u"--out"_s, file(u"nowhere.pem"_s), u"--key-output"_s, file(u"nowhere.key"_s)},
                below);
        QVERIFY2(r.code == 1, qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"cannot be created"_s), qPrintable(r.both()));
        QVERIFY(!deviceExists(u"lab"_s, u"nowhere"_s));
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--devices"_s,
                 file(u"ro-list.txt"_s), u"--out-dir"_s, file(u"nowhere-batch"_s)},
                below);
        QVERIFY2(r.code == 1, qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"cannot be created"_s), qPrintable(r.both()));
        QVERIFY(!deviceExists(u"lab"_s, u"ro-b-1"_s));
        // Offline, the ledger is opened on the writer's thread while the
        // batch reads its inputs: its failure still comes before any file
        // (no output folder), and before a problem of the inputs.
        const QStringList offline{u"enroll-batch"_s, u"--offline"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s,
                                  file(u"ca.key"_s), u"--ca-cert"_s, file(u"ca.pem"_s), u"--out-dir"_s,
                                  file(u"nowhere-offline"_s), u"--devices"_s};
        r = dwb(offline + QStringList{file(u"ro-list.txt"_s)}, below);
        QVERIFY2(r.code == 1, qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"cannot be created"_s), qPrintable(r.both()));
        QVERIFY(!QFileInfo::exists(file(u"nowhere-offline"_s)));
        r = dwb(offline + QStringList{file(u"no-such-list.txt"_s)}, below);
        QVERIFY2(r.code == 1, qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"cannot be created"_s), qPrintable(r.both()));
        QVERIFY(!QFileInfo::exists(file(u"nowhere-offline"_s)));
    }

    // SIGKILL in the middle of a batch of 500: a sound ledger; the re-run
    // ends with one record per device, all registered.
    void killedBatchResumes()
    {
        const QString ledger = file(u"kill.sqlite"_s);
        const QString out = file(u"kill-batch"_s);
        QVERIFY(writeList(file(u"list500.txt"_s), u"k-"_s, 500));
        const QStringList args = m_sb.dwbArgs()
                                 + QStringList{u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s,
                                               file(u"ca.key"_s), u"--devices"_s, file(u"list500.txt"_s),
                                               u"--out-dir"_s, out, u"--algo"_s, u"rsa2048"_s};
        QProcess p;
        p.setProcessEnvironment(env(ledger));
        p.start(dwb::test::program(u"dwb"_s), args);
        QVERIFY(p.waitForStarted());
        // Wait until some devices are recorded and registered, and not all.
        QElapsedTimer t;
        t.start();
        int rows = 0, registered = 0;
        while (t.elapsed() < 120000 && p.state() == QProcess::Running) {
            QTest::qWait(20);
            if (!QFileInfo::exists(ledger))
                continue;
            const QList<LedgerRecord> all = records(ledger);
            rows = int(all.size());
            registered = int(std::count_if(all.begin(), all.end(), [](const LedgerRecord &r) {
                return r.registration == Registration::Registered;
            }));
            if (registered > 0 && rows < 500)
                break;
        }
        QVERIFY2(p.state() == QProcess::Running, "the batch ended before it could be killed");
        QVERIFY2(registered > 0 && rows > 0 && rows < 500, qPrintable(u"%1 rows, %2 registered"_s.arg(rows).arg(registered)));
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        // The ledger opens (nothing set aside), is sound, and each record's
        // certificate is on disk.
        {
            auto opened = Ledger::open(ledger);
            QVERIFY2(opened.ok(), why(opened));
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(ledger);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        const QStringList aside = QDir(m_tmp.path()).entryList({u"kill.sqlite.damaged*"_s});
        QVERIFY2(aside.isEmpty(), qPrintable(aside.join(u' ')));
        const QList<LedgerRecord> afterKill = records(ledger);
        QVERIFY(!afterKill.isEmpty());
        for (const LedgerRecord &r : afterKill) {
            const QString cert = QDir(out).filePath(r.device + u".pem"_s);
            QVERIFY2(r.files.contains(cert), qPrintable(r.files.join(u' ')));
            QCOMPARE(r.fingerprint, dwb::test::opensslFingerprint(cert));
        }

        // The re-run finishes: one record per device, all registered.
        const Run again = dwb::test::runDwb(args, env(ledger), 900000); // minutes under ASan
        QVERIFY2(again.code == 0, qPrintable(again.both()));
        const QList<LedgerRecord> final = records(ledger);
        QCOMPARE(final.size(), 500);
        QSet<QString> devices, fingerprints;
        for (const LedgerRecord &r : final) {
            devices.insert(r.device);
            fingerprints.insert(r.fingerprint);
            QCOMPARE(r.registration, Registration::Registered);
            QCOMPARE(r.anchorFingerprint, m_anchorFp);
        }
        QCOMPARE(devices.size(), 500);
        QCOMPARE(fingerprints.size(), 500);
        for (const QString &d : {u"k-1"_s, u"k-250"_s, u"k-500"_s}) {
            const auto row = deviceRecord(ledger, u"lab"_s, d);
            QVERIFY(row);
            QCOMPARE(row->fingerprint, dwb::test::opensslFingerprint(QDir(out).filePath(d + u".pem"_s)));
            QVERIFY(deviceExists(u"lab"_s, d));
        }
    }

    // Certificates made before the ledger: a --no-ledger batch folder and openssl's own.
    void importOldCertificates()
    {
        const QString ledger = file(u"import.sqlite"_s);
        QVERIFY(writeList(file(u"list4.txt"_s), u"old-"_s, 4));
        Run r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--devices"_s,
                     file(u"list4.txt"_s), u"--out-dir"_s, file(u"old-batch"_s), u"--no-ledger"_s},
                    env(ledger));
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY(!QFileInfo::exists(ledger));   // --no-ledger: nothing recorded

        // the application's anchors tell the issuer (with a server and --app)
        r = dwb({u"certs"_s, u"import"_s, file(u"old-batch"_s), u"--app"_s, u"lab"_s}, env(ledger));
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"4 recorded, 0 already known, 4 skipped"_s), qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"a key file"_s), qPrintable(r.both()));
        QList<LedgerRecord> rows = records(ledger);
        QCOMPARE(rows.size(), 4);
        for (const LedgerRecord &row : std::as_const(rows)) {
            QVERIFY(row.device.startsWith(u"old-"_s));
            QCOMPARE(row.registration, Registration::Imported);
            QCOMPARE(row.anchorFingerprint, m_anchorFp);
            QCOMPARE(row.context, u"sandbox"_s);
            const QString cert = file(u"old-batch/%1.pem"_s.arg(row.device));
            QCOMPARE(row.files, QStringList{cert});
            QCOMPARE(row.fingerprint, dwb::test::opensslFingerprint(cert));
        }

        // openssl's CA and devices, offline: the CA in the folder is the issuer
        const QString dir = file(u"openssl-made"_s);
        QVERIFY(QDir().mkpath(dir + u"/sub"_s));
        auto ossl = [](const QStringList &a) { return dwb::test::openssl(a) == 0; };
        QVERIFY(ossl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                      u"-nodes"_s, u"-keyout"_s, dir + u"/ca.key"_s, u"-subj"_s, u"/CN=Old Lab CA"_s, u"-days"_s,
                      u"30"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-out"_s, dir + u"/ca.pem"_s}));
        for (const QString &d : {u"old-a"_s, u"old-b"_s}) {
            const QString stem = dir + u"/sub/"_s + d;
            QVERIFY(ossl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
                          u"-keyout"_s, stem + u".key"_s, u"-subj"_s, u"/CN="_s + d, u"-out"_s, stem + u".csr"_s}));
            QVERIFY(ossl({u"x509"_s, u"-req"_s, u"-in"_s, stem + u".csr"_s, u"-CA"_s, dir + u"/ca.pem"_s, u"-CAkey"_s,
                          dir + u"/ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, u"30"_s, u"-outform"_s,
                          d == u"old-b"_s ? u"DER"_s : u"PEM"_s, u"-out"_s,
                          stem + (d == u"old-b"_s ? u".der"_s : u".pem"_s)}));
        }
        QVERIFY(dwb::test::writeFile(dir + u"/notes.txt"_s, "not a certificate\n"));
        r = dwb::test::runDwb({u"certs"_s, u"import"_s, dir, u"--app"_s, u"old"_s}, env(ledger));
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"3 recorded, 0 already known"_s), qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"notes.txt: not a certificate"_s), qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"a certificate request"_s), qPrintable(r.both()));
        const QString caFp = dwb::test::opensslFingerprint(dir + u"/ca.pem"_s);
        LedgerFilter old;
        old.application = u"old"_s;
        rows = records(ledger, old);
        QCOMPARE(rows.size(), 3);
        for (const LedgerRecord &row : std::as_const(rows)) {
            QCOMPARE(row.anchorFingerprint, caFp);
            QCOMPARE(row.context, QString());
            if (row.kind == LedgerKind::Anchor) {
                QCOMPARE(row.fingerprint, caFp);
            } else {
                QVERIFY(row.device == u"old-a"_s || row.device == u"old-b"_s);
                QCOMPARE(row.files.size(), 1);
            }
        }
        const auto a = deviceRecord(ledger, u"old"_s, u"old-a"_s);
        QVERIFY(a);
        QCOMPARE(a->fingerprint, dwb::test::opensslFingerprint(dir + u"/sub/old-a.pem"_s));

        // again: nothing new
        r = dwb::test::runDwb({u"certs"_s, u"import"_s, dir, u"--app"_s, u"old"_s}, env(ledger));
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"0 recorded, 3 already known"_s), qPrintable(r.both()));
        r = dwb({u"certs"_s, u"import"_s, file(u"old-batch"_s), u"--app"_s, u"lab"_s}, env(ledger));
        QVERIFY2(r.out.contains(u"0 recorded, 4 already known"_s), qPrintable(r.both()));
        QCOMPARE(records(ledger).size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestLedgerRecording)
#include "test_ledger_recording.moc"
