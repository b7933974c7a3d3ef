// The device package formats (core/export, issue 22) judged by real tools:
// the C header compiled by gcc into a program whose output equals openssl's
// DER bytes, the NVS CSV read by a small reader entry by entry, the legacy
// PKCS#12 opened by `openssl pkcs12 -legacy` (3DES, SHA-1 MAC) next to the
// modern one (AES-256, SHA-256), the folder verified by `openssl verify`.
#include "core/crypto/Importer.h"
#include "core/export/CHeaderPackageWriter.h"
#include "core/export/DevicePackage.h"
#include "core/export/PackageWriter.h"
#include "core/util/SafeFile.h"
#include "support/OpensslCa.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace dwb;

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportFormats : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::OpensslCa m_ca;
    QString m_certPath, m_keyPath;
    QByteArray m_certDer, m_keyDer, m_keyPem, m_anchorDer;
    QByteArray m_keyPkeyDer; // openssl pkey -outform DER of the original key

    DevicePackage package()
    {
        auto p = DevicePackage::fromFiles(u"lab"_s, u"sensor-1"_s, m_certPath, m_keyPath);
        if (!p)
            qFatal("package: %s", qPrintable(p.error().message));
        Endpoints e;
        e.mqtt = {u"mqtt.example.test"_s, 8883};
        e.http = QUrl(u"https://http.example.test:8443"_s);
        if (Status st = p->setServer(e, m_ca.anchorPem()); !st) // any CA does as the "server's"
            qFatal("server: %s", qPrintable(st.error().message));
        if (Status st = p->setChainFromFile(m_ca.anchorPem()); !st)
            qFatal("chain: %s", qPrintable(st.error().message));
        return *p;
    }

    QList<ExportedFile> exportAs(const QString &format, const QString &out, const QByteArray &pass = {})
    {
        auto w = PackageWriter::create(format);
        if (!w)
            qFatal("no writer %s", qPrintable(format));
        ExportOptions o;
        o.outDir = out;
        if (!pass.isEmpty())
            o.passphrase = std::make_shared<SecretBytes>(pass);
        auto files = exportPackage(*w, package(), o);
        if (!files)
            qFatal("export %s: %s", qPrintable(format), qPrintable(files.error().message));
        return *files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_ca.create(m_dir.filePath(u"ca"_s), u"lab"_s), qPrintable(m_ca.lastError()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_certPath = m_ca.issue(u"sensor-1"_s, now.addDays(-1), now.addDays(30));
        QVERIFY2(!m_certPath.isEmpty(), qPrintable(m_ca.lastError()));
        m_keyPath = m_dir.filePath(u"ca/sensor-1.key"_s);
        // openssl's own bytes, the judges.
        Run r = run(u"openssl"_s, {u"x509"_s, u"-in"_s, m_certPath, u"-outform"_s, u"DER"_s});
        QCOMPARE(r.code, 0);
        m_certDer = r.out;
        // The key as PKCS#8 DER (what the packages hold): `openssl pkey -outform DER`
        // writes an EC key in its traditional (SEC1) form in OpenSSL 3.0, pkcs8 -topk8 as PKCS#8.
        r = run(u"openssl"_s, {u"pkcs8"_s, u"-topk8"_s, u"-nocrypt"_s, u"-in"_s, m_keyPath, u"-outform"_s, u"DER"_s});
        QCOMPARE(r.code, 0);
        m_keyDer = r.out;
        r = run(u"openssl"_s, {u"pkey"_s, u"-in"_s, m_keyPath, u"-outform"_s, u"DER"_s});
        QCOMPARE(r.code, 0);
        m_keyPkeyDer = r.out;
        r = run(u"openssl"_s, {u"pkey"_s, u"-in"_s, m_keyPath});
        QCOMPARE(r.code, 0);
        m_keyPem = r.out;
        r = run(u"openssl"_s, {u"x509"_s, u"-in"_s, m_ca.anchorPem(), u"-outform"_s, u"DER"_s});
        QCOMPARE(r.code, 0);
        m_anchorDer = r.out;
        QVERIFY(!m_certDer.isEmpty() && !m_keyDer.isEmpty());
    }

    void cIdentifiers_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("ident");
        QTest::newRow("dash") << u"sensor-1"_s << u"sensor_1"_s;
        QTest::newRow("digit") << u"7up"_s << u"dev_7up"_s;
        QTest::newRow("upper, dot, umlaut") << u"Küche.2"_s << u"k_che_2"_s;
        QTest::newRow("underscore first") << u"_x"_s << u"dev__x"_s;
        QTest::newRow("subject-like") << u"CN=gw 2, O=Drogue"_s << u"cn_gw_2__o_drogue"_s;
    }
    void cIdentifiers()
    {
        QFETCH(QString, device);
        QFETCH(QString, ident);
        QCOMPARE(CHeaderPackageWriter::cIdentifier(device), ident);
    }

    // gcc compiles a program with the header; what it prints equals openssl's bytes.
    void cHeaderCompiles()
    {
        const QString out = m_dir.filePath(u"c-header"_s);
        const auto files = exportAs(u"c-header"_s, out);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().holdsKey);
        QCOMPARE(QFileInfo(files.first().path).fileName(), u"sensor_1.h"_s);
        QCOMPARE(modeOf(files.first().path), 0600);
        const QString prog = out + u"/main.c"_s;
        const QByteArray c =
            "#include <stdio.h>\n"
            "#include \"sensor_1.h\"\n"
            "#include \"sensor_1.h\" /* the guard holds */\n"
            "static void hex(const char *n, const unsigned char *b, unsigned int len) {\n"
            "  printf(\"%s \", n); for (unsigned int i = 0; i < len; ++i) printf(\"%02x\", b[i]); printf(\"\\n\");\n"
            "}\n"
            "int main(void) {\n"
            "  hex(\"cert\", sensor_1_cert_der, sensor_1_cert_der_len);\n"
            "  hex(\"key\", sensor_1_key_der, sensor_1_key_der_len);\n"
            "  hex(\"ca\", sensor_1_ca_der, sensor_1_ca_der_len);\n"
            "  hex(\"anchor\", sensor_1_anchor_der, sensor_1_anchor_der_len);\n"
            "  if (sizeof sensor_1_cert_der != sensor_1_cert_der_len) return 3;\n"
            "  printf(\"%s|%s|%s|%d|%s\\n\", SENSOR_1_APPLICATION, SENSOR_1_DEVICE, SENSOR_1_MQTT_HOST,\n"
            "         SENSOR_1_MQTT_PORT, SENSOR_1_HTTP_URL);\n"
            "  fputs(sensor_1_cert_pem, stdout); fputs(sensor_1_key_pem, stdout);\n"
            "  (void)sensor_1_ca_pem; (void)sensor_1_anchor_pem;\n"
            "  return 0;\n"
            "}\n";
        QVERIFY(writeFileAtomically(prog, c));
        const QString exe = out + u"/print"_s;
        Run r = run(u"gcc"_s, {u"-std=c99"_s, u"-Wall"_s, u"-Wextra"_s, u"-Werror"_s, u"-pedantic"_s, u"-I"_s, out,
                               prog, u"-o"_s, exe});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run(exe, {});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY(lines.size() > 5);
        QCOMPARE(lines.at(0), "cert " + m_certDer.toHex());
        QCOMPARE(lines.at(1), "key " + m_keyDer.toHex());
        QCOMPARE(lines.at(2), "ca " + m_anchorDer.toHex());
        QCOMPARE(lines.at(3), "anchor " + m_anchorDer.toHex());
        QCOMPARE(lines.at(4), QByteArray("lab|sensor-1|mqtt.example.test|8883|https://http.example.test:8443"));
        const QByteArray pems = lines.mid(5).join('\n');
        QCOMPARE(pems, fileBytes(m_certPath) + m_keyPem);
    }

    // A small reader of the NVS partition generator's CSV checks every entry.
    void nvsCsv()
    {
        const QString out = m_dir.filePath(u"nvs"_s);
        const auto files = exportAs(u"nvs-csv"_s, out);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().holdsKey);
        QCOMPARE(modeOf(files.first().path), 0600);
        const QList<QByteArray> lines = fileBytes(files.first().path).split('\n');
        QCOMPARE(lines.first(), QByteArray("key,type,encoding,value"));
        QString ns;
        QMap<QString, QPair<QByteArray, QByteArray>> entries; // key -> (encoding, value)
        for (const QByteArray &line : lines.mid(1)) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> f = line.split(',');
            QCOMPARE(f.size(), 4); // no value here needs quoting
            QVERIFY2(f.at(0).size() <= 15, f.at(0).constData()); // NVS key length limit
            if (f.at(1) == "namespace") {
                QVERIFY(f.at(2).isEmpty() && f.at(3).isEmpty());
                ns = QString::fromLatin1(f.at(0));
                continue;
            }
            QVERIFY2(!ns.isEmpty(), "an entry before the namespace row");
            QCOMPARE(f.at(1), QByteArray("data"));
            QVERIFY2(QList<QByteArray>({"string", "u16", "base64"}).contains(f.at(2)), f.at(2).constData());
            entries.insert(QString::fromLatin1(f.at(0)), {f.at(2), f.at(3)});
        }
        QCOMPARE(ns, u"drogue"_s);
        auto b64 = [&](const char *k) {
            const auto e = entries.value(QString::fromLatin1(k));
            return e.first == "base64" ? QByteArray::fromBase64(e.second, QByteArray::AbortOnBase64DecodingErrors)
                                       : QByteArray("not base64");
        };
        QCOMPARE(entries.value(u"app"_s), qMakePair(QByteArray("string"), QByteArray("lab")));
        QCOMPARE(entries.value(u"device"_s), qMakePair(QByteArray("string"), QByteArray("sensor-1")));
        QCOMPARE(entries.value(u"channel"_s), qMakePair(QByteArray("string"), QByteArray("temp")));
        QCOMPARE(entries.value(u"mqtt_host"_s), qMakePair(QByteArray("string"), QByteArray("mqtt.example.test")));
        QCOMPARE(entries.value(u"mqtt_port"_s), qMakePair(QByteArray("u16"), QByteArray("8883")));
        QCOMPARE(entries.value(u"http_url"_s),
                 qMakePair(QByteArray("string"), QByteArray("https://http.example.test:8443")));
        QCOMPARE(b64("cert"), m_certDer);
        QCOMPARE(b64("key"), m_keyDer);
        QCOMPARE(b64("ca"), m_anchorDer);
        QCOMPARE(b64("anchor"), m_anchorDer);
        QCOMPARE(entries.size(), 10);
    }

    // openssl pkcs12 -legacy opens it and names 3DES and SHA-1; the modern writer stays AES-256.
    void pkcs12LegacyAndModern()
    {
        const QString out = m_dir.filePath(u"p12"_s);
        const auto files = exportAs(u"p12-legacy"_s, out, "s3cret pass");
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().holdsKey);
        QCOMPARE(modeOf(files.first().path), 0600);
        Run r = run(u"openssl"_s, {u"pkcs12"_s, u"-legacy"_s, u"-info"_s, u"-nokeys"_s, u"-in"_s, files.first().path,
                                   u"-passin"_s, u"pass:s3cret pass"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray info = r.out + r.err;
        qInfo().noquote() << "p12-legacy:" << QString::fromUtf8(r.err).trimmed().replace(u'\n', u"; "_s);
        QVERIFY2(info.contains("MAC: sha1,"), info.constData());
        QVERIFY2(info.contains("Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC"), info.constData());
        QVERIFY2(info.contains("PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC"), info.constData());
        // No AES anywhere in what openssl says of the encryption: the
        // certificate's PEM it prints is left out (its base64 can spell "AES").
        QByteArray described;
        bool inPem = false;
        for (const QByteArray &line : info.split('\n')) {
            if (line.startsWith("-----BEGIN"))
                inPem = true;
            if (!inPem)
                described += line + '\n';
            if (line.startsWith("-----END"))
                inPem = false;
        }
        QVERIFY2(!described.contains("AES"), described.constData());
        // Wrong passphrase: refused.
        r = run(u"openssl"_s, {u"pkcs12"_s, u"-legacy"_s, u"-info"_s, u"-nokeys"_s, u"-in"_s, files.first().path,
                               u"-passin"_s, u"pass:wrong"_s});
        QVERIFY(r.code != 0);
        // The key and certificate come back through the project's importer too.
        auto bundle = importData(fileBytes(files.first().path), SecretBytes(QByteArray("s3cret pass")));
        QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
        QCOMPARE(bundle->certificates().first().toDer(), m_certDer);

        // The modern writer (the wizard's PKCS#12) is unchanged: AES-256-CBC, SHA-256 MAC.
        const DevicePackage p = package();
        auto modern = exportPkcs12(p.key, p.certificate, p.chain, SecretBytes(QByteArray("s3cret pass")));
        QVERIFY(modern.ok());
        const QString modernPath = out + u"/modern.p12"_s;
        QVERIFY(writeFileAtomically(modernPath, *modern, FileMode::Secret));
        r = run(u"openssl"_s, {u"pkcs12"_s, u"-info"_s, u"-nokeys"_s, u"-in"_s, modernPath, u"-passin"_s,
                               u"pass:s3cret pass"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray minfo = r.out + r.err;
        QVERIFY2(minfo.contains("MAC: sha256,"), minfo.constData());
        QVERIFY2(minfo.contains("AES-256-CBC"), minfo.constData());
        QVERIFY(!minfo.contains("TripleDES"));
    }

    void p12LegacyNeedsPassphrase()
    {
        auto w = PackageWriter::create(u"p12-legacy"_s);
        ExportOptions o;
        o.outDir = m_dir.filePath(u"p12-none"_s);
        auto files = exportPackage(*w, package(), o);
        QVERIFY(!files.ok());
        QCOMPARE(files.error().code, ErrorCode::NeedsPassphrase);
        QVERIFY(!QFileInfo::exists(o.outDir));
    }

    // The folder's files verify with openssl; key files 0600; nothing overwritten.
    void folderVerifies()
    {
        const QString out = m_dir.filePath(u"folder"_s);
        const auto files = exportAs(u"folder"_s, out);
        QStringList names, keyNames;
        for (const ExportedFile &f : files) {
            names << QFileInfo(f.path).fileName();
            QCOMPARE(modeOf(f.path), f.holdsKey ? 0600 : 0644);
            if (f.holdsKey)
                keyNames << QFileInfo(f.path).fileName();
        }
        QCOMPARE(keyNames, QStringList({u"sensor-1.key"_s, u"sensor-1.key.der"_s}));
        for (const char *n : {"sensor-1.pem", "sensor-1.der", "chain.pem", "server-ca.pem", "endpoints.json"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
        QCOMPARE(modeOf(out), 0700);
        Run r = run(u"openssl"_s, {u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s,
                                   out + u"/chain.pem"_s, out + u"/sensor-1.pem"_s});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains(": OK"));
        QCOMPARE(fileBytes(out + u"/sensor-1.der"_s), m_certDer);
        QCOMPARE(fileBytes(out + u"/sensor-1.key.der"_s), m_keyDer);
        // The same key for openssl: pkey of the written PEM and DER equal pkey of the original.
        r = run(u"openssl"_s, {u"pkey"_s, u"-in"_s, out + u"/sensor-1.key"_s, u"-outform"_s, u"DER"_s});
        QCOMPARE(r.out, m_keyPkeyDer);
        r = run(u"openssl"_s, {u"pkey"_s, u"-inform"_s, u"DER"_s, u"-in"_s, out + u"/sensor-1.key.der"_s,
                               u"-outform"_s, u"DER"_s});
        QCOMPARE(r.out, m_keyPkeyDer);
        const QJsonObject ep = QJsonDocument::fromJson(fileBytes(out + u"/endpoints.json"_s)).object();
        QCOMPARE(ep.value("application"_L1).toString(), u"lab"_s);
        QCOMPARE(ep.value("device"_L1).toString(), u"sensor-1"_s);
        QCOMPARE(ep.value("mqtt"_L1).toObject().value("port"_L1).toInt(), 8883);
        QCOMPARE(ep.value("http"_L1).toObject().value("host"_L1).toString(), u"http.example.test"_s);
        QCOMPARE(ep.value("http"_L1).toObject().value("port"_L1).toInt(), 8443);
        // A second export into the same folder is refused before anything is written.
        auto w = PackageWriter::create(u"folder"_s);
        ExportOptions o;
        o.outDir = out;
        auto again = exportPackage(*w, package(), o);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    }

    void drogueToml()
    {
        const QString out = m_dir.filePath(u"toml"_s);
        const auto files = exportAs(u"drogue-toml"_s, out);
        QCOMPARE(files.size(), 1);
        QVERIFY(!files.first().holdsKey);
        QCOMPARE(QFileInfo(files.first().path).fileName(), u"config.toml"_s);
        QMap<QString, QString> keys;
        for (const QByteArray &line : fileBytes(files.first().path).split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype eq = line.indexOf(" = ");
            QVERIFY2(eq > 0, line.constData());
            const QByteArray v = line.mid(eq + 3);
            QVERIFY2(v.startsWith('"') && v.endsWith('"'), line.constData()); // drogue-device reads strings
            keys.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(v.mid(1).chopped(1)));
        }
        QCOMPARE(keys.value(u"hostname"_s), u"http.example.test"_s);
        QCOMPARE(keys.value(u"port"_s), u"8443"_s);
        QCOMPARE(keys.value(u"username"_s), u"sensor-1@lab"_s);
        QCOMPARE(keys.size(), 3);
        QVERIFY(!fileBytes(files.first().path).contains("PRIVATE KEY"));
    }

    void mismatchedKeyRefused()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!m_ca.issue(u"other"_s, now.addDays(-1), now.addDays(3)).isEmpty());
        auto p = DevicePackage::fromFiles(u"lab"_s, u"sensor-1"_s, m_certPath, m_dir.filePath(u"ca/other.key"_s));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, ErrorCode::Mismatch);
        QVERIFY2(p.error().message.contains(u"other.key"_s), qPrintable(p.error().message));
    }
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "test_export_formats.moc"
