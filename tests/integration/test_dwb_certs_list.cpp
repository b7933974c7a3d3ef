// dwb certs list end to end: certificates made by the openssl command line
// (`openssl ca` with -startdate/-enddate: expired, expiring in 10 and 25
// days, valid for 200 days, in two applications) are recorded through the
// Ledger API, and the real dwb lists them from $DWB_LEDGER: the table, the
// filters --expiring 30, --expired, --app, --device, --anchor, -o json and
// -o csv parsed back (fingerprints as `openssl x509 -fingerprint -sha256`
// prints them), the line for no match, and usage errors.
#include "core/crypto/Certificate.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerCsv.h"
#include "support/CsvParse.h"
#include "support/Dwb.h"
#include "support/OpensslCa.h"
#include "support/TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dwb;
using namespace Qt::StringLiterals;

class TestDwbCertsList : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QMap<QString, QString> m_fingerprints;   // device → openssl's SHA-256 fingerprint
    QString m_labAnchorFp;

    test::DwbRun dwb(const QStringList &args) { return test::runDwb(args, m_env); }

    static QStringList devicesOf(const QString &table)
    {
        QStringList out;
        const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i)
            out << lines[i].split(u' ', Qt::SkipEmptyParts).value(1);
        return out;
    }

    bool record(test::OpensslCa &ca, const QString &app, const QString &device, int fromDays, int toDays,
                Ledger &ledger)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString pem = ca.issue(device, now.addDays(fromDays), now.addDays(toDays));
        if (pem.isEmpty()) {
            qWarning().noquote() << ca.lastError();
            return false;
        }
        const Result<Certificate> cert = Certificate::fromPem(test::readFile(pem));
        const Result<Certificate> anchor = Certificate::fromPem(test::readFile(ca.anchorPem()));
        if (!cert || !anchor)
            return false;
        LedgerRecord r = LedgerRecord::fromCertificate(*cert, *anchor);
        r.application = app;
        r.device = device;
        r.context = u"lab-server"_s;
        r.files = {pem};
        r.source = u"test"_s;
        r.registration = Registration::Registered;
        QByteArray out;
        if (test::openssl({u"x509"_s, u"-in"_s, pem, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s}, &out) != 0)
            return false;
        m_fingerprints.insert(device, QString::fromLatin1(out.trimmed()).section(u'=', 1));
        return bool(ledger.add(r));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = test::isolatedDwbEnvironment(m_dir.filePath(u"home"_s));
        m_env.insert(u"DWB_LEDGER"_s, m_dir.filePath(u"ledger/ledger.sqlite"_s));

        // No ledger yet: dwb makes an empty one and says nothing matches.
        const test::DwbRun empty = dwb({u"certs"_s, u"list"_s});
        QVERIFY2(empty.code == 0, qPrintable(empty.both()));
        QCOMPARE(empty.out.trimmed(), u"No certificates in the ledger match."_s);

        test::OpensslCa lab, demo;
        QVERIFY2(lab.create(m_dir.filePath(u"ca-lab"_s), u"lab"_s), qPrintable(lab.lastError()));
        QVERIFY2(demo.create(m_dir.filePath(u"ca-demo"_s), u"demo"_s), qPrintable(demo.lastError()));
        auto ledger = Ledger::open(m_dir.filePath(u"ledger/ledger.sqlite"_s));
        QVERIFY2(ledger, qPrintable(ledger ? QString() : ledger.error().toString()));
        QVERIFY(record(lab, u"lab"_s, u"old-1"_s, -120, -5, **ledger));       // expired 5 days ago
        QVERIFY(record(lab, u"lab"_s, u"soon-10"_s, -80, 10, **ledger));
        QVERIFY(record(lab, u"lab"_s, u"fine-200"_s, -10, 200, **ledger));
        QVERIFY(record(demo, u"demo"_s, u"soon-25"_s, -60, 25, **ledger));
        QByteArray out;
        QCOMPARE(test::openssl({u"x509"_s, u"-in"_s, lab.anchorPem(), u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s},
                               &out), 0);
        m_labAnchorFp = QString::fromLatin1(out.trimmed()).section(u'=', 1);
    }

    void tableListsAll()
    {
        const test::DwbRun r = dwb({u"certs"_s, u"list"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.first().startsWith(u"APP"_s));
        for (const char *h : {"DEVICE", "SERIAL", "NOT AFTER (UTC)", "DAYS LEFT", "STATE", "ANCHOR", "REGISTRATION"})
            QVERIFY2(lines.first().contains(QLatin1StringView(h)), h);
        QCOMPARE(devicesOf(r.out), (QStringList{u"soon-25"_s, u"fine-200"_s, u"old-1"_s, u"soon-10"_s}));
        const QString old = lines.value(3);
        QVERIFY2(old.contains(u" expired "_s) && old.contains(u" expired"_s), qPrintable(old));
        QVERIFY2(lines.value(4).contains(u" 9 "_s) || lines.value(4).contains(u" 10 "_s), qPrintable(lines.value(4)));
        QVERIFY2(lines.value(4).contains(u"expiring"_s), qPrintable(lines.value(4)));
        QVERIFY2(lines.value(2).contains(u" valid "_s), qPrintable(lines.value(2)));
        QVERIFY(lines.value(2).contains(m_labAnchorFp.left(11)));
        QVERIFY(lines.value(2).contains(u"registered"_s));
    }

    void expiringWithin30()
    {
        const test::DwbRun r = dwb({u"certs"_s, u"list"_s, u"--expiring"_s, u"30"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        qInfo().noquote() << "dwb certs list --expiring 30:\n" << r.out;
        QCOMPARE(devicesOf(r.out), (QStringList{u"soon-25"_s, u"soon-10"_s}));
        const test::DwbRun ten = dwb({u"certs"_s, u"list"_s, u"--expiring"_s, u"15"_s});
        QCOMPARE(devicesOf(ten.out), (QStringList{u"soon-10"_s}));
        const test::DwbRun lab = dwb({u"certs"_s, u"list"_s, u"--app"_s, u"demo"_s, u"--expiring"_s, u"30"_s});
        QCOMPARE(devicesOf(lab.out), (QStringList{u"soon-25"_s}));
    }

    void expiredOnly()
    {
        const test::DwbRun r = dwb({u"certs"_s, u"list"_s, u"--expired"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QCOMPARE(devicesOf(r.out), (QStringList{u"old-1"_s}));
        const test::DwbRun none = dwb({u"certs"_s, u"list"_s, u"--expired"_s, u"--app"_s, u"demo"_s});
        QCOMPARE(none.code, 0);
        QCOMPARE(none.out.trimmed(), u"No certificates in the ledger match."_s);
    }

    void deviceAndAnchorFilters()
    {
        QCOMPARE(devicesOf(dwb({u"certs"_s, u"list"_s, u"--device"_s, u"SOON"_s}).out),
                 (QStringList{u"soon-25"_s, u"soon-10"_s}));
        // a fingerprint's start, with or without colons
        QCOMPARE(devicesOf(dwb({u"certs"_s, u"list"_s, u"--anchor"_s, m_labAnchorFp.left(11)}).out),
                 (QStringList{u"fine-200"_s, u"old-1"_s, u"soon-10"_s}));
        QCOMPARE(devicesOf(dwb({u"certs"_s, u"list"_s, u"--anchor"_s, QString(m_labAnchorFp).remove(u':')}).out),
                 (QStringList{u"fine-200"_s, u"old-1"_s, u"soon-10"_s}));
    }

    void json()
    {
        const test::DwbRun r = dwb({u"certs"_s, u"list"_s, u"--expiring"_s, u"30"_s, u"--expired"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString() + u'\n' + r.out));
        QVERIFY(doc.isArray());
        QMap<QString, QJsonObject> byDevice;
        for (const QJsonValue &v : doc.array())
            byDevice.insert(v[u"device"_s].toString(), v.toObject());
        QCOMPARE(byDevice.keys(), (QStringList{u"old-1"_s, u"soon-10"_s, u"soon-25"_s}));
        QCOMPARE(byDevice[u"old-1"_s][u"state"_s].toString(), u"expired"_s);
        QVERIFY(byDevice[u"old-1"_s][u"daysLeft"_s].toInteger() <= -5);
        QCOMPARE(byDevice[u"soon-10"_s][u"state"_s].toString(), u"expiring"_s);
        QVERIFY(byDevice[u"soon-10"_s][u"daysLeft"_s].toInteger() >= 9);
        QVERIFY(byDevice[u"soon-10"_s][u"daysLeft"_s].toInteger() <= 10);
        QCOMPARE(byDevice[u"soon-25"_s][u"application"_s].toString(), u"demo"_s);
        for (auto it = byDevice.cbegin(); it != byDevice.cend(); ++it) {
            QCOMPARE(it.value()[u"fingerprint"_s].toString(), m_fingerprints.value(it.key()));
            QCOMPARE(it.value()[u"registration"_s].toString(), u"registered"_s);
            QCOMPARE(it.value()[u"context"_s].toString(), u"lab-server"_s);
            const QDateTime notAfter = QDateTime::fromString(it.value()[u"notAfter"_s].toString(), Qt::ISODate);
            QVERIFY(notAfter.isValid());
            QCOMPARE(notAfter.timeSpec(), Qt::UTC);
        }
        QCOMPARE(byDevice[u"soon-10"_s][u"anchorFingerprint"_s].toString(), m_labAnchorFp);
    }

    void csv()
    {
        const test::DwbRun r = dwb({u"certs"_s, u"list"_s, u"-o"_s, u"csv"_s, u"--app"_s, u"lab"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        bool ok = false;
        const QList<QStringList> rows = test::parseCsv(r.out, &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first(), ledgerCsvColumns());
        const qsizetype device = rows.first().indexOf(u"device"_s), state = rows.first().indexOf(u"state"_s),
                        fp = rows.first().indexOf(u"fingerprint"_s), subject = rows.first().indexOf(u"subject"_s);
        QMap<QString, QStringList> byDevice;
        for (qsizetype i = 1; i < rows.size(); ++i)
            byDevice.insert(rows[i].value(device), rows[i]);
        QCOMPARE(byDevice.keys(), (QStringList{u"fine-200"_s, u"old-1"_s, u"soon-10"_s}));
        QCOMPARE(byDevice[u"old-1"_s].value(state), u"expired"_s);
        QCOMPARE(byDevice[u"soon-10"_s].value(state), u"expiring"_s);
        QCOMPARE(byDevice[u"fine-200"_s].value(state), u"valid"_s);
        QCOMPARE(byDevice[u"soon-10"_s].value(fp), m_fingerprints.value(u"soon-10"_s));
        // the subject has commas: quoted in the file, whole after parsing
        QCOMPARE(byDevice[u"soon-10"_s].value(subject), u"CN=soon-10, O=Drogue IoT, OU=lab"_s);
    }

    void usageErrors()
    {
        const test::DwbRun bad = dwb({u"certs"_s, u"list"_s, u"-o"_s, u"yaml"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(u"table, json or csv"_s), qPrintable(bad.both()));
        const test::DwbRun days = dwb({u"certs"_s, u"list"_s, u"--expiring"_s, u"soon"_s});
        QCOMPARE(days.code, 2);
        const test::DwbRun help = dwb({u"help"_s, u"certs"_s, u"list"_s});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(u"--expiring DAYS"_s), qPrintable(help.both()));
    }
};

QTEST_GUILESS_MAIN(TestDwbCertsList)
#include "test_dwb_certs_list.moc"
