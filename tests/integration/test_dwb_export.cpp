// dwb export against the real drogue-sandbox: a device enrolled with dwb is
// exported with the endpoints, the server's CA and the anchor the sandbox
// announces (discovery, the application's anchors); a batch folder made by
// dwb enroll-batch is exported device by device with --batch-dir; the
// errors: an unknown format, an unreadable key, an existing file.
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Run = dwb::test::DwbRun;

class TestDwbExport : public QObject {
    Q_OBJECT
private:
    dwb::test::Sandbox m_sb;
    QTemporaryDir m_tmp;
    QTemporaryDir m_home;

    QString file(const QString &name) const { return m_tmp.filePath(name); }
    Run dwb(const QStringList &args, bool withSandbox = true)
    {
        return dwb::test::runDwb(withSandbox ? m_sb.dwbArgs() + args : args,
                                 dwb::test::isolatedDwbEnvironment(m_home.path()));
    }
    static int mode(const QString &path)
    {
        struct stat st {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    }
    static int verify(const QString &chain, const QString &cert, QByteArray *said)
    {
        QByteArray out, err;
        const int rc = dwb::test::run(u"openssl"_s, {u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s,
                                                    u"-CAfile"_s, chain, cert},
                                      &out, &err);
        *said = out + err;
        return rc;
    }
    QStringList exportArgs(const QString &format, const QString &out) const
    {
        return {u"export"_s, u"dev1"_s, u"--app"_s, u"lab"_s, u"--cert"_s, file(u"dev1.pem"_s), u"--key"_s,
                file(u"dev1.key"_s), u"--format"_s, format, u"--out"_s, out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_home.isValid());
        QVERIFY2(m_sb.start({u"--no-broker"_s}), qPrintable(m_sb.errorString()));
        QCOMPARE(dwb({u"create"_s, u"app"_s, u"lab"_s}).code, 0);
        Run r = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--key-output"_s, file(u"ca.key"_s), u"--cert-output"_s,
                     file(u"ca.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        r = dwb({u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--out"_s,
                 file(u"dev1.pem"_s), u"--key-output"_s, file(u"dev1.key"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
    }

    // Online: endpoints, server CA and anchor from the sandbox.
    void folderFromServer()
    {
        const QString out = file(u"pkg"_s);
        const Run r = dwb(exportArgs(u"folder"_s, out));
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"dev1.key  (holds the private key, mode 0600)"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"PRIVATE KEY"_s) && !r.err.contains(u"PRIVATE KEY"_s), "key material on the console");
        QCOMPARE(mode(out + u"/dev1.key"_s), 0600);
        QCOMPARE(mode(out + u"/dev1.key.der"_s), 0600);
        QCOMPARE(mode(out + u"/dev1.pem"_s), 0644);
        QByteArray said;
        QVERIFY2(verify(out + u"/chain.pem"_s, out + u"/dev1.pem"_s, &said) == 0, said.constData());
        QFile chain(out + u"/chain.pem"_s), ca(file(u"ca.pem"_s));
        QVERIFY(chain.open(QIODevice::ReadOnly) && ca.open(QIODevice::ReadOnly));
        QCOMPARE(chain.readAll(), ca.readAll()); // the anchor the sandbox holds for lab
        // The server's CA is the sandbox's local CA, as the connection uses it.
        QVERIFY(QFileInfo::exists(out + u"/server-ca.pem"_s));
        QFile ep(out + u"/endpoints.json"_s);
        QVERIFY(ep.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(ep.readAll()).object();
        const QJsonObject announced = m_sb.info().value("endpoints"_L1).toObject();
        QCOMPARE(o.value("application"_L1).toString(), u"lab"_s);
        QCOMPARE(o.value("device"_L1).toString(), u"dev1"_s);
        QVERIFY2(o.value("mqtt"_L1).toObject().value("port"_L1).toInt() > 0, ep.fileName().toUtf8().constData());
        if (announced.contains("mqtt"_L1))
            QCOMPARE(o.value("mqtt"_L1).toObject().value("port"_L1).toInt(),
                     announced.value("mqtt"_L1).toObject().value("port"_L1).toInt());
        // Again into the same folder: refused, named.
        const Run again = dwb(exportArgs(u"folder"_s, out));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"exists already"_s), qPrintable(again.err));
    }

    void cHeaderOffline()
    {
        const QString out = file(u"hdr"_s);
        const Run r = dwb(exportArgs(u"c-header"_s, out)
                              + QStringList{u"--offline"_s, u"--chain"_s, file(u"ca.pem"_s), u"--mqtt"_s,
                                            u"broker.example.test:8883"_s},
                          false);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QFile h(out + u"/dev1.h"_s);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray text = h.readAll();
        QVERIFY(text.contains("#define DEV1_MQTT_HOST \"broker.example.test\""));
        QVERIFY(text.contains("dev1_anchor_der"));
        QVERIFY(!text.contains("dev1_ca_der")); // no server CA known offline
        QCOMPARE(mode(h.fileName()), 0600);
    }

