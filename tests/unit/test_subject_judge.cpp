// The Drogue subject string judged from outside: tests/support/drogue_subject.py
// is a second implementation written from the rules of x509-parser 0.14 (the
// crate Drogue Cloud prints subjects with; docs/drogue-contract.md section 5),
// walking the DER itself. Over a table of certificates made by the openssl
// command line (and a few names encoded by the script), the project's
// Certificate::subjectString() (enrollment aliases, the sandbox and its broker
// plugin) must give the judge's string and the string written down here.
#include "core/crypto/Certificate.h"
#include "core/crypto/DrogueName.h"
#include "support/TestEnv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dwb;

namespace {

struct Row {
    const char *tag;
    QString subj;           // openssl req -subj; empty: spliced name
    QStringList options;    // more openssl req options
    QString stringMask;     // the [req] string_mask
    QByteArray nameHex;     // DER name for the splice (when subj is empty)
    QString expected;       // the rules applied by hand
};

const QString kInvalid = QString::fromLatin1(kDrogueInvalidName);

QList<Row> rows()
{
    const QString nul(QChar(0));
    return {
        {"drg device", u"/CN=dev1/O=Drogue IoT/OU=app"_s, {}, {}, {}, u"CN=dev1, O=Drogue IoT, OU=app"_s},
        {"multi-valued RDN", u"/O=Org/CN=a+OU=b+C=DE/L=Town"_s, {u"-multivalue-rdn"_s}, {}, {},
         u"O=Org, CN=a + OU=b + C=DE, L=Town"_s},
        {"multi-valued, emailAddress", u"/CN=x+emailAddress=ops@example.com/O=Org"_s, {u"-multivalue-rdn"_s}, {},
         {}, u"CN=x + Email=ops@example.com, O=Org"_s},
        {"emailAddress", u"/CN=x/emailAddress=ops@example.com"_s, {}, {}, {}, u"CN=x, Email=ops@example.com"_s},
        {"serialNumber", u"/serialNumber=SN-0042/CN=x"_s, {}, {}, {}, u"serialNumber=SN-0042, CN=x"_s},
        {"DC", u"/DC=com/DC=example/CN=x"_s, {}, {}, {}, u"DC=com, DC=example, CN=x"_s},
        {"UID", u"/UID=jdoe/CN=x"_s, {}, {}, {}, u"uid=jdoe, CN=x"_s},
        {"unknown OID", u"/CN=x/testAttr=hello"_s, {}, {}, {}, u"CN=x, OID(1.3.6.1.4.1.99999.1)=hello"_s},
        {"other X.520 names",
         u"/title=Dr/SN=Doe/GN=Jane/street=Main St 1/postalCode=80331/L=Munich/ST=Bavaria/C=DE/description=lab/dnQualifier=q1"_s,
         {}, {}, {},
         u"title=Dr, surname=Doe, givenName=Jane, streetAddress=Main St 1, postalCode=80331, L=Munich, ST=Bavaria, "
         u"C=DE, description=lab, dnQualifier=q1"_s},
        {"names OpenSSL knows, Drogue not", u"/pseudonym=nick/jurisdictionC=DE/organizationIdentifier=VATDE-123/CN=x"_s,
         {}, {}, {}, u"OID(2.5.4.65)=nick, msJurisdictionCountry=DE, OID(2.5.4.97)=VATDE-123, CN=x"_s},
        {"BMPString, ASCII", u"/CN=Ab/O=Org"_s, {}, u"MASK:0x800"_s, {},
         u"CN="_s + nul + u"A"_s + nul + u"b, O="_s + nul + u"O"_s + nul + u"r"_s + nul + u"g"_s},
        {"BMPString, euro sign", u"/CN=\u20acuro"_s, {u"-utf8"_s}, u"MASK:0x800"_s, {}, kInvalid},
        {"TeletexString, ASCII", u"/CN=Tx/O=Org"_s, {}, u"MASK:0x4"_s, {}, u"CN=Tx, O=Org"_s},
        {"TeletexString, Latin-1", u"/CN=Ger\u00e4t"_s, {u"-utf8"_s}, u"MASK:0x4"_s, {}, kInvalid},
        {"NumericString", u"/CN=x/testNum=12345"_s, {}, u"default"_s, {}, u"CN=x, OID(1.3.6.1.4.1.99999.2)=12345"_s},
        {"comma, plus, equals", u"/CN=a, b \\+ c = d/O=x=y;z"_s, {}, {}, {}, u"CN=a, b + c = d, O=x=y;z"_s},
        {"UTF-8", u"/CN=Ger\u00e4t M\u00fcnchen/O=\u03a9mega \U0001F600"_s, {u"-utf8"_s}, {}, {},
         u"CN=Ger\u00e4t M\u00fcnchen, O=\u03a9mega \U0001F600"_s},
        {"BIT STRING (DER)", {}, {}, {}, "300e310c300a060355042d0303000a0b", u"uniqueIdentifier=000A0B"_s},
        {"SEQUENCE (DER)", {}, {}, {}, "300e310c300a06035504033003020105", u"CN=020105"_s},
        // openssl req never writes a UniversalString (not in DirectoryString's mask).
        {"UniversalString (DER)", {}, {}, {}, "30133111300f06035504031c080000004100000042", u"CN=0000004100000042"_s},
        {"ObjectDescriptor (DER)", {}, {}, {}, "300d310b3009060355040307026f64", u"CN=od"_s},
        {"NUL in UTF8String (DER)", {}, {}, {}, "300e310c300a06035504030c03610062", u"CN=a"_s + nul + u"b"_s},
    };
}

// Control characters made visible for the printed table.
QString visible(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out += c.unicode() < 0x20 ? u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0')) : QString(c);
    return out;
}

QString fileFor(const Row &row)
{
    QString name = QString::fromLatin1(row.tag);
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = u'_';
    }
    return name + (row.subj.isEmpty() ? u".der"_s : u".pem"_s);
}

} // namespace

