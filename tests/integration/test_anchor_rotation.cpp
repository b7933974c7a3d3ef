// Anchor rotation, guided (issue 20, item 4), end to end against the real
// drogue-sandbox and its broker:
//   1. an application with anchor A, three devices enrolled under it, all log in;
//   2. `dwb trust create` adds anchor B next to A (index 1);
//   3. `dwb renew` re-issues two of them under B: they log in with the new
//      certificates (same keys);
//   4. `dwb trust delete APP --index 0` (A) is refused and names the third
//      device (still on A), exit code 1, nothing removed;
//   5. `--force` deletes it; the third device is refused by the broker, the
//      renewed ones still log in.
// Also: with --no-ledger the delete goes ahead with a note.
#include "core/cloud/RegistryClient.h"
#include "core/ledger/AnchorDependents.h"
#include "core/ledger/CurrentCertificates.h"
#include "core/ledger/Ledger.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::LedgerRecord;
using dwb::test::why;

using Run = dwb::test::DwbRun;

class TestAnchorRotation : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    std::unique_ptr<dwb::RegistryClient> m_client;
    QTemporaryDir m_tmp;
    QTemporaryDir m_home;

    QString file(const QString &name) const { return m_tmp.filePath(name); }
    QString ledgerPath() const { return file(u"ledger.sqlite"_s); }

    Run dwb(const QStringList &args)
    {
        QProcessEnvironment e = dwb::test::isolatedDwbEnvironment(m_home.path());
        e.insert(u"DWB_LEDGER"_s, ledgerPath());
        return dwb::test::runDwb(m_sb.dwbArgs() + args, e);
    }

    LedgerRecord current(const QString &device)
    {
        auto ledger = dwb::Ledger::open(ledgerPath());
        if (!ledger)
            return {};
        auto cur = dwb::currentDeviceRecords(**ledger, u"sandbox"_s, u"rot"_s);
        for (const LedgerRecord &r : cur ? *cur : QList<LedgerRecord>{})
            if (r.device == device)
                return r;
        return {};
    }
    static QString fileEnding(const LedgerRecord &r, const QString &suffix)
    {
        for (const QString &f : r.files)
            if (f.endsWith(suffix))
                return f;
        return {};
    }
    QString fingerprint(const QString &pem)
    {
        QByteArray out, err;
        dwb::test::run(u"openssl"_s, {u"x509"_s, u"-in"_s, pem, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s}, &out,
                       &err);
        return QString::fromLatin1(out.trimmed()).section(u'=', 1);
    }

    // The device logs in to the broker with its current certificate and key.
    bool logsIn(const QString &device)
    {
        const LedgerRecord r = current(device);
        QByteArray out, err;
        const int rc = dwb::test::run(
            u"mosquitto_pub"_s,
            {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sb.mqttPort()), u"--cafile"_s, m_sb.caFile(),
             u"--cert"_s, fileEnding(r, u".pem"_s), u"--key"_s, fileEnding(r, u".key"_s), u"-t"_s, u"temp"_s, u"-q"_s,
             u"1"_s, u"-m"_s, u"{\"temp\":21}"_s},
            &out, &err, 15000);
        if (rc != 0)
            qInfo().noquote() << device << "refused:" << err.trimmed();
        return rc == 0;
    }

    int anchorCount()
    {
        auto app = await(m_client->getApp(u"rot"_s));
        return app ? int(app->trustAnchorPems().size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_home.isValid());
        QVERIFY2(m_sb.start(), qPrintable(m_sb.errorString()));
        QVERIFY(m_sb.mqttPort() > 0);
        m_client = std::make_unique<dwb::RegistryClient>(m_sb.connectionSettings());
    }

    void rotation()
    {
        // 1. anchor A and three devices
        QCOMPARE(dwb({u"create"_s, u"app"_s, u"rot"_s}).code, 0);
        Run r = dwb({u"trust"_s, u"create"_s, u"rot"_s, u"--key-output"_s, file(u"a.key"_s), u"--cert-output"_s,
                     file(u"a.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QFile list(file(u"devices.txt"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("dev-1\ndev-2\ndev-3\n");
        list.close();
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"rot"_s, u"--ca-key"_s, file(u"a.key"_s), u"--devices"_s,
                 file(u"devices.txt"_s), u"--out-dir"_s, file(u"under-a"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        const QString fpA = fingerprint(file(u"a.pem"_s));
        QVERIFY(!fpA.isEmpty());
        for (const QString &d : {u"dev-1"_s, u"dev-2"_s, u"dev-3"_s}) {
            QCOMPARE(current(d).anchorFingerprint, fpA);
            QVERIFY2(logsIn(d), qPrintable(d));
        }

        // 2. anchor B next to A
        r = dwb({u"trust"_s, u"create"_s, u"rot"_s, u"--key-output"_s, file(u"b.key"_s), u"--cert-output"_s,
                 file(u"b.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        qInfo().noquote() << "dwb trust create (B):" << r.out.trimmed();
        QVERIFY2(r.out.contains(u"(index 1)"_s), qPrintable(r.out));
        QCOMPARE(anchorCount(), 2);
        const QString fpB = fingerprint(file(u"b.pem"_s));

        // 3. two devices renewed under B
        r = dwb({u"renew"_s, u"dev-1"_s, u"dev-2"_s, u"--app"_s, u"rot"_s, u"--ca-key"_s, file(u"b.key"_s),
                 u"--out"_s, file(u"under-b"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        qInfo().noquote() << "dwb renew dev-1 dev-2 --ca-key b.key:" << r.out.trimmed();
        for (const QString &d : {u"dev-1"_s, u"dev-2"_s}) {
            QCOMPARE(current(d).anchorFingerprint, fpB);
            QCOMPARE(current(d).source, u"renew"_s);
            QVERIFY2(logsIn(d), qPrintable(d));
        }
        {
            auto ledger = dwb::Ledger::open(ledgerPath());
            QVERIFY2(ledger.ok(), why(ledger));
            auto onA = dwb::anchorDependents(**ledger, u"sandbox"_s, u"rot"_s, fpA);
            QVERIFY2(onA.ok(), why(onA));
            QCOMPARE(onA->size(), 1);
            QCOMPARE(onA->first().device, u"dev-3"_s);
            auto onB = dwb::anchorDependents(**ledger, u"sandbox"_s, u"rot"_s, fpB.toLower());
            QVERIFY2(onB.ok(), why(onB));
            QCOMPARE(onB->size(), 2);
        }

        // 4. deleting A is refused, naming dev-3
        r = dwb({u"trust"_s, u"delete"_s, u"rot"_s, u"--index"_s, u"0"_s});
        QCOMPARE(r.code, 1);
        qInfo().noquote() << "dwb trust delete rot --index 0:" << r.err.trimmed();
        QVERIFY2(r.err.contains(u"dev-3"_s) && !r.err.contains(u"dev-1"_s) && !r.err.contains(u"dev-2"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--force"_s) && r.err.contains(u"dwb renew --app rot --all --ca-key"_s),
                 qPrintable(r.err));
        QCOMPARE(anchorCount(), 2);
        QVERIFY(logsIn(u"dev-3"_s));

        // deleting B is refused too (dev-1 and dev-2)
        r = dwb({u"trust"_s, u"delete"_s, u"rot"_s, u"--index"_s, u"1"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"2 device(s)"_s) && r.err.contains(u"dev-1, dev-2"_s), qPrintable(r.err));

        // 5. --force deletes A; dev-3 is refused, the renewed ones log in
        r = dwb({u"trust"_s, u"delete"_s, u"rot"_s, u"--index"_s, u"0"_s, u"--force"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        qInfo().noquote() << "--force:" << r.err.trimmed() << r.out.trimmed();
        QVERIFY2(r.err.contains(u"dev-3"_s), qPrintable(r.err));
        QCOMPARE(anchorCount(), 1);
        auto app = await(m_client->getApp(u"rot"_s));
        QVERIFY2(app.ok(), why(app));
        QCOMPARE(fingerprint(file(u"b.pem"_s)), fpB);
        QFile b(file(u"b.pem"_s));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(app->trustAnchorPems().first().trimmed(), b.readAll().trimmed()); // B is what is left
        QVERIFY(!logsIn(u"dev-3"_s));
        QVERIFY(logsIn(u"dev-1"_s));
        QVERIFY(logsIn(u"dev-2"_s));
    }

    // No ledger in use: the delete goes ahead, with a note.
    void withoutLedger()
    {
        Run r = dwb({u"trust"_s, u"create"_s, u"rot"_s, u"--key-output"_s, file(u"c.key"_s), u"--no-ledger"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QCOMPARE(anchorCount(), 2);
        r = dwb({u"trust"_s, u"delete"_s, u"rot"_s, u"--index"_s, u"1"_s, u"--no-ledger"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"the ledger is not used"_s), qPrintable(r.err));
        QCOMPARE(anchorCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnchorRotation)
#include "test_anchor_rotation.moc"
