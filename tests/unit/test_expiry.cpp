// Expiry at a glance (core/ledger/ExpiryReport, LedgerCsv, ExpirySettings):
// the state of a date against the warning window at its edges, the words
// "expires in 12 days" / "expired 3 days ago", the report's counts (a ledger
// anchor the server also reported counted once) and its sentence; the CSV
// of real certificates read back by an RFC 4180 reader: header, quoted
// commas, quotes and line breaks, ISO 8601 UTC dates, CRLF ends; the
// warning window setting's default and bounds.
#include "core/crypto/Profiles.h"
#include "core/ledger/ExpiryReport.h"
#include "core/ledger/ExpirySettings.h"
#include "core/ledger/LedgerCsv.h"
#include "support/CsvParse.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dwb;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2027, 3, 1), QTime(12, 0), QTimeZone::utc());

LedgerRecord device(const QString &app, const QString &name, const QDateTime &notAfter)
{
    LedgerRecord r;
    r.application = app;
    r.device = name;
    r.fingerprint = u"FP:"_s + app + u':' + name;
    r.notBefore = notAfter.addDays(-90);
    r.notAfter = notAfter;
    return r;
}

} // namespace

class TestExpiry : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        QStandardPaths::setTestModeEnabled(false);
    }

    void stateAtTheEdges()
    {
        QCOMPARE(expiryState(kNow, 30, kNow), ExpiryState::Expired);               // notAfter == now
        QCOMPARE(expiryState(kNow.addSecs(-1), 30, kNow), ExpiryState::Expired);
        QCOMPARE(expiryState(kNow.addSecs(1), 30, kNow), ExpiryState::Expiring);
        QCOMPARE(expiryState(kNow.addDays(30), 30, kNow), ExpiryState::Expiring);   // the window's last second
        QCOMPARE(expiryState(kNow.addDays(30).addSecs(1), 30, kNow), ExpiryState::Valid);
        QCOMPARE(expiryState(kNow.addDays(12), 10, kNow), ExpiryState::Valid);
        QCOMPARE(expiryStateName(ExpiryState::Expiring), u"expiring"_s);
        QCOMPARE(expiryStateName(ExpiryState::Expired), u"expired"_s);
        QCOMPARE(expiryStateName(ExpiryState::Valid), u"valid"_s);
    }

    void words()
    {
        QCOMPARE(expiryText(kNow.addDays(12).addSecs(3600), kNow), u"expires in 12 days"_s);
        QCOMPARE(expiryText(kNow.addDays(1), kNow), u"expires in 1 day"_s);
        QCOMPARE(expiryText(kNow.addSecs(3600), kNow), u"expires today"_s);
        QCOMPARE(expiryText(kNow.addSecs(-3600), kNow), u"expired today"_s);
        QCOMPARE(expiryText(kNow.addDays(-1).addSecs(-5), kNow), u"expired 1 day ago"_s);
        QCOMPARE(expiryText(kNow.addDays(-3).addSecs(-60), kNow), u"expired 3 days ago"_s);
    }

    void reportCountsAndSentence()
    {
        const QList<LedgerRecord> records = {
            device(u"lab"_s, u"a"_s, kNow.addDays(5)),   device(u"lab"_s, u"b"_s, kNow.addDays(29)),
            device(u"lab"_s, u"c"_s, kNow.addDays(-2)),  device(u"lab"_s, u"d"_s, kNow.addDays(200)),
        };
        const QList<AnchorExpiry> anchors = {{u"lab"_s, u"CN=lab"_s, u"AA:01"_s, kNow.addDays(10)},
                                             {u"demo"_s, u"CN=demo"_s, u"AA:02"_s, kNow.addDays(400)}};
        const ExpiryReport r = ExpiryReport::make(records, anchors, 30, kNow);
        QCOMPARE(r.expiringDevices().size(), 2);
        QCOMPARE(r.expiringDevices().at(0).device, u"a"_s);
        QCOMPARE(r.expiredDevices().size(), 1);
        QCOMPARE(r.expiredDevices().at(0).device, u"c"_s);
        QCOMPARE(r.expiringAnchors().size(), 1);
        QCOMPARE(r.expiredAnchors().size(), 0);
        QCOMPARE(r.expiringCount(), 3);
        QCOMPARE(r.expiredCount(), 1);
        QCOMPARE(r.sentence(), u"2 device certificates and the trust anchor of lab expire within 30 days; "
                               "1 has expired."_s);

        // A narrower window: only "a" expires within it.
        const ExpiryReport narrow = ExpiryReport::make(records, {}, 7, kNow);
        QCOMPARE(narrow.expiringCount(), 1);
        QCOMPARE(narrow.sentence(), u"1 device certificate expires within 7 days; 1 has expired."_s);

        // Nothing at all
        const ExpiryReport none = ExpiryReport::make({records.at(3)}, {anchors.at(1)}, 30, kNow);
        QVERIFY(none.isEmpty());
        QCOMPARE(none.sentence(), u"Nothing expires within 30 days."_s);

        // Only expired ones: the sentence names them
        const ExpiryReport expired = ExpiryReport::make(
            {records.at(2)}, {{u"lab"_s, u"CN=lab"_s, u"AA:01"_s, kNow.addDays(-1)}}, 30, kNow);
        QCOMPARE(expired.sentence(), u"1 device certificate and the trust anchor of lab have expired."_s);
    }

    void anchorsOnceAndByApplication()
    {
        // The ledger's anchor record of lab is the anchor the server reported: counted once.
        LedgerRecord labAnchor = device(u"lab"_s, QString(), kNow.addDays(10));
        labAnchor.kind = LedgerKind::Anchor;
        labAnchor.fingerprint = u"AA:01"_s;
        LedgerRecord otherAnchor = labAnchor;
        otherAnchor.fingerprint = u"AA:03"_s;
        otherAnchor.application = u"demo"_s;
        const QList<AnchorExpiry> server = {{u"lab"_s, u"CN=lab"_s, u"AA:01"_s, kNow.addDays(10)},
                                            {u"lab"_s, u"CN=lab2"_s, u"AA:04"_s, kNow.addDays(3)}};
        const ExpiryReport r = ExpiryReport::make({labAnchor, otherAnchor}, server, 30, kNow);
        QCOMPARE(r.expiringAnchors().size(), 3);
        QCOMPARE(r.expiringDevices().size(), 0);
        QCOMPARE(r.sentence(), u"3 trust anchors of demo and lab expire within 30 days."_s);
        const ExpiryReport two = ExpiryReport::make({otherAnchor}, {server.at(0)}, 30, kNow);
        QCOMPARE(two.sentence(), u"The trust anchors of demo and lab expire within 30 days."_s);
    }

    void csvOfRealCertificates()
    {
        auto caKey = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(caKey.ok());
        auto ca = createTrustAnchor(u"lab"_s, *caKey);
        QVERIFY(ca.ok());
        auto key = PrivateKey::generate(KeyAlgorithm::Ed25519);
        QVERIFY(key.ok());
        auto cert = issueDeviceCertificate(u"sensor-1"_s, u"lab"_s, *key, *caKey, *ca, 20);
        QVERIFY(cert.ok());

        LedgerRecord a = LedgerRecord::fromCertificate(*cert, *ca);
        a.id = 7;
        a.application = u"lab"_s;
        a.device = u"sensor-1"_s;
        a.files = {u"/tmp/a b/sensor-1.pem"_s, u"/tmp/sensor-1.key"_s};
        a.registration = Registration::Failed;
        a.registrationDetail = u"the server said: \"no\",\nthen closed"_s;  // quote, comma, newline
        LedgerRecord b = a;
        b.id = 8;
        b.device = u"odd,name"_s;
        b.subject = u"CN=odd\\,name, O=\"Drogue, IoT\", OU=lab"_s;
        b.notAfter = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        b.replaces = 7;

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray csv = ledgerCsv({a, b}, 30, now);
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(csv.startsWith(QByteArray(ledgerCsvColumns().join(u',').toUtf8() + "\r\n")));
        bool ok = false;
        const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(csv), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        QCOMPARE(header, ledgerCsvColumns());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        auto col = [&](int row, const char *name) { return rows.at(row).at(header.indexOf(QLatin1StringView(name))); };
        QCOMPARE(col(1, "id"), u"7"_s);
        QCOMPARE(col(1, "kind"), u"device"_s);
        QCOMPARE(col(1, "device"), u"sensor-1"_s);
        QCOMPARE(col(1, "subject"), cert->subjectString());
        QCOMPARE(col(1, "fingerprint"), a.fingerprint);
        QCOMPARE(col(1, "anchor_fingerprint"), a.anchorFingerprint);
        QVERIFY(!a.anchorFingerprint.isEmpty());
        QCOMPARE(col(1, "serial"), cert->serialHex());
        QCOMPARE(col(1, "registration"), u"failed"_s);
        QCOMPARE(col(1, "registration_detail"), a.registrationDetail);
        QCOMPARE(col(1, "files"), u"/tmp/a b/sensor-1.pem;/tmp/sensor-1.key"_s);
        QCOMPARE(col(1, "state"), u"expiring"_s);
        QCOMPARE(col(1, "days_left"), QString::number(a.daysLeft(now)));
        QCOMPARE(col(1, "key_algorithm"), u"ed25519"_s);
        // ISO 8601, UTC, to the second
        const QString notAfter = col(1, "not_after");
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s).match(notAfter).hasMatch(),
                 qPrintable(notAfter));
        QCOMPARE(QDateTime::fromString(notAfter, Qt::ISODate), cert->notAfter());
        QCOMPARE(col(2, "device"), u"odd,name"_s);
        QCOMPARE(col(2, "subject"), b.subject);
        QCOMPARE(col(2, "not_after"), u"2020-01-02T03:04:05Z"_s);
        QCOMPARE(col(2, "state"), u"expired"_s);
        QCOMPARE(col(2, "replaces"), u"7"_s);
        QCOMPARE(col(1, "replaces"), QString());
        // the raw text quotes exactly what must be quoted
        QVERIFY(csv.contains("\"odd,name\""));
        QVERIFY(csv.contains("\"the server said: \"\"no\"\",\nthen closed\""));
        QCOMPARE(csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(csvField(u"a\rb"_s), u"\"a\rb\""_s);
    }

    void warningWindowSetting()
    {
        QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).remove(u"certificates/warningDays"_s);
        QCOMPARE(expiryWarningDays(), 30);
        setExpiryWarningDays(14);
        QCOMPARE(expiryWarningDays(), 14);
        setExpiryWarningDays(0);
        QCOMPARE(expiryWarningDays(), 1);
        setExpiryWarningDays(100000);
        QCOMPARE(expiryWarningDays(), kMaxExpiryWarningDays);
        QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).setValue(u"certificates/warningDays"_s, u"soon"_s);
        QCOMPARE(expiryWarningDays(), 30);
    }
};

QTEST_GUILESS_MAIN(TestExpiry)
#include "test_expiry.moc"
