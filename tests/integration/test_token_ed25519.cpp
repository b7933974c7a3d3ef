// Ed25519 CA keys on a SoftHSM2 token (core/token: TokenEdKey through the
// workbench's OpenSSL provider, TokenEdProvider), with the real dwb, the real
// sandbox and its mosquitto broker, and openssl as the judge:
// - `dwb trust create --algo ed25519 --key-output pkcs11:...` makes the pair
//   on the token (pkcs11-tool lists the private key sensitive and never
//   extractable; no key file anywhere) and self-signs the anchor on it;
// - 24 devices by `enroll-batch --offline`, one by `trust enroll`, one from a
//   request (CSR signing) and two renewed by `dwb renew`, all signed on the
//   token and verified with `openssl verify -x509_strict -purpose sslclient`;
// - in the test process, the key as a PrivateKey: Ed25519, private (on the
//   token), never exported, the anchor's public key; the batch's template
//   path taken for Ed25519 and P-256 device keys;
// - online: the anchor made on the token and registered, 20 devices enrolled,
//   one logs in to the sandbox's broker;
// - a key made by pkcs11-tool (EC:edwards25519) makes a new anchor;
// - a wrong PIN: refused once with the token's state, the PIN in no output;
// - a P-256 key beside an Ed25519 key: the Ed25519 key signs, the P-256 key
//   and new keys of the other family are refused with the reason.
// (A token pulled mid-batch with an Ed25519 key: test_token's
// pulledTokenMidBatch, row offline-ed25519.)
#include "core/crypto/Certificate.h"
#include "core/enrollment/BatchCrypto.h"
#include "core/token/TokenKeys.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/SoftHsmTokens.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::test::SoftHsmTokens;

namespace {
const QString kPin = u"135790"_s;
} // namespace

