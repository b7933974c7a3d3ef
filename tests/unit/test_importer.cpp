// Importer: every format, made by the openssl command line at test time, and
// the distinct errors (wrong / missing passphrase, truncated, unknown).
#include "core/crypto/Importer.h"
#include "core/crypto/PrivateKey.h"
#include "support/TestEnv.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dwb;

namespace {

QString g_dir;

QString path(const QString &name) { return g_dir + u'/' + name; }

int openssl(const QStringList &args, QByteArray *out = nullptr) { return dwb::test::openssl(args, out); }

QByteArray readFile(const QString &name) { return dwb::test::readFile(path(name)); }

void writeFile(const QString &name, const QByteArray &data) { QVERIFY(dwb::test::writeFile(path(name), data)); }

// openssl's view of a key's public part (SubjectPublicKeyInfo DER).
QByteArray pubDer(const QString &keyName, const QStringList &extra = {})
{
    QByteArray out;
    openssl(QStringList{u"pkey"_s, u"-in"_s, path(keyName), u"-pubout"_s, u"-outform"_s, u"DER"_s} + extra, &out);
    return out;
}

QByteArray certDer(const QString &certName)
{
    QByteArray out;
    openssl({u"x509"_s, u"-in"_s, path(certName), u"-outform"_s, u"DER"_s}, &out);
    return out;
}

SecretBytes pass(const char *p) { return SecretBytes(QByteArray(p)); }

QString err(const Result<ImportBundle> &r) { return r ? QString() : r.error().message; }

} // namespace