    void p12LegacyWithPassphraseFile()
    {
        QFile pass(file(u"pass"_s));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("legacy pass\n");
        pass.close();
        const QString out = file(u"p12"_s);
        const Run r = dwb(exportArgs(u"p12-legacy"_s, out) + QStringList{u"--passphrase-file"_s, pass.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QByteArray o, e;
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"pkcs12"_s, u"-legacy"_s, u"-info"_s, u"-nokeys"_s, u"-in"_s,
                                             out + u"/dev1-legacy.p12"_s, u"-passin"_s, u"pass:legacy pass"_s},
                                &o, &e),
                 0);
        QVERIFY2(e.contains("MAC: sha1") && e.contains("TripleDES"), e.constData());
        // Without a terminal and without --passphrase-file: refused, nothing written.
        const Run none = dwb(exportArgs(u"p12-legacy"_s, file(u"p12-none"_s)));
        QCOMPARE(none.code, 1);
        QVERIFY(!QFileInfo::exists(file(u"p12-none"_s)));
    }

    void batchDir()
    {
        QFile list(file(u"devices.txt"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("sensor-a\nsensor-b\nsensor-c\n");
        list.close();
        Run r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--devices"_s,
                     list.fileName(), u"--out-dir"_s, file(u"batch"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        const QString out = file(u"batch-nvs"_s);
        r = dwb({u"export"_s, u"--batch-dir"_s, file(u"batch"_s), u"--format"_s, u"nvs-csv"_s, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        for (const char *d : {"sensor-a", "sensor-b", "sensor-c"}) {
            const QString csv = out + u'/' + QLatin1String(d) + u'/' + QLatin1String(d) + u"-nvs.csv"_s;
            QFile f(csv);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(csv));
            const QByteArray text = f.readAll();
            QVERIFY(text.startsWith("key,type,encoding,value\ndrogue,namespace,,\napp,data,string,lab\n"));
            QVERIFY(text.contains(QByteArray("device,data,string," + QByteArray(d) + "\n")));
            QCOMPARE(mode(csv), 0600);
        }
        // Folder format of the batch: every device verifies against the anchor from the server.
        const QString folders = file(u"batch-folder"_s);
        r = dwb({u"export"_s, u"--batch-dir"_s, file(u"batch"_s), u"--format"_s, u"folder"_s, u"--out"_s, folders});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QByteArray said;
        QVERIFY2(verify(folders + u"/sensor-b/chain.pem"_s, folders + u"/sensor-b/sensor-b.pem"_s, &said) == 0,
                 said.constData());
        // Not a batch folder.
        r = dwb({u"export"_s, u"--batch-dir"_s, m_home.path(), u"--format"_s, u"folder"_s, u"--out"_s,
                 file(u"nothing"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"is not a batch folder"_s), qPrintable(r.err));
    }

    void errors()
    {
        // An unknown format: a usage error naming the formats.
        Run r = dwb(exportArgs(u"pem-bundle"_s, file(u"bad"_s)), false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"Unknown format 'pem-bundle': use one of folder, c-header, nvs-csv, drogue-toml, "
                                "p12-legacy."_s),
                 qPrintable(r.err));
        // An unreadable key (mode 000; as root, which reads it anyway, a
        // folder in its place): the file named, nothing written.
        const QString locked = file(u"locked.key"_s);
        if (::geteuid() == 0) {
            QVERIFY(QDir().mkpath(locked));
        } else {
            QVERIFY(QFile::copy(file(u"dev1.key"_s), locked));
            QVERIFY(QFile(locked).setPermissions(QFileDevice::Permissions()));
        }
        QStringList args = exportArgs(u"folder"_s, file(u"unread"_s));
        args[args.indexOf(file(u"dev1.key"_s))] = locked;
        // A missing key file: named as well.
        QStringList missing = exportArgs(u"folder"_s, file(u"unread"_s));
        missing[missing.indexOf(file(u"dev1.key"_s))] = file(u"no-such.key"_s);
        for (const QStringList &a : {args, missing}) {
            r = dwb(a + QStringList{u"--offline"_s}, false);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.startsWith(u"dwb: "_s), qPrintable(r.err));
            QVERIFY2(r.err.contains(a.at(a.indexOf(u"--key"_s) + 1)), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(file(u"unread"_s)));
        }
        // A certificate and a key that do not belong together.
        r = dwb({u"export"_s, u"dev1"_s, u"--app"_s, u"lab"_s, u"--cert"_s, file(u"dev1.pem"_s), u"--key"_s,
                 file(u"ca.key"_s), u"--format"_s, u"folder"_s, u"--out"_s, file(u"mismatch"_s), u"--offline"_s},
                false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"do not go together"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestDwbExport)
#include "test_dwb_export.moc"