class TestTokenEd25519 : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SoftHsmTokens m_tokens;
    QProcessEnvironment m_env;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    dwb::test::DwbRun dwb(const QStringList &args, const QString &pin = kPin)
    {
        QProcessEnvironment env = m_env;
        env.insert(u"DWB_PKCS11_PIN"_s, pin);
        return dwb::test::runDwb(args, env, 300000);
    }
    // n names dev-0 … dev-(n-1) in DIR/devices.txt.
    QString deviceList(const QString &dir, int n)
    {
        QByteArray list;
        for (int i = 0; i < n; ++i)
            list += "dev-" + QByteArray::number(i) + '\n';
        return dwb::test::writeFile(dir + u"/devices.txt"_s, list) ? dir + u"/devices.txt"_s : QString();
    }
    static QStringList certs(const QString &dir, int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << dir + u"/dev-%1.pem"_s.arg(i);
        return out;
    }
    // The anchor is self-signed with Ed25519 and its key is the token's public key.
    void checkAnchor(const QString &ca, const QString &token, const QString &object)
    {
        QByteArray out;
        QCOMPARE(dwb::test::openssl({u"verify"_s, u"-x509_strict"_s, u"-CAfile"_s, ca, ca}, &out), 0);
        QVERIFY2(out.contains(": OK"), out.constData());
        QCOMPARE(dwb::test::openssl({u"x509"_s, u"-in"_s, ca, u"-noout"_s, u"-text"_s}, &out), 0);
        QVERIFY2(out.contains("Signature Algorithm: ED25519") && out.contains("Public Key Algorithm: ED25519"),
                 out.constData());
        QCOMPARE(m_tokens.tool({u"--token-label"_s, token, u"--read-object"_s, u"--type"_s, u"pubkey"_s, u"--label"_s,
                                object, u"-o"_s, ca + u".tokenpub"_s},
                               &out),
                 0);
        // pkcs11-tool 0.23 writes an Ed25519 public key as PEM: the same
        // SubjectPublicKeyInfo as the anchor's, read by openssl.
        QByteArray fromToken, fromAnchor;
        QCOMPARE(dwb::test::openssl({u"pkey"_s, u"-pubin"_s, u"-in"_s, ca + u".tokenpub"_s}, &fromToken), 0);
        QCOMPARE(dwb::test::openssl({u"x509"_s, u"-in"_s, ca, u"-noout"_s, u"-pubkey"_s}, &fromAnchor), 0);
        QVERIFY2(fromToken.contains("PUBLIC KEY"), fromToken.constData());
        QCOMPARE(fromToken, fromAnchor);
    }
    // No file outside the token store holds a private key but device keys.
    void noCaKeyFile()
    {
        QDirIterator all(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (all.hasNext()) {
            const QString f = all.next();
            if (f.startsWith(m_tokens.tokenDir()) || f.endsWith(u".key"_s))
                continue;
            QVERIFY2(!dwb::test::readFile(f).contains("PRIVATE KEY"), qPrintable(f));
        }
    }

private Q_SLOTS:
    // Token labels that are no prefix of each other: pkcs11-tool's
    // --token-label takes the first token whose label starts with it.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(SoftHsmTokens::module()));
        QVERIFY(m_tokens.setUp(m_dir.path()));
        for (const QString &label : {u"made"_s, u"tool"_s, u"online"_s, u"mixed"_s})
            QVERIFY(m_tokens.initToken(label, kPin));
        m_env = m_tokens.withConf(dwb::test::isolatedDwbEnvironment(path(u"home"_s)));
        m_env.insert(u"DWB_LEDGER"_s, path(u"ledger.sqlite"_s));
    }

    // The pair made on the token, the anchor self-signed there; devices
    // offline by batch, one by trust enroll, one from a request, two renewed.
    void keyMadeOnTokenSignsOffline()
    {
        const QString dir = path(u"made"_s), key = SoftHsmTokens::uri(u"made"_s, u"ed-ca"_s), ca = dir + u"/ca.pem"_s;
        QDir().mkpath(dir);
        auto r = dwb({u"trust"_s, u"create"_s, u"edapp"_s, u"--offline"_s, u"--algo"_s, u"ed25519"_s,
                      u"--key-output"_s, key, u"--cert-output"_s, ca});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"never leaves the token"_s) && r.out.contains(u"(Ed25519,"_s), qPrintable(r.both()));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{u"ca.pem"_s});
        QByteArray out;
        QCOMPARE(m_tokens.tool({u"--token-label"_s, u"made"_s, u"--login"_s, u"--pin"_s, kPin, u"--list-objects"_s,
                                u"--type"_s, u"privkey"_s},
                               &out),
                 0);
        QVERIFY2(out.contains("EC_EDWARDS") && out.contains("ed-ca") && out.contains("sensitive")
                     && out.contains("never extractable"),
                 out.constData());
        checkAnchor(ca, u"made"_s, u"ed-ca"_s);
        if (QTest::currentTestFailed())
            return;
        r = dwb({u"tokens"_s, u"--pkcs11-module"_s, SoftHsmTokens::module()});
        QVERIFY2(r.out.contains(u"private EdDSA key \"ed-ca\""_s) && r.out.contains(u"sensitive: yes, extractable: no"_s),
                 qPrintable(r.both()));

        const QString list = deviceList(dir, 24);
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"edapp"_s, u"--ca-key"_s, key, u"--devices"_s, list, u"--out-dir"_s,
                 dir + u"/out"_s, u"--offline"_s, u"--ca-cert"_s, ca, u"--algo"_s, u"ecdsa-p256"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"enrolled 24, skipped 0, failed 0"_s), qPrintable(r.both()));
        QCOMPARE(dwb::test::opensslVerifyAll(ca, certs(dir + u"/out"_s, 24), &out), 24);

        r = dwb({u"trust"_s, u"enroll"_s, u"one"_s, u"--app"_s, u"edapp"_s, u"--offline"_s, u"--ca-key"_s, key,
                 u"--ca-cert"_s, ca, u"--out"_s, dir + u"/one.pem"_s, u"--key-output"_s, dir + u"/one.key"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        // A board's request, signed on the token.
        QCOMPARE(dwb::test::openssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                     u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, dir + u"/board.key"_s,
                                     u"-subj"_s, u"/CN=board"_s, u"-out"_s, dir + u"/board.csr"_s}),
                 0);
        r = dwb({u"trust"_s, u"enroll"_s, u"board"_s, u"--app"_s, u"edapp"_s, u"--offline"_s, u"--ca-key"_s, key,
                 u"--ca-cert"_s, ca, u"--csr"_s, dir + u"/board.csr"_s, u"--out"_s, dir + u"/board.pem"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        // Renewal (from the ledger) of two batch devices, signed on the token.
        r = dwb({u"renew"_s, u"dev-3"_s, u"dev-4"_s, u"--app"_s, u"edapp"_s, u"--ca-key"_s, key, u"--offline"_s,
                 u"--ca-cert"_s, ca, u"--out"_s, dir + u"/renewed"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        const QStringList renewed = QDir(dir + u"/renewed"_s).entryList({u"dev-*.pem"_s}, QDir::Files);
        QCOMPARE(renewed.size(), 2);
        QStringList singles{dir + u"/one.pem"_s, dir + u"/board.pem"_s};
        for (const QString &f : renewed)
            singles << dir + u"/renewed/"_s + f;
        QCOMPARE(dwb::test::opensslVerifyAll(ca, singles, &out), 4);
        noCaKeyFile();
    }

    // In this process: the token key as every signing site sees it, and the
    // batch's template path (EVP_DigestSignInit once per thread, a copied
    // context per certificate) taken for Ed25519 and P-256 device keys.
    void tokenKeyInProcess()
    {
        const QString ca = path(u"made/ca.pem"_s);
        QVERIFY(QFile::exists(ca));
        qputenv("DWB_PKCS11_PIN", kPin.toUtf8());
        auto key = dwb::loadTokenKey(SoftHsmTokens::uri(u"made"_s, u"ed-ca"_s));
        qunsetenv("DWB_PKCS11_PIN");
        QVERIFY2(key, qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(key->algorithm(), std::optional(dwb::KeyAlgorithm::Ed25519));
        QCOMPARE(key->typeName(), u"Ed25519"_s);
        QCOMPARE(key->bits(), 253);
        QVERIFY(key->hasPrivate());
        const auto pem = key->toPkcs8Pem();
        QVERIFY(!pem);
        QCOMPARE(pem.error().code, dwb::ErrorCode::UnsupportedKey);
        auto anchor = dwb::Certificate::fromPem(dwb::test::readFile(ca));
        QVERIFY(anchor);
        QVERIFY(anchor->matches(*key));
        QCOMPARE(key->publicKeyDer(), anchor->publicKey().publicKeyDer());
        QVERIFY(key->samePublicKey(anchor->publicKey()) && anchor->publicKey().samePublicKey(*key));
        auto other = dwb::PrivateKey::generate(dwb::KeyAlgorithm::Ed25519);
        QVERIFY(other && !key->samePublicKey(*other) && !anchor->matches(*other));

        dwb::BatchIssuer issuer(u"edapp"_s, *key, *anchor, 30);
        QStringList files;
        for (const auto alg : {dwb::KeyAlgorithm::Ed25519, dwb::KeyAlgorithm::EcdsaP256}) {
            for (int i = 0; i < 3; ++i) {
                auto device = issuer.generateKey(alg, nullptr);
                QVERIFY(device);
                auto cert = issuer.issuePem(u"inproc-%1-%2"_s.arg(int(alg)).arg(i), *device);
                QVERIFY2(cert, qPrintable(cert ? QString() : cert.error().toString()));
                files << path(u"inproc-%1-%2.pem"_s.arg(int(alg)).arg(i));
                QVERIFY(dwb::test::writeFile(files.last(), *cert));
            }
            QVERIFY2(issuer.usesTemplate(alg), "the batch's template path was not taken");
        }
        QByteArray out;
        QCOMPARE(dwb::test::opensslVerifyAll(ca, files, &out), files.size());
    }

    // Online: the anchor made on the token and registered, 20 devices, one
    // logs in to the sandbox's broker with its certificate.
    void onlineBatchAndBrokerLogin()
    {
        dwb::test::Sandbox sb;
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        const QString dir = path(u"online"_s), key = SoftHsmTokens::uri(u"online"_s, u"online-ca"_s),
                      ca = dir + u"/ca.pem"_s;
        QDir().mkpath(dir);
        auto r = dwb(sb.dwbArgs() + QStringList{u"create"_s, u"app"_s, u"edonline"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        r = dwb(sb.dwbArgs() + QStringList{u"trust"_s, u"create"_s, u"edonline"_s, u"--algo"_s, u"ed25519"_s,
                                            u"--key-output"_s, key, u"--cert-output"_s, ca});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        r = dwb(sb.dwbArgs() + QStringList{u"enroll-batch"_s, u"--app"_s, u"edonline"_s, u"--ca-key"_s, key,
                                            u"--devices"_s, deviceList(dir, 20), u"--out-dir"_s, dir + u"/out"_s,
                                            u"--algo"_s, u"ed25519"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"enrolled 20, skipped 0, failed 0"_s), qPrintable(r.both()));
        QByteArray out;
        QCOMPARE(dwb::test::opensslVerifyAll(ca, certs(dir + u"/out"_s, 20), &out), 20);
        QByteArray o, e;
        const int rc = dwb::test::run(u"mosquitto_pub"_s,
                                      {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(sb.mqttPort()), u"--cafile"_s,
                                       sb.caFile(), u"--cert"_s, dir + u"/out/dev-7.pem"_s, u"--key"_s,
                                       dir + u"/out/dev-7.key"_s, u"-t"_s, u"temp"_s, u"-q"_s, u"1"_s, u"-m"_s,
                                       u"{\"temp\":21}"_s},
                                      &o, &e, 15000);
        QVERIFY2(rc == 0, e.constData());
        QVERIFY(sb.waitForLog("accepted device 'dev-7' of application 'edonline'")
                    .contains("accepted device 'dev-7' of application 'edonline'"));
    }

    // A key pkcs11-tool made (EC:edwards25519) makes a new anchor and signs.
    void existingKeyMakesAnchor()
    {
        const QString dir = path(u"tool"_s), key = SoftHsmTokens::uri(u"tool"_s, u"tool-ca"_s), ca = dir + u"/ca.pem"_s;
        QDir().mkpath(dir);
        QByteArray out;
        QVERIFY2(m_tokens.keyPair(u"tool"_s, kPin, u"EC:edwards25519"_s, u"tool-ca"_s, u"e5"_s, &out), out.constData());
        auto r = dwb({u"trust"_s, u"create"_s, u"toolapp"_s, u"--offline"_s, u"--key-input"_s, key, u"--cert-output"_s,
                      ca});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        checkAnchor(ca, u"tool"_s, u"tool-ca"_s);
        r = dwb({u"trust"_s, u"enroll"_s, u"tooldev"_s, u"--app"_s, u"toolapp"_s, u"--offline"_s, u"--ca-key"_s,
                 key, u"--ca-cert"_s, ca, u"--out"_s, dir + u"/dev.pem"_s, u"--key-output"_s,
                 dir + u"/dev.key"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QCOMPARE(dwb::test::opensslVerifyAll(ca, {dir + u"/dev.pem"_s}, &out), 1);
    }

    // A wrong PIN: one refusal with the token's state; the PIN in no output;
    // the right PIN then works (one wrong PIN does not lock the token).
    void wrongPin()
    {
        const QString key = SoftHsmTokens::uri(u"made"_s, u"ed-ca"_s), pem = path(u"pin.pem"_s);
        auto r = dwb({u"trust"_s, u"create"_s, u"pinapp"_s, u"--offline"_s, u"--key-input"_s, key, u"--cert-output"_s,
                      pem},
                     u"000000"_s);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"The token 'made' refused the PIN (not retried)"_s)
                     && r.err.contains(u"user PIN count low"_s),
                 qPrintable(r.both()));
        QVERIFY(!r.both().contains(u"000000"_s) && !r.both().contains(kPin));
        QVERIFY(!QFile::exists(pem));
        // SoftHSM2 keeps no counter, and its flags after the refusal are the
        // process's (another process reads them unchanged): one refusal shows
        // CKF_USER_PIN_COUNT_LOW, not CKF_USER_PIN_FINAL_TRY or LOCKED.
        QVERIFY2(!r.err.contains(u"final try"_s) && !r.err.contains(u"locked"_s), qPrintable(r.both()));
        r = dwb({u"trust"_s, u"create"_s, u"pinapp"_s, u"--offline"_s, u"--key-input"_s, key, u"--cert-output"_s, pem});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
    }

    // libp11 0.4.12 lists no key of a token that holds an Ed25519 key: there
    // the Ed25519 key signs, a P-256 key is refused with the reason, and no
    // new key of the other family is made.
    void ed25519BesideP256()
    {
        QByteArray out;
        QVERIFY2(m_tokens.keyPair(u"mixed"_s, kPin, u"EC:prime256v1"_s, u"p256"_s, u"e1"_s, &out), out.constData());
        // A new Ed25519 key would make the P-256 key unusable: refused.
        auto r = dwb({u"trust"_s, u"create"_s, u"mixapp"_s, u"--offline"_s, u"--algo"_s, u"ed25519"_s,
                      u"--key-output"_s, SoftHsmTokens::uri(u"mixed"_s, u"ed"_s), u"--cert-output"_s, path(u"mix.pem"_s)});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"holds RSA or ECDSA keys ('p256')"_s), qPrintable(r.both()));
        QVERIFY(!QFile::exists(path(u"mix.pem"_s)));
        // One made beside it anyway (pkcs11-tool): the Ed25519 key signs.
        QVERIFY2(m_tokens.keyPair(u"mixed"_s, kPin, u"EC:edwards25519"_s, u"ed"_s, u"e0"_s, &out), out.constData());
        r = dwb({u"trust"_s, u"create"_s, u"mixapp"_s, u"--offline"_s, u"--key-input"_s,
                 SoftHsmTokens::uri(u"mixed"_s, u"ed"_s), u"--cert-output"_s, path(u"mix.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QCOMPARE(dwb::test::openssl({u"verify"_s, u"-x509_strict"_s, u"-CAfile"_s, path(u"mix.pem"_s),
                                     path(u"mix.pem"_s)}),
                 0);
        // The P-256 key: refused with the reason.
        r = dwb({u"trust"_s, u"create"_s, u"mixapp"_s, u"--offline"_s, u"--key-input"_s,
                 SoftHsmTokens::uri(u"mixed"_s, u"p256"_s), u"--cert-output"_s, path(u"mix2.pem"_s)});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"cannot sign here: libp11 0.4.12 reads no RSA or ECDSA key of a token that also "
                                u"holds a key of another type ('ed', Ed25519)"_s),
                 qPrintable(r.both()));
        QVERIFY(!QFile::exists(path(u"mix2.pem"_s)));
        // A new RSA key there would be unusable: refused.
        r = dwb({u"trust"_s, u"create"_s, u"mixapp"_s, u"--offline"_s, u"--algo"_s, u"rsa2048"_s, u"--key-output"_s,
                 SoftHsmTokens::uri(u"mixed"_s, u"rsa"_s), u"--cert-output"_s, path(u"mix3.pem"_s)});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"holds a key of another type ('ed', Ed25519)"_s), qPrintable(r.both()));
    }
};

QTEST_GUILESS_MAIN(TestTokenEd25519)
#include "test_token_ed25519.moc"
