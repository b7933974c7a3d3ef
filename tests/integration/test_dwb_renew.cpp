// `dwb renew` (issue 20, item 3) against the real drogue-sandbox and its
// broker, and offline: devices enrolled with enroll-batch (some for 5 or 10
// days, some for a year) get new certificates by name, by --expiring DAYS
// and with --new-key. The new certificate verifies with `openssl verify
// -x509_strict -purpose sslclient`, keeps the subject exactly, is for the
// same public key (default) or a different one (--new-key, the old key file
// untouched), and logs in to the broker; the ledger's new record has source
// "renew" and replaces the old record, and each device has exactly one
// current record. A device whose key file is gone gets its own error while
// the others are renewed.
#include "core/cloud/RegistryClient.h"
#include "core/ledger/CurrentCertificates.h"
#include "core/ledger/Ledger.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::LedgerRecord;
using dwb::test::why;

using Run = dwb::test::DwbRun;

class TestDwbRenew : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    std::unique_ptr<dwb::RegistryClient> m_client;
    QTemporaryDir m_tmp;
    QTemporaryDir m_home;

    QString file(const QString &name) const { return m_tmp.filePath(name); }
    QString ledgerPath() const { return file(u"ledger.sqlite"_s); }

    Run dwb(const QStringList &args, bool online = true)
    {
        QProcessEnvironment e = dwb::test::isolatedDwbEnvironment(m_home.path());
        e.insert(u"DWB_LEDGER"_s, ledgerPath());
        return dwb::test::runDwb(online ? m_sb.dwbArgs() + args : args, e);
    }

    QByteArray openssl(const QStringList &args, int *rc = nullptr)
    {
        QByteArray out, err;
        const int code = dwb::test::run(u"openssl"_s, args, &out, &err);
        if (rc)
            *rc = code;
        else if (code != 0)
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), err.constData());
        return code == 0 ? out : QByteArray();
    }

    int verify(const QString &cert)
    {
        int rc = 0;
        openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s, file(u"ca.pem"_s), cert},
                &rc);
        return rc;
    }
    QByteArray subjectOf(const QString &cert)
    {
        return openssl({u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-subject"_s, u"-nameopt"_s, u"RFC2253"_s}).trimmed();
    }
    QByteArray certPublicKey(const QString &cert)
    {
        return openssl({u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-pubkey"_s});
    }
    QByteArray keyPublicKey(const QString &key) { return openssl({u"pkey"_s, u"-in"_s, key, u"-pubout"_s}); }

    bool writeList(const QString &name, const QStringList &devices)
    {
        QFile f(file(name));
        return f.open(QIODevice::WriteOnly) && f.write((devices.join(u'\n') + u'\n').toUtf8()) > 0;
    }

    QList<LedgerRecord> records(const QString &device = {})
    {
        auto ledger = dwb::Ledger::open(ledgerPath());
        if (!ledger)
            return {};
        dwb::LedgerFilter f;
        f.application = u"lab"_s;
        f.kind = dwb::LedgerKind::Device;
        auto all = (*ledger)->find(f);
        QList<LedgerRecord> out;
        for (const LedgerRecord &r : all ? *all : QList<LedgerRecord>{})
            if (device.isEmpty() || r.device == device)
                out << r;
        return out;
    }
    // The device's current record in `context` (the one rule the CLI uses).
    LedgerRecord current(const QString &device, const QString &context = u"sandbox"_s)
    {
        auto ledger = dwb::Ledger::open(ledgerPath());
        if (!ledger)
            return {};
        auto cur = dwb::currentDeviceRecords(**ledger, context, u"lab"_s);
        for (const LedgerRecord &r : cur ? *cur : QList<LedgerRecord>{})
            if (r.device == device)
                return r;
        return {};
    }
    static QString certFile(const LedgerRecord &r)
    {
        for (const QString &f : r.files)
            if (f.endsWith(u".pem"_s))
                return f;
        return {};
    }
    static QString keyFile(const LedgerRecord &r)
    {
        for (const QString &f : r.files)
            if (f.endsWith(u".key"_s))
                return f;
        return {};
    }

    bool logsIn(const QString &cert, const QString &key)
    {
        QByteArray out, err;
        const int rc = dwb::test::run(u"mosquitto_pub"_s,
                                      {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sb.mqttPort()),
                                       u"--cafile"_s, m_sb.caFile(), u"--cert"_s, cert, u"--key"_s, key, u"-t"_s,
                                       u"temp"_s, u"-q"_s, u"1"_s, u"-m"_s, u"{\"temp\":21}"_s},
                                      &out, &err, 15000);
        if (rc != 0)
            qInfo("mosquitto_pub: %s", err.constData());
        return rc == 0;
    }

    // What every renewal must give: the new record replaces the old one,
    // source "renew", its certificate verifies and keeps the subject; the
    // key: the same (sameKey) or another one.
    void checkRenewed(const LedgerRecord &old, const LedgerRecord &now, bool sameKey)
    {
        QVERIFY(now.id > 0);
        QVERIFY(now.id != old.id);
        QCOMPARE(now.replaces, old.id);
        QCOMPARE(now.source, u"renew"_s);
        QCOMPARE(now.subject, old.subject);
        QVERIFY(now.fingerprint != old.fingerprint);
        const QString cert = certFile(now), oldCert = certFile(old);
        QVERIFY2(QFile::exists(cert), qPrintable(now.files.join(u' ')));
        QCOMPARE(verify(cert), 0);
        QCOMPARE(subjectOf(cert), subjectOf(oldCert));
        QVERIFY(!certPublicKey(cert).isEmpty());
        if (sameKey) {
            QCOMPARE(certPublicKey(cert), certPublicKey(oldCert));
            QCOMPARE(keyFile(now), keyFile(old));
        } else {
            QVERIFY(certPublicKey(cert) != certPublicKey(oldCert));
            QVERIFY(keyFile(now) != keyFile(old));
            QCOMPARE(certPublicKey(cert), keyPublicKey(keyFile(now)));
            QCOMPARE(dwb::test::fileMode(keyFile(now)), 0600);
        }
        QCOMPARE(certPublicKey(cert), keyPublicKey(keyFile(now)));
    }

    // Exactly one current record per device: no two records of a device
    // that nothing replaces.
    void checkOneCurrentEach()
    {
        const QList<LedgerRecord> all = records();
        QSet<qint64> replaced;
        for (const LedgerRecord &r : all)
            if (r.replaces > 0)
                replaced.insert(r.replaces);
        QHash<QString, int> currentPerDevice;
        for (const LedgerRecord &r : all)
            if (!replaced.contains(r.id))
                ++currentPerDevice[r.context + u'/' + r.device];
        QVERIFY(!currentPerDevice.isEmpty());
        for (auto it = currentPerDevice.cbegin(); it != currentPerDevice.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_home.isValid());
        QVERIFY2(m_sb.start(), qPrintable(m_sb.errorString()));
        m_client = std::make_unique<dwb::RegistryClient>(m_sb.connectionSettings());
        QCOMPARE(dwb({u"create"_s, u"app"_s, u"lab"_s}).code, 0);
        Run r = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--key-output"_s, file(u"ca.key"_s), u"--cert-output"_s,
                     file(u"ca.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));

        // online: two for a year, one for 5 days, one whose key will be lost
        QVERIFY(writeList(u"year.txt"_s, {u"on-1"_s, u"on-2"_s, u"nokey-1"_s}));
        QVERIFY(writeList(u"short.txt"_s, {u"on-3"_s}));
        QVERIFY(writeList(u"offline.txt"_s, {u"off-1"_s, u"off-2"_s}));
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--devices"_s,
                 file(u"year.txt"_s), u"--out-dir"_s, file(u"year"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--devices"_s,
                 file(u"short.txt"_s), u"--out-dir"_s, file(u"short"_s), u"--days"_s, u"5"_s, u"--algo"_s,
                 u"ed25519"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        // offline: 10 days
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--offline"_s, u"--ca-key"_s, file(u"ca.key"_s),
                 u"--ca-cert"_s, file(u"ca.pem"_s), u"--devices"_s, file(u"offline.txt"_s), u"--out-dir"_s,
                 file(u"offline"_s), u"--days"_s, u"10"_s},
                false);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QCOMPARE(records().size(), 6);
        QVERIFY(current(u"on-3"_s).daysLeft() <= 5);
        QVERIFY(current(u"off-1"_s, {}).daysLeft() <= 10);
    }

    // By name, online: same key, same subject, the device logs in with it.
    void renewByName()
    {
        const LedgerRecord old = current(u"on-1"_s);
        QVERIFY(old.id > 0);
        const Run r = dwb({u"renew"_s, u"on-1"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--out"_s,
                           file(u"renewed"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        qInfo().noquote() << "dwb renew on-1:" << r.out.trimmed();
        QVERIFY2(r.out.contains(u"renewed 1, skipped 0, failed 0"_s), qPrintable(r.out));
        const LedgerRecord now = current(u"on-1"_s);
        checkRenewed(old, now, true);
        QCOMPARE(now.registration, dwb::Registration::Registered);
        QCOMPARE(QFileInfo(certFile(now)).dir().absolutePath(), QDir(file(u"renewed"_s)).absolutePath());
        auto dev = await(m_client->getDevice(u"lab"_s, u"on-1"_s));
        QVERIFY2(dev.ok(), why(dev));
        QCOMPARE(dev->aliases(), QStringList{old.subject});
        QVERIFY(logsIn(certFile(now), keyFile(now)));
        checkOneCurrentEach();
    }

    // --expiring 30: online only on-3 (5 days); offline off-1 and off-2 (10 days).
    void renewExpiring()
    {
        const LedgerRecord on2 = current(u"on-2"_s), on3 = current(u"on-3"_s);
        const LedgerRecord off1 = current(u"off-1"_s, {}), off2 = current(u"off-2"_s, {});
        Run r = dwb({u"renew"_s, u"--expiring"_s, u"30"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                     u"--out"_s, file(u"expiring"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"renewed 1, skipped 0, failed 0"_s), qPrintable(r.out));
        checkRenewed(on3, current(u"on-3"_s), true);
        QVERIFY(current(u"on-3"_s).daysLeft() >= 364); // the default lifetime, as enroll-batch
        QCOMPARE(current(u"on-2"_s).id, on2.id);        // not expiring: untouched
        QVERIFY(logsIn(certFile(current(u"on-3"_s)), keyFile(current(u"on-3"_s))));

        r = dwb({u"renew"_s, u"--expiring"_s, u"30"_s, u"--app"_s, u"lab"_s, u"--offline"_s, u"--ca-key"_s,
                 file(u"ca.key"_s), u"--ca-cert"_s, file(u"ca.pem"_s), u"--out"_s, file(u"expiring-offline"_s),
                 u"--days"_s, u"90"_s},
                false);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"renewed 2, skipped 0, failed 0"_s), qPrintable(r.out));
        checkRenewed(off1, current(u"off-1"_s, {}), true);
        checkRenewed(off2, current(u"off-2"_s, {}), true);
        QCOMPARE(current(u"off-1"_s, {}).registration, dwb::Registration::Offline);
        QVERIFY(current(u"off-1"_s, {}).daysLeft() >= 89 && current(u"off-1"_s, {}).daysLeft() <= 90);

        // nothing expiring any more
        r = dwb({u"renew"_s, u"--expiring"_s, u"30"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                 u"--out"_s, file(u"expiring"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"Nothing to renew"_s), qPrintable(r.out));
        checkOneCurrentEach();
    }

    // --new-key: another key of the same algorithm, the old key file untouched.
    void renewNewKey()
    {
        const LedgerRecord old = current(u"on-2"_s);
        QFile oldKey(keyFile(old));
        QVERIFY(oldKey.open(QIODevice::ReadOnly));
        const QByteArray oldKeyBytes = oldKey.readAll();
        oldKey.close();
        const Run r = dwb({u"renew"_s, u"on-2"_s, u"--new-key"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s,
                           file(u"ca.key"_s), u"--out"_s, file(u"newkey"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        const LedgerRecord now = current(u"on-2"_s);
        checkRenewed(old, now, false);
        QCOMPARE(now.keyAlgorithm, old.keyAlgorithm);
        QVERIFY(oldKey.open(QIODevice::ReadOnly));
        QCOMPARE(oldKey.readAll(), oldKeyBytes);
        QVERIFY(logsIn(certFile(now), keyFile(now)));
        QVERIFY(!logsIn(certFile(now), keyFile(old))); // the old key does not fit the new certificate
        checkOneCurrentEach();
    }

    // The plan makes the new keys on a pool of its own: on a single core
    // (taskset -c 0: the global pool has one thread, which the plan's job
    // holds) it finished nothing before, waiting for itself. Offline, both
    // offline devices, new keys.
    void renewNewKeyOnOneCore()
    {
        const LedgerRecord off1 = current(u"off-1"_s, {}), off2 = current(u"off-2"_s, {});
        QProcess p;
        QProcessEnvironment e = dwb::test::isolatedDwbEnvironment(m_home.path());
        e.insert(u"DWB_LEDGER"_s, ledgerPath());
        p.setProcessEnvironment(e);
        p.start(u"taskset"_s, {u"-c"_s, u"0"_s, dwb::test::program(u"dwb"_s), u"renew"_s, u"off-1"_s, u"off-2"_s,
                               u"--new-key"_s, u"--offline"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                               u"--ca-cert"_s, file(u"ca.pem"_s), u"--out"_s, file(u"onecore"_s)});
        QVERIFY(p.waitForStarted());
        const bool finished = p.waitForFinished(120000);
        if (!finished)
            p.kill();
        QVERIFY2(finished, "dwb renew on one core did not finish within 120 s");
        const QString out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(u"renewed 2, skipped 0, failed 0"_s), qPrintable(out));
        checkRenewed(off1, current(u"off-1"_s, {}), false);
        checkRenewed(off2, current(u"off-2"_s, {}), false);
    }

    // A device whose key file is gone: its error, the others are renewed.
    void missingKeyFile()
    {
        const LedgerRecord lost = current(u"nokey-1"_s), on1 = current(u"on-1"_s);
        QVERIFY(QFile::remove(keyFile(lost)));
        const Run r = dwb({u"renew"_s, u"nokey-1"_s, u"on-1"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s,
                           file(u"ca.key"_s), u"--out"_s, file(u"partial"_s)});
        QCOMPARE(r.code, 1);
        qInfo().noquote() << "missing key:" << r.err.trimmed();
        QVERIFY2(r.err.contains(u"nokey-1: not renewed: Its key file is not at hand"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"renewed 1, skipped 0, failed 0"_s), qPrintable(r.out));
        QCOMPARE(current(u"nokey-1"_s).id, lost.id);
        checkRenewed(on1, current(u"on-1"_s), true); // the second renewal of on-1 finds the key again

        // an unknown device and usage
        Run u = dwb({u"renew"_s, u"nosuch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--out"_s,
                     file(u"partial"_s)});
        QCOMPARE(u.code, 1);
        QVERIFY2(u.err.contains(u"nosuch: not renewed: The ledger holds no certificate"_s), qPrintable(u.err));
        u = dwb({u"renew"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s)});
        QCOMPARE(u.code, 2);
        checkOneCurrentEach();
    }
};

QTEST_GUILESS_MAIN(TestDwbRenew)
#include "test_dwb_renew.moc"