class TestSubjectJudge : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QMap<QString, QJsonObject> m_judged; // file -> {subject, issuer}

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString judge = dwb::test::sourceDir() + u"/tests/support/drogue_subject.py"_s;
        QByteArray out, err;
        QVERIFY2(dwb::test::run(u"python3"_s, {u"-c"_s, u"import cryptography.x509"_s}, &out, &err) == 0,
                 "python3 with cryptography is needed: install the Debian package python3-cryptography");
        QCOMPARE(dwb::test::openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                                     u"ec_paramgen_curve:P-256"_s, u"-out"_s, path(u"key.pem"_s)}),
                 0);
        QStringList files;
        QString templ;
        for (const Row &row : rows()) {
            const QString file = path(fileFor(row));
            if (row.subj.isEmpty()) {
                QVERIFY(!templ.isEmpty());
                QVERIFY2(dwb::test::run(u"python3"_s, {judge, u"splice"_s, templ, QString::fromLatin1(row.nameHex), file},
                                        &out, &err) == 0,
                         err.constData());
            } else {
                // Attribute types for OIDs OpenSSL has no name for, and the string types it may use.
                QByteArray config = "oid_section = oids\n[oids]\ntestAttr = 1.3.6.1.4.1.99999.1\n"
                                    "testNum = 1.3.6.1.4.1.99999.2\n[req]\ndistinguished_name = dn\n";
                if (!row.stringMask.isEmpty())
                    config += "string_mask = " + row.stringMask.toLatin1() + '\n';
                config += "[dn]\n";
                QVERIFY(dwb::test::writeFile(path(u"req.cnf"_s), config));
                QVERIFY2(dwb::test::openssl(QStringList{u"req"_s, u"-x509"_s, u"-new"_s, u"-config"_s, path(u"req.cnf"_s),
                                                        u"-key"_s, path(u"key.pem"_s), u"-days"_s, u"2"_s, u"-subj"_s,
                                                        row.subj, u"-out"_s, file}
                                                + row.options,
                                            nullptr, &err)
                             == 0,
                         row.tag);
                if (templ.isEmpty())
                    templ = file;
            }
            files << file;
        }
        QVERIFY2(dwb::test::run(u"python3"_s, QStringList{judge} + files, &out, &err) == 0, err.constData());
        for (const QByteArray &line : out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            m_judged.insert(o.value(u"file"_s).toString(), o);
        }
        QCOMPARE(m_judged.size(), files.size());
    }

    void table_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        for (const Row &row : rows())
            QTest::newRow(row.tag) << path(fileFor(row)) << row.expected;
    }

    void table()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QByteArray data = dwb::test::readFile(file);
        auto cert = data.startsWith("-----") ? Certificate::fromPem(data) : Certificate::fromDer(data);
        QVERIFY2(cert, qPrintable(cert ? QString() : cert.error().toString()));
        const QJsonObject judged = m_judged.value(file);
        const QString judge = judged.value(u"subject"_s).toString();
        const QString project = cert->subjectString();
        qInfo().noquote() << u"%1 | judge: %2 | project: %3"_s.arg(QString::fromLatin1(QTest::currentDataTag()),
                                                                  visible(judge), visible(project));
        QCOMPARE(project, judge);
        QCOMPARE(project, expected);
        QCOMPARE(cert->issuerString(), judged.value(u"issuer"_s).toString());
    }
};

QTEST_GUILESS_MAIN(TestSubjectJudge)
#include "test_subject_judge.moc"
