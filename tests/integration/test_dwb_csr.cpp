// `dwb trust enroll DEVICE --app APP --csr DEV.csr`: a board that keeps its
// key (here: a key and request made with the openssl command line, as a
// secure element's firmware would hand over) gets a certificate for the
// request's public key, against the real drogue-sandbox with its broker and
// offline. No key file is written; the certificate verifies with
// `openssl verify -x509_strict -purpose sslclient`; the device is created
// with the certificate's subject as alias and mosquitto_pub logs in with the
// board's own key. Refused before anything is signed: a tampered request, a
// key Drogue does not accept; usage: --csr with --key-output.
// A tray of boards (dwb enroll-batch --csr-dir): every request signed in
// parallel, certificates only, devices registered, a second run skips them;
// duplicate names and bad requests are all listed before anything is signed.
#include "core/cloud/RegistryClient.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::test::why;

using Run = dwb::test::DwbRun;

class TestDwbCsr : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    std::unique_ptr<dwb::RegistryClient> m_client;
    QTemporaryDir m_tmp;
    QTemporaryDir m_home; // no contexts: only --sandbox names a server

    QString file(const QString &name) const { return m_tmp.filePath(name); }

    Run dwb(const QStringList &args, bool withSandbox = true)
    {
        return dwb::test::runDwb(withSandbox ? m_sb.dwbArgs() + args : args,
                                 dwb::test::isolatedDwbEnvironment(m_home.path()));
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

    // The board: its key (never given to dwb) and its request, with a SAN.
    bool makeBoard(const QString &stem, const QString &subject, const QStringList &keyArgs)
    {
        int rc = 0;
        openssl(QStringList{u"genpkey"_s} + keyArgs + QStringList{u"-out"_s, file(stem + u".key"_s)}, &rc);
        if (rc != 0)
            return false;
        openssl({u"req"_s, u"-new"_s, u"-key"_s, file(stem + u".key"_s), u"-subj"_s, subject, u"-addext"_s,
                 u"subjectAltName=DNS:"_s + stem + u".lab.example"_s, u"-out"_s, file(stem + u".csr"_s)},
                &rc);
        return rc == 0;
    }

    QStringList files() const { return QDir(m_tmp.path()).entryList(QDir::Files, QDir::Name); }

    static QStringList plus(QStringList names, const QString &name)
    {
        names << name;
        names.sort();
        return names;
    }

    int verify(const QString &cert)
    {
        int rc = 0;
        openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s, file(u"ca.pem"_s),
                 cert},
                &rc);
        return rc;
    }

    QByteArray publicKeyOf(const QStringList &args) { return openssl(args); }


