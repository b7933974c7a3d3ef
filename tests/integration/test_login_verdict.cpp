// "Would this device log in now?" (dwb inspect --app, the inspector's
// verdict: DeviceLoginVerdict) against the real answer: the sandbox's
// mosquitto broker with its auth plugin, asked with mosquitto_pub and the
// certificate and key. For each refusal reason and for the accepted case,
// certificates made with the openssl command line (openssl ca for validity
// periods in the past and the future); the verdict and the broker must agree,
// and the verdict must name the expected first reason.
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include "core/cloud/RegistryClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLoginVerdict : public QObject {
    Q_OBJECT

    dwb::test::Sandbox m_sandbox;
    QTemporaryDir m_files;
    QStringList m_table; // case | verdict | broker: printed at the end

    QString path(const QString &name) const { return m_files.filePath(name); }

    int dwb(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QByteArray o, e;
        const int rc = dwb::test::run(dwb::test::program(u"dwb"_s), m_sandbox.dwbArgs() + args, &o, &e);
        if (out)
            *out = o;
        if (err)
            *err = e;
        if (rc != 0)
            qWarning().noquote() << "dwb" << args.join(u' ') << "->" << rc << o << e;
        return rc;
    }

    bool openssl(const QStringList &args)
    {
        return dwb::test::openssl(args) == 0;
    }

    // stem.key + stem.csr for subject; keyArgs for openssl genpkey.
    bool keyAndRequest(const QString &stem, const QStringList &keyArgs, const QString &subject)
    {
        return openssl(QStringList{u"genpkey"_s} + keyArgs + QStringList{u"-out"_s, path(stem + u".key"_s)})
               && openssl({u"req"_s, u"-new"_s, u"-key"_s, path(stem + u".key"_s), u"-subj"_s, subject, u"-out"_s,
                           path(stem + u".csr"_s)});
    }

    // stem.pem signed by caStem with the extensions ext, valid -days 30.
    bool signWithX509(const QString &stem, const QString &caStem, const QByteArray &ext)
    {
        return dwb::test::writeFile(path(stem + u".ext"_s), ext)
               && openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(stem + u".csr"_s), u"-CA"_s, path(caStem + u".pem"_s),
                           u"-CAkey"_s, path(caStem + u".key"_s), u"-days"_s, u"30"_s, u"-extfile"_s,
                           path(stem + u".ext"_s), u"-out"_s, path(stem + u".pem"_s)});
    }

    // stem.pem signed by demo's CA with `openssl ca`, valid from start to end.
    bool signWithCa(const QString &stem, const QString &start, const QString &end)
    {
        const QString dir = path(u"openssl-ca"_s);
        QDir().mkpath(dir);
        if (!QFile::exists(dir + u"/index.txt"_s)) {
            if (!dwb::test::writeFile(dir + u"/index.txt"_s, {}) || !dwb::test::writeFile(dir + u"/serial"_s, "1000\n"))
                return false;
        }
        const QByteArray cnf = "[ca]\ndefault_ca=d\n[d]\ndir=" + dir.toUtf8()
                               + "\ndatabase=$dir/index.txt\nnew_certs_dir=$dir\nserial=$dir/serial\n"
                                 "default_md=sha256\npolicy=p\npreserve=yes\nunique_subject=no\n"
                                 "x509_extensions=ext\n[p]\ncommonName=supplied\norganizationName=optional\n"
                                 "organizationalUnitName=optional\n"
                                 "[ext]\nbasicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n";
        return dwb::test::writeFile(dir + u"/ca.cnf"_s, cnf)
               && openssl({u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, dir + u"/ca.cnf"_s, u"-cert"_s,
                           path(u"ca.pem"_s), u"-keyfile"_s, path(u"ca.key"_s), u"-in"_s, path(stem + u".csr"_s),
                           u"-startdate"_s, start, u"-enddate"_s, end, u"-out"_s, path(stem + u".pem"_s)});
    }

    // The broker's answer: mosquitto_pub with the certificate and key.
    struct BrokerAnswer {
        bool accepted = false;
        QString client; // what mosquitto_pub said
        QString log;    // the auth plugin's line about it, if any
    };
    BrokerAnswer askBroker(const QString &stem)
    {
        const qsizetype from = m_sandbox.stdErr().size(); // the broker's log so far
        QByteArray out, err;
        const int rc = dwb::test::run(
            u"mosquitto_pub"_s,
            {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sandbox.mqttPort()), u"--cafile"_s,
             m_sandbox.caFile(), u"--cert"_s, path(stem + u".pem"_s), u"--key"_s, path(stem + u".key"_s), u"-t"_s,
             u"temp"_s, u"-q"_s, u"1"_s, u"-m"_s, u"{\"t\":1}"_s},
            &out, &err, 15000);
        BrokerAnswer a;
        a.accepted = rc == 0;
        a.client = QString::fromUtf8(out + err).simplified();
        // The plugin logs every device it accepts or refuses; mosquitto logs
        // the certificates its TLS layer refuses before the plugin sees them.
        const auto find = [](const QByteArray &log) -> QString {
            for (const QByteArray &line : log.split('\n')) {
                for (const char *needle : {"drogue-auth: accepted device", "drogue-auth: refused device",
                                           "OpenSSL Error"}) {
                    const qsizetype at = line.indexOf(needle);
                    if (at >= 0)
                        return QString::fromUtf8(line.mid(at)).simplified();
                }
            }
            return {};
        };
        QElapsedTimer t;
        t.start();
        do {
            a.log = find(m_sandbox.stdErr().mid(from));
            if (!a.log.isEmpty())
                break;
            QTest::qWait(50);
        } while (t.elapsed() < 3000);
        return a;
    }

    QJsonObject verdictOf(const QString &stem, QByteArray *text = nullptr)
    {
        QByteArray out;
        if (dwb({u"inspect"_s, path(stem + u".pem"_s), u"--app"_s, u"demo"_s, u"-o"_s, u"json"_s}, &out) != 0)
            return {};
        if (text)
            dwb({u"inspect"_s, path(stem + u".pem"_s), u"--app"_s, u"demo"_s}, text);
        return QJsonDocument::fromJson(out).array().at(0).toObject().value(u"device_login"_s).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.mqttPort() > 0);
        QCOMPARE(dwb({u"create"_s, u"app"_s, u"demo"_s}), 0);
        QCOMPARE(dwb({u"trust"_s, u"create"_s, u"demo"_s, u"--key-output"_s, path(u"ca.key"_s), u"--cert-output"_s,
                      path(u"ca.pem"_s)}),
                 0);
        const QStringList ec256{u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s};
        // Two CAs that are not demo's anchors: one of the same name, one of another.
        for (const auto &[stem, subject] : {std::pair{u"same-name-ca"_s, u"/CN=demo/O=Drogue IoT/OU=Cloud"_s},
                                            std::pair{u"other-ca"_s, u"/CN=elsewhere/O=Lab"_s}}) {
            QVERIFY(openssl(QStringList{u"genpkey"_s} + ec256 + QStringList{u"-out"_s, path(stem + u".key"_s)}));
            QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, path(stem + u".key"_s), u"-subj"_s, subject,
                             u"-days"_s, u"30"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-out"_s,
                             path(stem + u".pem"_s)}));
        }
    }

    void verdictAgreesWithBroker_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("logsIn");
        QTest::addColumn<QString>("firstReason"); // the check named first, "" when accepted
        QTest::addColumn<QString>("brokerLog");   // what the broker logs about it
        const QString tls = u"OpenSSL Error"_s;   // refused by mosquitto's TLS layer
        QTest::newRow("accepted") << u"good"_s << true << QString() << u"accepted device 'good' of application 'demo'"_s;
        QTest::newRow("foreign CA, same name") << u"samename"_s << false << u"anchor"_s << tls;
        QTest::newRow("foreign CA, other name") << u"othername"_s << false << u"anchor"_s << tls;
        QTest::newRow("no device has the alias") << u"ghost"_s << false << u"device"_s
                                                 << u"no device named or aliased 'CN=ghost, O=Drogue IoT, OU=demo'"_s;
        QTest::newRow("device disabled") << u"disabled"_s << false << u"enabled"_s << u"is disabled"_s;
        QTest::newRow("key EC P-521") << u"p521"_s << false << u"key_type"_s << u"not one Drogue accepts"_s;
        QTest::newRow("EKU serverAuth only") << u"serveronly"_s << false << u"client_auth"_s << tls;
        QTest::newRow("no EKU") << u"noeku"_s << false << u"client_auth"_s
                                << u"does not include client authentication"_s;
        QTest::newRow("a CA certificate") << u"caleaf"_s << false << u"form"_s << u"It is a CA certificate"_s;
        QTest::newRow("expired") << u"expired"_s << false << u"validity"_s << tls;
        QTest::newRow("not yet valid") << u"notyet"_s << false << u"validity"_s << tls;
    }

    void verdictAgreesWithBroker()
    {
        QFETCH(QString, kind);
        QFETCH(bool, logsIn);
        QFETCH(QString, firstReason);
        QFETCH(QString, brokerLog);
        const QString subject = u"/CN="_s + kind + u"/O=Drogue IoT/OU=demo"_s;
        const QString alias = u"CN="_s + kind + u", O=Drogue IoT, OU=demo"_s;
        const QStringList ec256{u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s};
        const QByteArray clientExt = "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n";
        QString ca = u"ca"_s;
        if (kind == u"samename"_s)
            ca = u"same-name-ca"_s;
        else if (kind == u"othername"_s)
            ca = u"other-ca"_s;
        const QStringList keyArgs =
            kind == u"p521"_s ? QStringList{u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-521"_s}
                              : ec256;
        QVERIFY(keyAndRequest(kind, keyArgs, subject));
        if (kind == u"expired"_s) {
            QVERIFY(signWithCa(kind, u"20200101000000Z"_s, u"20210101000000Z"_s));
        } else if (kind == u"notyet"_s) {
            QVERIFY(signWithCa(kind, u"20990101000000Z"_s, u"20991231000000Z"_s));
        } else {
            QByteArray ext = clientExt;
            if (kind == u"serveronly"_s)
                ext = "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n";
            else if (kind == u"noeku"_s)
                ext = "basicConstraints=CA:FALSE\n";
            else if (kind == u"caleaf"_s)
                ext = "basicConstraints=CA:TRUE\nextendedKeyUsage=clientAuth\n";
            QVERIFY(signWithX509(kind, ca, ext));
        }
        if (kind != u"ghost"_s)
            QVERIFY(m_sandbox.registerDevice(u"demo"_s, kind, alias, kind == u"disabled"_s));

        QByteArray text;
        const QJsonObject v = verdictOf(kind, &text);
        QVERIFY2(!v.isEmpty(), text.constData());
        const BrokerAnswer broker = askBroker(kind);

        const QString reason = v.value(u"reason"_s).toObject().value(u"text"_s).toString();
        m_table << QStringLiteral("| %1 | %2%3 | %4 — %5 |")
                       .arg(QString::fromLatin1(QTest::currentDataTag()),
                            v.value(u"outcome"_s).toString(), reason.isEmpty() ? QString() : u": "_s + reason,
                            broker.accepted ? u"published (rc 0)"_s : broker.client, broker.log);
        qInfo().noquote() << "\n" << text;

        // The verdict covers the application, line by line, and agrees with the broker.
        QCOMPARE(v.value(u"scope"_s).toString(), u"application"_s);
        QCOMPARE(v.value(u"application"_s).toString(), u"demo"_s);
        const QJsonArray checks = v.value(u"checks"_s).toArray();
        QStringList keys;
        for (const QJsonValue &c : checks)
            keys << c.toObject().value(u"check"_s).toString();
        QCOMPARE(keys, (QStringList{u"anchor"_s, u"validity"_s, u"device"_s, u"enabled"_s, u"key_type"_s,
                                    u"client_auth"_s, u"form"_s}));
        QCOMPARE(v.value(u"would_log_in"_s).toBool(), logsIn);
        QVERIFY2(broker.accepted == logsIn, qPrintable(broker.client + u" / "_s + broker.log));
        if (logsIn) {
            QCOMPARE(v.value(u"outcome"_s).toString(), u"would-log-in"_s);
            QCOMPARE(v.value(u"device"_s).toString(), kind);
            QCOMPARE(v.value(u"anchor"_s).toObject().value(u"index"_s).toInt(), 0);
            QVERIFY(text.contains("would log in (application demo)"));
        } else {
            QCOMPARE(v.value(u"outcome"_s).toString(), u"would-be-refused"_s);
            QCOMPARE(v.value(u"reason"_s).toObject().value(u"check"_s).toString(), firstReason);
            QVERIFY(text.contains("would be refused (application demo)"));
            QVERIFY2(!broker.client.isEmpty(), "mosquitto_pub said nothing");
        }
        // The lines name what they found.
        if (kind == u"good"_s || kind == u"disabled"_s)
            QVERIFY(text.contains("Chains to trust anchor #1 of demo (CN=demo, O=Drogue IoT, OU=Cloud)"));
        if (kind == u"disabled"_s)
            QVERIFY(text.contains("Device \xe2\x80\x9c" "disabled\xe2\x80\x9d is disabled."));
        if (kind == u"othername"_s)
            QVERIFY(text.contains("Issued by \xe2\x80\x9c" "CN=elsewhere, O=Lab\xe2\x80\x9d"));
        // The broker's own account of it: its plugin's line, or its TLS layer's.
        QVERIFY2(broker.log.contains(brokerLog), qPrintable(broker.log));
    }

    void withoutAppTheFormOnly()
    {
        QByteArray out;
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s), {u"inspect"_s, path(u"samename.pem"_s), u"-o"_s, u"json"_s},
                                &out),
                 0);
        const QJsonObject v =
            QJsonDocument::fromJson(out).array().at(0).toObject().value(u"device_login"_s).toObject();
        QCOMPARE(v.value(u"scope"_s).toString(), u"form"_s);
        QCOMPARE(v.value(u"outcome"_s).toString(), u"form-only"_s);
        QCOMPARE(v.value(u"would_log_in"_s).toBool(), false);
        QVERIFY(v.value(u"application"_s).isNull());
        QCOMPARE(v.value(u"checks"_s).toArray().size(), 4); // validity, key type, clientAuth, form
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s), {u"inspect"_s, path(u"samename.pem"_s)}, &out), 0);
        QVERIFY2(out.contains("form only (the certificate's form only, no --app)"), out.constData());
    }

    void appNeedsAServer()
    {
        QByteArray out, err;
        // No server given and no default context: a usage error.
        qputenv("XDG_CONFIG_HOME", m_files.path().toLocal8Bit());
        const int rc = dwb::test::run(dwb::test::program(u"dwb"_s),
                                      {u"inspect"_s, path(u"good.pem"_s), u"--app"_s, u"demo"_s}, &out, &err);
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(rc, 2);
        QVERIFY2(err.contains("needs a server"), err.constData());
        // An application the server does not have: a failure, with its name.
        QCOMPARE(dwb({u"inspect"_s, path(u"good.pem"_s), u"--app"_s, u"nosuch"_s}, &out, &err), 1);
        QVERIFY2(err.contains("nosuch"), err.constData());
    }

    void cleanupTestCase()
    {
        const QString header = u"\n| case | dwb inspect --app demo | broker (mosquitto_pub — plugin log) |\n|---|---|---|\n"_s;
        qInfo().noquote() << header + m_table.join(u'\n');
    }
};

QTEST_GUILESS_MAIN(TestLoginVerdict)
#include "test_login_verdict.moc"