class TestImporter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        g_dir = m_dir.path();
        auto genEc = [](const QString &name, const char *curve) {
            return openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                            u"ec_paramgen_curve:"_s + QLatin1String(curve), u"-out"_s, path(name)});
        };
        QCOMPARE(genEc(u"ec.key"_s, "P-256"), 0);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:2048"_s,
                          u"-out"_s, path(u"rsa.key"_s)}),
                 0);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"ed25519"_s, u"-out"_s, path(u"ed.key"_s)}), 0);
        // Three self-signed certificates (a, b, c).
        for (const char *n : {"a", "b", "c"}) {
            const QString name = QLatin1String(n);
            QCOMPARE(openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, path(u"ec.key"_s), u"-days"_s, u"10"_s,
                              u"-subj"_s, u"/CN=cert-"_s + name + u"/O=Test"_s, u"-out"_s, path(name + u".pem"_s)}),
                     0);
        }
        QCOMPARE(openssl({u"x509"_s, u"-in"_s, path(u"a.pem"_s), u"-outform"_s, u"DER"_s, u"-out"_s,
                          path(u"a.der"_s)}),
                 0);
    }

    void certificates_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("expected"); // certificate files, in order
        QTest::addColumn<QString>("container");

        QTest::newRow("pem") << readFile(u"a.pem"_s) << QStringList{u"a.pem"_s} << u"PEM"_s;
        QTest::newRow("der") << readFile(u"a.der"_s) << QStringList{u"a.pem"_s} << u"DER"_s;

        // A bundle with CRLF line endings and text before, between and after.
        QByteArray bundle = "Bag Attributes\nsubject=whatever\n";
        bundle += readFile(u"a.pem"_s) + "some text between\n\n" + readFile(u"b.pem"_s) + "more text\n" +
                  readFile(u"c.pem"_s) + "trailing text";
        bundle.replace("\n", "\r\n");
        QTest::newRow("pem-bundle-crlf") << bundle << QStringList{u"a.pem"_s, u"b.pem"_s, u"c.pem"_s} << u"PEM"_s;
    }

    void certificates()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, expected);
        QFETCH(QString, container);
        auto r = importData(data);
        QVERIFY2(r, qPrintable(err(r)));
        QCOMPARE(r->container, container);
        const QList<Certificate> certs = r->certificates();
        QCOMPARE(certs.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(certs[i].toDer(), certDer(expected[i]));
        auto list = importCertificates(data);
        QVERIFY(list);
        QCOMPARE(list->size(), expected.size());
    }

    void pkcs7_data()
    {
        QTest::addColumn<QString>("outform");
        QTest::newRow("PEM") << u"PEM"_s;
        QTest::newRow("DER") << u"DER"_s;
    }

    void pkcs7()
    {
        QFETCH(QString, outform);
        const QString f = u"chain.p7"_s + outform;
        QCOMPARE(openssl({u"crl2pkcs7"_s, u"-nocrl"_s, u"-certfile"_s, path(u"a.pem"_s), u"-certfile"_s,
                          path(u"b.pem"_s), u"-outform"_s, outform, u"-out"_s, path(f)}),
                 0);
        auto r = importData(readFile(f));
        QVERIFY2(r, qPrintable(err(r)));
        const QList<Certificate> certs = r->certificates();
        QCOMPARE(certs.size(), 2);
        QSet<QByteArray> ders{certs[0].toDer(), certs[1].toDer()};
        QVERIFY(ders.contains(certDer(u"a.pem"_s)));
        QVERIFY(ders.contains(certDer(u"b.pem"_s)));
    }

    void keys_data()
    {
        QTest::addColumn<QString>("key");       // source key file
        QTest::addColumn<QStringList>("args");  // openssl args producing the import input (OUT = output)
        QTest::addColumn<QByteArray>("pass");

        const QStringList keys{u"ec.key"_s, u"rsa.key"_s, u"ed.key"_s};
        for (const QString &k : keys) {
            const QByteArray n = k.toLatin1();
            QTest::newRow(QByteArray(n + " pkcs8 pem").constData()) << k << QStringList{u"pkcs8"_s, u"-topk8"_s, u"-nocrypt"_s} << QByteArray();
            QTest::newRow(QByteArray(n + " pkcs8 der").constData())
                << k << QStringList{u"pkcs8"_s, u"-topk8"_s, u"-nocrypt"_s, u"-outform"_s, u"DER"_s} << QByteArray();
            QTest::newRow(QByteArray(n + " pkcs8 enc pem").constData())
                << k << QStringList{u"pkcs8"_s, u"-topk8"_s, u"-v2"_s, u"aes-256-cbc"_s, u"-passout"_s, u"pass:pw"_s}
                << QByteArray("pw");
            QTest::newRow(QByteArray(n + " pkcs8 enc der").constData())
                << k
                << QStringList{u"pkcs8"_s, u"-topk8"_s, u"-v2"_s, u"aes-256-cbc"_s, u"-passout"_s, u"pass:pw"_s,
                               u"-outform"_s, u"DER"_s}
                << QByteArray("pw");
        }
        for (const QString &k : {u"ec.key"_s, u"rsa.key"_s}) {
            const QByteArray n = k.toLatin1();
            QTest::newRow(QByteArray(n + " traditional pem").constData()) << k << QStringList{u"pkey"_s, u"-traditional"_s} << QByteArray();
            QTest::newRow(QByteArray(n + " traditional der").constData())
                << k << QStringList{u"pkey"_s, u"-traditional"_s, u"-outform"_s, u"DER"_s} << QByteArray();
            QTest::newRow(QByteArray(n + " legacy encrypted pem").constData())
                << k << QStringList{u"pkey"_s, u"-traditional"_s, u"-aes256"_s, u"-passout"_s, u"pass:pw"_s}
                << QByteArray("pw");
        }
    }

    void keys()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, pass);
        const QString out = u"in-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        QCOMPARE(openssl(args + QStringList{u"-in"_s, path(key), u"-out"_s, path(out)}), 0);
        const QByteArray data = readFile(out);
        if (args.contains(u"-traditional"_s) && !args.contains(u"DER"_s))
            QVERIFY2(data.contains("-----BEGIN RSA PRIVATE KEY-----") || data.contains("-----BEGIN EC PRIVATE KEY-----"),
                     data.left(60));
        auto k = importPrivateKey(data, SecretBytes(pass));
        QVERIFY2(k, qPrintable(k ? QString() : k.error().message + u" / "_s + k.error().detail));
        QVERIFY(k->hasPrivate());
        QCOMPARE(k->publicKeyDer(), pubDer(key));

        if (!pass.isEmpty()) {
            auto wrong = importPrivateKey(data, SecretBytes(QByteArray("wrong")));
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
            auto none = importPrivateKey(data);
            QVERIFY(!none);
            QCOMPARE(none.error().code, ErrorCode::NeedsPassphrase);
        }
    }

    void publicKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("form");
        for (const QString &k : {u"ec.key"_s, u"rsa.key"_s, u"ed.key"_s})
            for (const QString &f : {u"PEM"_s, u"DER"_s})
                QTest::newRow(qPrintable(k + u' ' + f)) << k << f;
    }

    void publicKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, form);
        const QString out = key + u".pub."_s + form;
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, path(key), u"-pubout"_s, u"-outform"_s, form, u"-out"_s, path(out)}), 0);
        auto r = importData(readFile(out));
        QVERIFY2(r, qPrintable(err(r)));
        QCOMPARE(r->items.size(), 1);
        QCOMPARE(r->items[0].kind, ImportedItem::Kind::PublicKey);
        QVERIFY(!r->items[0].key.hasPrivate());
        QCOMPARE(r->items[0].key.publicKeyDer(), pubDer(key));
        auto priv = importPrivateKey(readFile(key));
        QVERIFY(priv);
        QVERIFY(priv->samePublicKey(r->items[0].key));
    }

    void pkcs12_data()
    {
        QTest::addColumn<QByteArray>("pass");
        QTest::addColumn<QStringList>("legacy"); // openssl options for a legacy file
        QTest::addColumn<QByteArrayList>("shape"); // what `openssl pkcs12 -info` must show
        QTest::newRow("aes") << QByteArray("p12pw") << QStringList() << QByteArrayList{"MAC: sha256"};
        QTest::newRow("empty password") << QByteArray() << QStringList() << QByteArrayList();
        // Windows certificate exports and OpenSSL 1.x: RC2-40 certificates, 3DES key, SHA-1 MAC.
        QTest::newRow("legacy rc2-40") << QByteArray("p12pw") << QStringList{u"-legacy"_s}
                                       << QByteArrayList{"MAC: sha1", "pbeWithSHA1And40BitRC2-CBC",
                                                         "pbeWithSHA1And3-KeyTripleDES-CBC"};
        QTest::newRow("legacy 3des") << QByteArray("p12pw")
                                     << QStringList{u"-certpbe"_s, u"PBE-SHA1-3DES"_s, u"-keypbe"_s,
                                                    u"PBE-SHA1-3DES"_s, u"-macalg"_s, u"sha1"_s}
                                     << QByteArrayList{"MAC: sha1", "PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC",
                                                       "Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC"};
    }

    void pkcs12()
    {
        QFETCH(QByteArray, pass);
        QFETCH(QStringList, legacy);
        QFETCH(QByteArrayList, shape);
        // Leaf: cert for ec.key signed by a.pem's key (same key, fine for the container).
        QByteArray chain = readFile(u"b.pem"_s) + readFile(u"c.pem"_s);
        writeFile(u"chain.pem"_s, chain);
        const QString out = u"bundle-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".p12"_s;
        QStringList args{u"pkcs12"_s, u"-export"_s, u"-inkey"_s, path(u"ec.key"_s), u"-in"_s, path(u"a.pem"_s),
                         u"-certfile"_s, path(u"chain.pem"_s), u"-name"_s, u"my device"_s, u"-passout"_s,
                         u"pass:"_s + QString::fromLatin1(pass), u"-out"_s, path(out)};
        args << legacy;
        QByteArray stdErr;
        const int rc = dwb::test::openssl(args, nullptr, &stdErr);
        if (!legacy.isEmpty() && rc != 0)
            QFAIL(qPrintable(u"openssl cannot write a legacy PKCS#12 file: is OpenSSL's legacy provider "
                             u"(ossl-modules/legacy.so, Debian package libssl3) missing? "_s + QString::fromUtf8(stdErr)));
        QCOMPARE(rc, 0);
        if (!shape.isEmpty()) {
            QByteArray info, infoErr;
            QCOMPARE(dwb::test::openssl({u"pkcs12"_s, u"-in"_s, path(out), u"-info"_s, u"-noout"_s, u"-legacy"_s,
                                         u"-passin"_s, u"pass:"_s + QString::fromLatin1(pass)},
                                        &info, &infoErr),
                     0);
            const QByteArray shown = info + infoErr;
            for (const QByteArray &s : shape)
                QVERIFY2(shown.contains(s), QByteArray(s + " not in: " + shown).constData());
        }
        const QByteArray data = readFile(out);
        auto r = importData(data, SecretBytes(pass));
        if (!r && r.error().message.contains(u"cannot use"_s))
            QFAIL(qPrintable(u"OpenSSL's legacy provider is missing (Debian package libssl3, "
                             u"ossl-modules/legacy.so): "_s + r.error().toString()));
        QVERIFY2(r, qPrintable(err(r)));
        QCOMPARE(r->container, u"PKCS#12"_s);
        QCOMPARE(r->privateKeys().size(), 1);
        QCOMPARE(r->privateKeys()[0].publicKeyDer(), pubDer(u"ec.key"_s));
        const QList<Certificate> certs = r->certificates();
        QCOMPARE(certs.size(), 3);
        QSet<QByteArray> ders;
        for (const Certificate &c : certs)
            ders.insert(c.toDer());
        for (const QString &c : {u"a.pem"_s, u"b.pem"_s, u"c.pem"_s})
            QVERIFY2(ders.contains(certDer(c)), qPrintable(c));
        bool labelled = false;
        for (const ImportedItem &i : r->items)
            labelled |= i.label == u"my device"_s;
        QVERIFY(labelled);

        if (!pass.isEmpty()) {
            auto wrong = importData(data, SecretBytes(QByteArray("nope")));
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
            QCOMPARE(wrong.error().message, u"The passphrase does not open the PKCS#12 file."_s);
            auto none = importData(data);
            QVERIFY(!none);
            QCOMPARE(none.error().code, ErrorCode::NeedsPassphrase);
        }
    }

    void truncated_data()
    {
        QTest::addColumn<QByteArray>("data");
        QByteArray pem = readFile(u"a.pem"_s);
        QTest::newRow("pem without END") << pem.left(pem.indexOf("-----END"));
        QTest::newRow("pem cut in the middle") << pem.left(pem.size() / 2);
        const QByteArray der = readFile(u"a.der"_s);
        QTest::newRow("der cut in half") << der.left(der.size() / 2);
        QTest::newRow("der minus one byte") << der.left(der.size() - 1);
        QByteArray key;
        openssl({u"pkcs8"_s, u"-topk8"_s, u"-nocrypt"_s, u"-in"_s, path(u"ec.key"_s)}, &key);
        QTest::newRow("pkcs8 pem without END") << key.left(key.indexOf("-----END"));
    }

    void truncated()
    {
        QFETCH(QByteArray, data);
        auto r = importData(data);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Truncated);
        QVERIFY(!r.error().message.isEmpty());
    }

    void unknown_data()
    {
        QTest::addColumn<QByteArray>("data");
        // Seeded, so that a failure names the input that caused it and comes
        // back on the next run. (100,000 unseeded inputs of this shape all
        // gave UnknownFormat, so the seeds only fix which ones are tried.)
        for (quint32 seed = 1; seed <= 32; ++seed) {
            QByteArray random(4096, Qt::Uninitialized);
            QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
            random[0] = 0x01; // not a DER SEQUENCE tag
            QTest::newRow(qPrintable(u"random bytes, seed %1"_s.arg(seed))) << random;
        }
        QTest::newRow("text file") << QByteArray("Hello,\nthis is a plain text file.\nNothing to see here.\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n\r\n\t ");
    }

    void unknown()
    {
        QFETCH(QByteArray, data);
        auto r = importData(data);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::UnknownFormat);
        QVERIFY(!r.error().message.isEmpty());
    }

    // A wrong passphrase whose garbage plaintext ends in valid CBC padding
    // (about one key in 300) gets past the decryption, and OpenSSL then reports
    // "DECODER routines::unsupported (No supported data to decode)". That once
    // read as "an algorithm this build cannot use", so test_importer failed now
    // and then with freshly made keys. These two keys (passphrase "pw", made
    // with new salts until "wrong" decrypted with valid padding) keep the case.
    void wrongPassphraseValidPadding_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::newRow("pkcs8 aes-256-cbc") << QByteArray(
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
            "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAja988dkA/8QwICCAAw\n"
            "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEPRdv35T/BpKPlZB1P1G3ZEEgZAz\n"
            "dpR/bSlxPvgM8qvwYNOZnUyXFIZsI9AumCBDxdRoKrwk+lvgxJpY03avMUIiXBXA\n"
            "gxsshZAY6w6dZM5ZQU/PX0eidVg0zwwFUNOaLC1sG0p2FQhymfmBobcyVNu+xX48\n"
            "UI8rQt1fGKlcJWdQITXU4hgYB/Ymsvyx7q/YMU0nn2sfinYZnA8uYmi1kSlMfVA=\n"
            "-----END ENCRYPTED PRIVATE KEY-----\n");
        QTest::newRow("traditional aes-256-cbc") << QByteArray(
            "-----BEGIN EC PRIVATE KEY-----\n"
            "Proc-Type: 4,ENCRYPTED\n"
            "DEK-Info: AES-256-CBC,898DFF786B6CA3380DFAB221CED8576E\n"
            "\n"
            "cArLrIklc3jvdX1m088I87V6+d7U9g0k1syKBaT+YNtv+8MX55k5M3QPzrqjCchK\n"
            "nbwj9OvfnFagQxnFKTIO05sGSTDAOhqV80l+g0naTQQKwjcNUrGQVgYy+2/nELTy\n"
            "uHV3JBGtjKra90/gHS1OExDOzjedCrwU8ktkMeQ17Q4=\n"
            "-----END EC PRIVATE KEY-----\n");
    }

    void wrongPassphraseValidPadding()
    {
        QFETCH(QByteArray, pem);
        const QString file = u"valid-padding-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        writeFile(file, pem);
        // openssl as the judge of the fixture: "pw" opens it, and "wrong" fails
        // after the decryption (no "bad decrypt"), in the decoder.
        QByteArray pubOut;
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, path(file), u"-passin"_s, u"pass:pw"_s, u"-pubout"_s, u"-outform"_s,
                          u"DER"_s},
                         &pubOut),
                 0);
        QByteArray wrongErr;
        QVERIFY(dwb::test::run(u"openssl"_s, {u"pkey"_s, u"-in"_s, path(file), u"-passin"_s, u"pass:wrong"_s,
                                              u"-noout"_s},
                               nullptr, &wrongErr)
                > 0);
        QVERIFY2(!wrongErr.contains("bad decrypt") && wrongErr.contains("unsupported"), wrongErr.constData());

        auto wrong = importData(pem, pass("wrong"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().code == ErrorCode::WrongPassphrase, qPrintable(wrong.error().toString()));
        QCOMPARE(wrong.error().message, u"The passphrase does not open the private key."_s);
        auto right = importPrivateKey(pem, pass("pw"));
        QVERIFY2(right, qPrintable(right ? QString() : right.error().toString()));
        QCOMPARE(right->publicKeyDer(), pubOut);
    }

    void wrongPassphraseKinds()
    {
        // Distinct error codes for the same file: none / wrong / right.
        QByteArray enc;
        QCOMPARE(openssl({u"pkcs8"_s, u"-topk8"_s, u"-v2"_s, u"aes-256-cbc"_s, u"-passout"_s, u"pass:right"_s,
                          u"-in"_s, path(u"ed.key"_s)},
                         &enc),
                 0);
        QCOMPARE(importData(enc).error().code, ErrorCode::NeedsPassphrase);
        QCOMPARE(importData(enc, pass("wrong")).error().code, ErrorCode::WrongPassphrase);
        QVERIFY(importData(enc, pass("right")));
        auto noKey = importPrivateKey(readFile(u"a.pem"_s));
        QVERIFY(!noKey);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "test_importer.moc"