private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_home.isValid());
        QVERIFY2(m_sb.start(), qPrintable(m_sb.errorString()));
        QVERIFY(m_sb.mqttPort() > 0);
        m_client = std::make_unique<dwb::RegistryClient>(m_sb.connectionSettings());
        QCOMPARE(dwb({u"create"_s, u"app"_s, u"lab"_s}).code, 0);
        const Run r = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--key-output"_s, file(u"ca.key"_s),
                           u"--cert-output"_s, file(u"ca.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
    }

    // Online: the certificate is for the board's key, the device profile's
    // subject, no key file; the board logs in to the broker with its own key.
    void enrollFromRequestAndLogIn()
    {
        QVERIFY(makeBoard(u"board1"_s, u"/CN=atecc-0123"_s,
                          {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s}));
        const QStringList before = files();
        const Run r = dwb({u"trust"_s, u"enroll"_s, u"board1"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s,
                           file(u"ca.key"_s), u"--csr"_s, file(u"board1.csr"_s), u"--out"_s, file(u"board1.pem"_s),
                           u"--chain-output"_s, file(u"board1-chain.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        qInfo().noquote() << r.out.trimmed();
        QVERIFY2(r.out.contains(u"the private key stays on the board"_s), qPrintable(r.out));
        QCOMPARE(files(), plus(plus(before, u"board1.pem"_s), u"board1-chain.pem"_s)); // no key file
        QFile cert(file(u"board1.pem"_s)), chain(file(u"board1-chain.pem"_s)), ca(file(u"ca.pem"_s));
        QVERIFY(cert.open(QIODevice::ReadOnly) && chain.open(QIODevice::ReadOnly) && ca.open(QIODevice::ReadOnly));
        QCOMPARE(chain.readAll(), cert.readAll() + ca.readAll()); // the certificate, then the anchor
        QCOMPARE(verify(file(u"board1.pem"_s)), 0);
        const QByteArray certKey =
            publicKeyOf({u"x509"_s, u"-in"_s, file(u"board1.pem"_s), u"-noout"_s, u"-pubkey"_s});
        const QByteArray boardKey = publicKeyOf({u"pkey"_s, u"-in"_s, file(u"board1.key"_s), u"-pubout"_s});
        QVERIFY(!certKey.isEmpty());
        QCOMPARE(certKey, boardKey);
        const QByteArray subject = openssl({u"x509"_s, u"-in"_s, file(u"board1.pem"_s), u"-noout"_s, u"-subject"_s,
                                            u"-nameopt"_s, u"RFC2253"_s});
        QCOMPARE(subject.trimmed(), QByteArray("subject=OU=lab,O=Drogue IoT,CN=board1"));
        // no SAN copied unless asked
        QVERIFY(!openssl({u"x509"_s, u"-in"_s, file(u"board1.pem"_s), u"-noout"_s, u"-text"_s})
                     .contains("board1.lab.example"));

        auto dev = await(m_client->getDevice(u"lab"_s, u"board1"_s));
        QVERIFY2(dev.ok(), why(dev));
        QCOMPARE(dev->aliases(), QStringList{u"CN=board1, O=Drogue IoT, OU=lab"_s});

        QByteArray out, err;
        const int rc = dwb::test::run(
            u"mosquitto_pub"_s,
            {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sb.mqttPort()), u"--cafile"_s, m_sb.caFile(),
             u"--cert"_s, file(u"board1.pem"_s), u"--key"_s, file(u"board1.key"_s), u"-t"_s, u"temp"_s, u"-q"_s,
             u"1"_s, u"-m"_s, u"{\"temp\":21}"_s},
            &out, &err, 15000);
        QVERIFY2(rc == 0, err.constData());
        QVERIFY(m_sb.waitForLog("accepted device 'board1' of application 'lab'")
                    .contains("accepted device 'board1' of application 'lab'"));
    }

    // --keep-subject and --copy-san: the request's own subject (the alias)
    // and its SAN; still verifies strictly.
    void keepSubjectCopySan()
    {
        QVERIFY(makeBoard(u"board2"_s, u"/O=Acme/CN=board2"_s, {u"-algorithm"_s, u"ED25519"_s}));
        const Run r = dwb({u"trust"_s, u"enroll"_s, u"board2"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s,
                           file(u"ca.key"_s), u"--csr"_s, file(u"board2.csr"_s), u"--keep-subject"_s,
                           u"--copy-san"_s, u"--out"_s, file(u"board2.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QCOMPARE(verify(file(u"board2.pem"_s)), 0);
        const QByteArray text = openssl({u"x509"_s, u"-in"_s, file(u"board2.pem"_s), u"-noout"_s, u"-text"_s});
        QVERIFY2(text.contains("DNS:board2.lab.example"), text.constData());
        auto dev = await(m_client->getDevice(u"lab"_s, u"board2"_s));
        QVERIFY2(dev.ok(), why(dev));
        QCOMPARE(dev->aliases(), QStringList{u"O=Acme, CN=board2"_s});
    }

    // Refused before anything is signed or sent: nothing written, no device.
    void refusals()
    {
        // a request whose signature does not verify (one byte of the signature changed)
        QVERIFY(makeBoard(u"board3"_s, u"/CN=board3"_s,
                          {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s}));
        QByteArray der = openssl({u"req"_s, u"-in"_s, file(u"board3.csr"_s), u"-outform"_s, u"DER"_s});
        QVERIFY(der.size() > 20);
        der[der.size() - 5] = char(der.at(der.size() - 5) ^ 0x01);
        QFile bad(file(u"tampered.der"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write(der) == der.size());
        bad.close();
        QStringList before = files();
        Run r = dwb({u"trust"_s, u"enroll"_s, u"board3"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                     u"--csr"_s, file(u"tampered.der"_s), u"--out"_s, file(u"board3.pem"_s)});
        QCOMPARE(r.code, 1);
        qInfo().noquote() << "tampered:" << r.err.trimmed();
        QVERIFY2(r.err.contains(u"nothing was signed"_s), qPrintable(r.err));
        QCOMPARE(files(), before);
        QCOMPARE(await(m_client->getDevice(u"lab"_s, u"board3"_s)).error().code, dwb::ErrorCode::NotFound);

        // a key Drogue does not accept (EC P-521)
        QVERIFY(makeBoard(u"board4"_s, u"/CN=board4"_s,
                          {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-521"_s}));
        before = files();
        r = dwb({u"trust"_s, u"enroll"_s, u"board4"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                 u"--csr"_s, file(u"board4.csr"_s), u"--out"_s, file(u"board4.pem"_s)});
        QCOMPARE(r.code, 1);
        qInfo().noquote() << "P-521:" << r.err.trimmed();
        QVERIFY2(r.err.contains(u"not one Drogue accepts"_s) && r.err.contains(u"nothing was signed"_s),
                 qPrintable(r.err));
        QCOMPARE(files(), before);
        QCOMPARE(await(m_client->getDevice(u"lab"_s, u"board4"_s)).error().code, dwb::ErrorCode::NotFound);

        // usage: --csr is the board's key, not with --key-output
        r = dwb({u"trust"_s, u"enroll"_s, u"board3"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                 u"--csr"_s, file(u"board3.csr"_s), u"--out"_s, file(u"board3.pem"_s), u"--key-output"_s,
                 file(u"board3.key2"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--csr is the board's own key"_s), qPrintable(r.err));
        QCOMPARE(files(), before);
    }

    // A tray: five boards of different key types, named by their CN.
    void trayOfBoards()
    {
        QVERIFY(QDir(m_tmp.path()).mkpath(u"tray"_s));
        const QList<QStringList> keys{
            {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s},
            {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-384"_s},
            {u"-algorithm"_s, u"ED25519"_s},
            {u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:2048"_s},
            {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s}};
        for (int i = 0; i < keys.size(); ++i) {
            const QString stem = u"tray/slot%1"_s.arg(i);
            QVERIFY(makeBoard(stem, u"/CN=tray-board-%1"_s.arg(i), keys.at(i)));
            QVERIFY(QFile::rename(file(stem + u".key"_s), file(u"tray-key-%1.key"_s.arg(i)))); // not in the tray
        }
        const QStringList args{u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                               u"--csr-dir"_s, file(u"tray"_s), u"--out-dir"_s, file(u"tray-out"_s)};
        Run r = dwb(args);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        qInfo().noquote() << "tray:" << r.out.trimmed();
        QVERIFY2(r.out.contains(u"enrolled 5, skipped 0, failed 0"_s), qPrintable(r.out));
        QStringList expected;
        for (int i = 0; i < keys.size(); ++i)
            expected << u"tray-board-%1.pem"_s.arg(i);
        expected << u"manifest.jsonl"_s;
        expected.sort();
        QCOMPARE(QDir(file(u"tray-out"_s)).entryList(QDir::Files, QDir::Name), expected); // no key files
        for (int i = 0; i < keys.size(); ++i) {
            const QString cert = file(u"tray-out/tray-board-%1.pem"_s.arg(i));
            QCOMPARE(verify(cert), 0);
            QCOMPARE(publicKeyOf({u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-pubkey"_s}),
                     publicKeyOf({u"pkey"_s, u"-in"_s, file(u"tray-key-%1.key"_s.arg(i)), u"-pubout"_s}));
            auto dev = await(m_client->getDevice(u"lab"_s, u"tray-board-%1"_s.arg(i)));
            QVERIFY2(dev.ok(), why(dev));
            QCOMPARE(dev->aliases(), QStringList{u"CN=tray-board-%1, O=Drogue IoT, OU=lab"_s.arg(i)});
        }
        // One board of the tray logs in with the key it kept.
        QByteArray out, err;
        const int rc = dwb::test::run(
            u"mosquitto_pub"_s,
            {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sb.mqttPort()), u"--cafile"_s, m_sb.caFile(),
             u"--cert"_s, file(u"tray-out/tray-board-2.pem"_s), u"--key"_s, file(u"tray-key-2.key"_s), u"-t"_s,
             u"temp"_s, u"-q"_s, u"1"_s, u"-m"_s, u"{\"temp\":22}"_s},
            &out, &err, 15000);
        QVERIFY2(rc == 0, err.constData());
        QVERIFY(m_sb.waitForLog("accepted device 'tray-board-2' of application 'lab'")
                    .contains("accepted device 'tray-board-2' of application 'lab'"));
        // Again: everything is done already.
        r = dwb(args);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"enrolled 0, skipped 5, failed 0"_s), qPrintable(r.out));
    }

    // A tray with a duplicate name, a tampered request and a P-521 key: all
    // listed at once, nothing signed or written, nothing registered; named
    // after the files instead, the duplicate is no more.
    void trayProblemsAllAtOnce()
    {
        QVERIFY(QDir(m_tmp.path()).mkpath(u"bad-tray"_s));
        const QStringList p256{u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s};
        QVERIFY(makeBoard(u"bad-tray/a"_s, u"/CN=twin"_s, p256));
        QVERIFY(makeBoard(u"bad-tray/b"_s, u"/CN=twin"_s, p256));
        QVERIFY(makeBoard(u"bad-tray/c"_s, u"/CN=big"_s,
                          {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-521"_s}));
        QByteArray der = openssl({u"req"_s, u"-in"_s, file(u"bad-tray/a.csr"_s), u"-outform"_s, u"DER"_s});
        der[der.size() - 5] = char(der.at(der.size() - 5) ^ 0x01);
        QFile bad(file(u"bad-tray/d.der"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write(der) == der.size());
        bad.close();
        for (const QString &k : {u"a"_s, u"b"_s, u"c"_s})
            QVERIFY(QFile::remove(file(u"bad-tray/"_s + k + u".key"_s)));
        Run r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--csr-dir"_s,
                     file(u"bad-tray"_s), u"--out-dir"_s, file(u"bad-out"_s)});
        QCOMPARE(r.code, 1);
        qInfo().noquote() << "bad tray:" << r.err.trimmed();
        QVERIFY2(r.err.contains(u"have 3 problem(s); nothing was signed"_s) || r.err.contains(u"have 3 problems"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"b.csr: the device name 'twin' is also that of a.csr"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"c.csr: Its key (EC P-521, 521 bits) is not one Drogue accepts"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"d.der: Its signature does not verify"_s), qPrintable(r.err));
        QVERIFY(!QDir(file(u"bad-out"_s)).exists() || QDir(file(u"bad-out"_s)).isEmpty());
        QCOMPARE(await(m_client->getDevice(u"lab"_s, u"twin"_s)).error().code, dwb::ErrorCode::NotFound);

        // --name-from file: a and b are two devices; the bad two still refused.
        QVERIFY(QFile::remove(file(u"bad-tray/c.csr"_s)) && QFile::remove(file(u"bad-tray/d.der"_s)));
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--csr-dir"_s,
                 file(u"bad-tray"_s), u"--name-from"_s, u"file"_s, u"--out-dir"_s, file(u"bad-out"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY(await(m_client->getDevice(u"lab"_s, u"a"_s)).ok());
        QVERIFY(await(m_client->getDevice(u"lab"_s, u"b"_s)).ok());
    }

    // Offline (--ca-cert): files only, the same certificate rules.
    void offline()
    {
        QVERIFY(makeBoard(u"board5"_s, u"/CN=board5"_s,
                          {u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:2048"_s}));
        const QStringList before = files();
        const Run r = dwb({u"trust"_s, u"enroll"_s, u"board5"_s, u"--app"_s, u"lab"_s, u"--offline"_s, u"--ca-key"_s,
                           file(u"ca.key"_s), u"--ca-cert"_s, file(u"ca.pem"_s), u"--csr"_s, file(u"board5.csr"_s),
                           u"--out"_s, file(u"board5.pem"_s)},
                          false);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"the private key stays on the board"_s), qPrintable(r.out));
        QCOMPARE(files(), plus(before, u"board5.pem"_s));
        QCOMPARE(verify(file(u"board5.pem"_s)), 0);
        QCOMPARE(publicKeyOf({u"x509"_s, u"-in"_s, file(u"board5.pem"_s), u"-noout"_s, u"-pubkey"_s}),
                 publicKeyOf({u"pkey"_s, u"-in"_s, file(u"board5.key"_s), u"-pubout"_s}));
        QCOMPARE(await(m_client->getDevice(u"lab"_s, u"board5"_s)).error().code, dwb::ErrorCode::NotFound);
    }

    // DER output: trust enroll --der-output (offline and online) and
    // enroll-batch --der write the certificate DER-encoded, equal byte for
    // byte to `openssl x509 -outform DER` of the PEM; nothing is overwritten.
    void derOutput()
    {
        QVERIFY(makeBoard(u"board6"_s, u"/CN=board6"_s, {u"-algorithm"_s, u"ED25519"_s}));
        const QStringList offlineArgs{u"trust"_s, u"enroll"_s, u"board6"_s, u"--app"_s, u"lab"_s, u"--offline"_s,
                                      u"--ca-key"_s, file(u"ca.key"_s), u"--ca-cert"_s, file(u"ca.pem"_s),
                                      u"--csr"_s, file(u"board6.csr"_s), u"--out"_s, file(u"board6.pem"_s),
                                      u"--der-output"_s, file(u"board6.der"_s)};
        Run r = dwb(offlineArgs, false);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"The certificate as DER: "_s + file(u"board6.der"_s)), qPrintable(r.out));
        const QByteArray der = openssl({u"x509"_s, u"-in"_s, file(u"board6.pem"_s), u"-outform"_s, u"DER"_s});
        QVERIFY(der.size() > 100);
        auto readFile = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QCOMPARE(readFile(file(u"board6.der"_s)), der);
        // Nothing is overwritten: a second run refuses and leaves the files.
        QVERIFY(QFile::remove(file(u"board6.pem"_s)));
        r = dwb(offlineArgs, false);
        QVERIFY2(r.code != 0 && r.err.contains(u"exists already"_s), qPrintable(r.both()));
        QVERIFY(!QFileInfo::exists(file(u"board6.pem"_s)));
        QCOMPARE(readFile(file(u"board6.der"_s)), der);
        // Without --csr it is refused.
        r = dwb({u"trust"_s, u"enroll"_s, u"x"_s, u"--app"_s, u"lab"_s, u"--offline"_s, u"--ca-key"_s,
                 file(u"ca.key"_s), u"--ca-cert"_s, file(u"ca.pem"_s), u"--key-output"_s, file(u"x.key"_s),
                 u"--out"_s, file(u"x.pem"_s), u"--der-output"_s, file(u"x.der"_s)},
                false);
        QVERIFY2(r.code != 0 && r.err.contains(u"--der-output"_s), qPrintable(r.both()));
        QVERIFY(!QFileInfo::exists(file(u"x.pem"_s)) && !QFileInfo::exists(file(u"x.key"_s)));

        // Online, the same.
        r = dwb({u"trust"_s, u"enroll"_s, u"board6"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                 u"--csr"_s, file(u"board6.csr"_s), u"--out"_s, file(u"board6-online.pem"_s), u"--der-output"_s,
                 file(u"board6-online.der"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QCOMPARE(readFile(file(u"board6-online.der"_s)),
                 openssl({u"x509"_s, u"-in"_s, file(u"board6-online.pem"_s), u"-outform"_s, u"DER"_s}));

        // A tray with --der: DEV.der beside DEV.pem; a re-run keeps them.
        QVERIFY(QDir(m_tmp.path()).mkpath(u"der-tray"_s));
        QVERIFY(makeBoard(u"der-tray/one"_s, u"/CN=der-one"_s, {u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s,
                                                                  u"rsa_keygen_bits:2048"_s}));
        QVERIFY(makeBoard(u"der-tray/two"_s, u"/CN=der-two"_s,
                          {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s}));
        for (const QString &k : {u"one"_s, u"two"_s})
            QVERIFY(QFile::rename(file(u"der-tray/"_s + k + u".key"_s), file(u"der-"_s + k + u".key"_s)));
        const QStringList batch{u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s),
                                u"--csr-dir"_s, file(u"der-tray"_s), u"--der"_s, u"--out-dir"_s, file(u"der-out"_s)};
        r = dwb(batch);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QCOMPARE(QDir(file(u"der-out"_s)).entryList(QDir::Files, QDir::Name),
                 (QStringList{u"der-one.der"_s, u"der-one.pem"_s, u"der-two.der"_s, u"der-two.pem"_s,
                              u"manifest.jsonl"_s}));
        for (const QString &d : {u"der-one"_s, u"der-two"_s}) {
            const QString pem = file(u"der-out/"_s + d + u".pem"_s);
            QCOMPARE(verify(pem), 0);
            QCOMPARE(readFile(file(u"der-out/"_s + d + u".der"_s)),
                     openssl({u"x509"_s, u"-in"_s, pem, u"-outform"_s, u"DER"_s}));
        }
        // A DER removed is made again from the certificate on disk.
        const QByteArray oneDer = readFile(file(u"der-out/der-one.der"_s));
        QVERIFY(QFile::remove(file(u"der-out/der-one.der"_s)));
        r = dwb(batch);
        QVERIFY2(r.code == 0 && r.out.contains(u"failed 0"_s), qPrintable(r.both()));
        QCOMPARE(readFile(file(u"der-out/der-one.der"_s)), oneDer);
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--devices"_s,
                 file(u"none.txt"_s), u"--der"_s, u"--out-dir"_s, file(u"der-out2"_s)});
        QVERIFY2(r.code != 0 && r.err.contains(u"--der"_s), qPrintable(r.both()));
    }

    void cleanupTestCase() { m_sb.stop(); }
};

QTEST_GUILESS_MAIN(TestDwbCsr)
#include "test_dwb_csr.moc"
