// dwb trust backup / trust restore against the real drogue-sandbox: an
// anchor made with `dwb trust create` is backed up into a PKCS#12 file (mode
// 0600) that OpenSSL 3 opens with its defaults (no -legacy) and whose key is
// the anchor's; restored into a new key file, that key still enrolls a device
// whose certificate `openssl verify -x509_strict -purpose sslclient` accepts.
// Refusals: no passphrase, an empty one, a wrong one on restore (nothing
// written), an existing output file (not overwritten), a key of no anchor.
#include "core/cloud/RegistryClient.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using Run = dwb::test::DwbRun;

class TestDwbBackup : public QObject {
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

    QByteArray openssl(const QStringList &args, int *rc = nullptr)
    {
        QByteArray out, err;
        const int code = dwb::test::run(u"openssl"_s, args, &out, &err);
        if (rc)
            *rc = code;
        if (code != 0)
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), err.constData());
        return out;
    }

    void writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    static int mode(const QString &path)
    {
        struct stat st {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    }

    QStringList backupArgs(const QString &out)
    {
        return {u"trust"_s, u"backup"_s, u"lab"_s, u"--ca-key"_s, file(u"ca.key"_s), u"--out"_s, out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_home.isValid());
        QVERIFY2(m_sb.start(), qPrintable(m_sb.errorString()));
        QCOMPARE(dwb({u"create"_s, u"app"_s, u"lab"_s}).code, 0);
        const Run r = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--key-output"_s, file(u"ca.key"_s), u"--cert-output"_s,
                           file(u"ca.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        writeFile(u"pass"_s, "correct horse battery\n");
        writeFile(u"wrong"_s, "not it\n");
        writeFile(u"empty"_s, "\n");
    }

    void backupOpensWithOpenssl()
    {
        const QString p12 = file(u"lab-anchor.p12"_s);
        const Run r = dwb(backupArgs(p12) + QStringList{u"--passphrase-file"_s, file(u"pass"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"lab-anchor.p12"_s), qPrintable(r.out));
        QCOMPARE(mode(p12), 0600);
        int rc = -1;
        const QByteArray info = [&] {
            QByteArray out, err;
            rc = dwb::test::run(u"openssl"_s,
                                {u"pkcs12"_s, u"-info"_s, u"-in"_s, p12, u"-nodes"_s, u"-passin"_s,
                                 u"file:"_s + file(u"pass"_s), u"-noout"_s},
                                &out, &err);
            return QByteArray(out + err);
        }();
        QVERIFY2(rc == 0, info.constData());
        QVERIFY2(info.contains("MAC: sha256"), info.constData());
        QVERIFY2(info.contains("AES-256-CBC") && info.contains("hmacWithSHA256"), info.constData());
        QVERIFY2(!info.contains("RC2") && !info.contains("3DES"), info.constData());
        const QByteArray pem = openssl({u"pkcs12"_s, u"-in"_s, p12, u"-nodes"_s, u"-passin"_s,
                                        u"file:"_s + file(u"pass"_s)}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY(pem.contains("PRIVATE KEY") && pem.contains("CERTIFICATE"));
        QVERIFY2(pem.contains("friendlyName: lab"), pem.constData());
        writeFile(u"inside.pem"_s, pem);
        const QByteArray keyPub = openssl({u"pkey"_s, u"-in"_s, file(u"inside.pem"_s), u"-pubout"_s});
        const QByteArray anchorPub = openssl({u"x509"_s, u"-in"_s, file(u"ca.pem"_s), u"-noout"_s, u"-pubkey"_s});
        QVERIFY(!keyPub.isEmpty());
        QCOMPARE(keyPub, anchorPub);
    }

    void restoreAndEnroll()
    {
        const QString key = file(u"restored.key"_s), cert = file(u"restored.pem"_s);
        Run r = dwb({u"trust"_s, u"restore"_s, file(u"lab-anchor.p12"_s), u"--key-output"_s, key, u"--cert-output"_s,
                     cert, u"--passphrase-file"_s, file(u"pass"_s), u"--app"_s, u"lab"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"It is a trust anchor of application 'lab'."_s), qPrintable(r.out));
        QCOMPARE(mode(key), 0600);
        QVERIFY(openssl({u"pkey"_s, u"-in"_s, key, u"-text"_s, u"-noout"_s}).size() > 0); // plain PKCS#8
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, key, u"-pubout"_s}),
                 openssl({u"x509"_s, u"-in"_s, file(u"ca.pem"_s), u"-noout"_s, u"-pubkey"_s}));
        QCOMPARE(openssl({u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-fingerprint"_s}),
                 openssl({u"x509"_s, u"-in"_s, file(u"ca.pem"_s), u"-noout"_s, u"-fingerprint"_s}));

        r = dwb({u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, key, u"--out"_s,
                 file(u"dev1.pem"_s), u"--key-output"_s, file(u"dev1.key"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        int rc = -1;
        openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s, file(u"ca.pem"_s),
                 file(u"dev1.pem"_s)},
                &rc);
        QCOMPARE(rc, 0);

        // Restored encrypted: --key-passphrase-file.
        r = dwb({u"trust"_s, u"restore"_s, file(u"lab-anchor.p12"_s), u"--key-output"_s, file(u"enc.key"_s),
                 u"--passphrase-file"_s, file(u"pass"_s), u"--key-passphrase-file"_s, file(u"wrong"_s)},
                false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile(file(u"enc.key"_s)).open(QIODevice::ReadOnly));
        QFile enc(file(u"enc.key"_s));
        QVERIFY(enc.open(QIODevice::ReadOnly) && enc.readAll().contains("ENCRYPTED PRIVATE KEY"));
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, file(u"enc.key"_s), u"-passin"_s, u"file:"_s + file(u"wrong"_s),
                          u"-pubout"_s}),
                 openssl({u"x509"_s, u"-in"_s, file(u"ca.pem"_s), u"-noout"_s, u"-pubkey"_s}));
    }

    void refusals()
    {
        // No passphrase (no terminal): refused, nothing written.
        Run r = dwb(backupArgs(file(u"none.p12"_s)));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--passphrase-file"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file(u"none.p12"_s)));
        // Empty passphrase.
        r = dwb(backupArgs(file(u"empty.p12"_s)) + QStringList{u"--passphrase-file"_s, file(u"empty"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"empty"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file(u"empty.p12"_s)));
        // Wrong passphrase on restore: the message, nothing written.
        r = dwb({u"trust"_s, u"restore"_s, file(u"lab-anchor.p12"_s), u"--key-output"_s, file(u"w.key"_s),
                 u"--cert-output"_s, file(u"w.pem"_s), u"--passphrase-file"_s, file(u"wrong"_s)},
                false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"The passphrase does not open lab-anchor.p12."_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file(u"w.key"_s)) && !QFileInfo::exists(file(u"w.pem"_s)));
        // An existing backup file is not overwritten.
        QFile p12(file(u"lab-anchor.p12"_s));
        QVERIFY(p12.open(QIODevice::ReadOnly));
        const QByteArray before = p12.readAll();
        p12.close();
        r = dwb(backupArgs(file(u"lab-anchor.p12"_s)) + QStringList{u"--passphrase-file"_s, file(u"pass"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"exists already"_s), qPrintable(r.err));
        QVERIFY(p12.open(QIODevice::ReadOnly));
        QCOMPARE(p12.readAll(), before);
        // An existing key output is not overwritten either.
        writeFile(u"taken.key"_s, "mine\n");
        r = dwb({u"trust"_s, u"restore"_s, file(u"lab-anchor.p12"_s), u"--key-output"_s, file(u"taken.key"_s),
                 u"--passphrase-file"_s, file(u"pass"_s)},
                false);
        QCOMPARE(r.code, 1);
        QFile taken(file(u"taken.key"_s));
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("mine\n"));
        // A key that belongs to no anchor of the application.
        int rc = -1;
        openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-out"_s,
                 file(u"other.key"_s)},
                &rc);
        QCOMPARE(rc, 0);
        r = dwb({u"trust"_s, u"backup"_s, u"lab"_s, u"--ca-key"_s, file(u"other.key"_s), u"--out"_s,
                 file(u"other.p12"_s), u"--passphrase-file"_s, file(u"pass"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"belongs to none"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file(u"other.p12"_s)));
        // A PKCS#12 with a key and no certificate: the key cannot be checked, refused.
        openssl({u"pkcs12"_s, u"-export"_s, u"-nocerts"_s, u"-inkey"_s, file(u"other.key"_s), u"-out"_s,
                 file(u"keyonly.p12"_s), u"-passout"_s, u"file:"_s + file(u"pass"_s)},
                &rc);
        QCOMPARE(rc, 0);
        r = dwb({u"trust"_s, u"restore"_s, file(u"keyonly.p12"_s), u"--key-output"_s, file(u"k.key"_s),
                 u"--passphrase-file"_s, file(u"pass"_s)},
                false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no certificate"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file(u"k.key"_s)));
        // A PKCS#12 without a key.
        openssl({u"pkcs12"_s, u"-export"_s, u"-nokeys"_s, u"-in"_s, file(u"ca.pem"_s), u"-out"_s,
                 file(u"nokey.p12"_s), u"-passout"_s, u"file:"_s + file(u"pass"_s)},
                &rc);
        QCOMPARE(rc, 0);
        r = dwb({u"trust"_s, u"restore"_s, file(u"nokey.p12"_s), u"--key-output"_s, file(u"n.key"_s),
                 u"--passphrase-file"_s, file(u"pass"_s)},
                false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no private key"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file(u"n.key"_s)));
    }
};

QTEST_GUILESS_MAIN(TestDwbBackup)
#include "test_dwb_backup.moc"
