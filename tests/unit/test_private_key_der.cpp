// keyder (core/crypto/PrivateKeyDer): private keys decoded for the one key
// type and structure their bytes have, instead of through OpenSSL's generic
// readers (d2i_AutoPrivateKey, PEM_read_bio_PrivateKey), which set up
// decoders for every key type on each call. OpenSSL's generic readers are the
// judge: every key type and form the openssl command line writes, and
// thousands of damaged copies of them, must be accepted or refused alike, with
// the same public key, by keyder::decode() (DER) and importData() (PEM).
#include "core/crypto/Importer.h"
#include "core/crypto/PrivateKeyDer.h"
#include "support/TestEnv.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs12.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace dwb;

namespace {

// The keys openssl makes for the whole run.
const QTemporaryDir &keyDir()
{
    static const QTemporaryDir dir;
    return dir;
}

QString path(const QString &name) { return keyDir().path() + u'/' + name; }

QByteArray opensslOut(const QStringList &args)
{
    QByteArray out;
    return dwb::test::openssl(args, &out) == 0 ? out : QByteArray();
}

// SubjectPublicKeyInfo DER of a key, empty for none.
QByteArray spki(EVP_PKEY *pkey)
{
    if (!pkey)
        return {};
    unsigned char *buf = nullptr;
    const int len = i2d_PUBKEY(pkey, &buf);
    QByteArray out = len > 0 ? QByteArray(reinterpret_cast<const char *>(buf), len) : QByteArray();
    OPENSSL_free(buf);
    EVP_PKEY_free(pkey);
    ERR_clear_error();
    return out;
}

// OpenSSL's generic DER reader, as the importer called it before.
QByteArray autoSpki(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return spki(d2i_AutoPrivateKey(nullptr, &p, long(der.size())));
}

QByteArray keyderSpki(const QByteArray &der) { return spki(keyder::decode(der)); }

// OpenSSL's generic PEM reader (passphrase "test", never prompting).
int testPass(char *buf, int size, int, void *)
{
    if (size < 4)
        return -1;
    std::memcpy(buf, "test", 4);
    return 4;
}

QByteArray pemReaderSpki(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, testPass, nullptr);
    BIO_free(bio);
    return spki(pkey);
}

QByteArray importSpki(const QByteArray &pem)
{
    auto key = importPrivateKey(pem, SecretBytes(QByteArrayLiteral("test")));
    return key ? key->publicKeyDer() : QByteArray();
}

QByteArray pemWrap(const QByteArray &der, const QByteArray &label, const QByteArray &headers = {})
{
    QByteArray out = "-----BEGIN " + label + "-----\n" + headers;
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END " + label + "-----\n";
}

QByteArray derOfPem(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n'))
        if (!line.startsWith("-----") && !line.contains(':'))
            body += line;
    return QByteArray::fromBase64(body);
}

// A damaged copy: a few bytes set, flipped, cut out or put in, or the end cut
// off; the bytes that make up DER headers (0x30, 0x02, 0x04, 0x80, 0x81...)
// are chosen often, so that the structure itself changes.
QByteArray mutate(QByteArray data, QRandomGenerator &rng)
{
    static const char interesting[] = {'\x00', '\x01', '\x02', '\x04', '\x06', '\x30', '\x80', '\x81', '\x82', '\xa0',
                                       '\xa1', '\xff'};
    const int edits = int(rng.bounded(3)) + 1;
    for (int e = 0; e < edits && !data.isEmpty(); ++e) {
        const qsizetype i = rng.bounded(data.size());
        switch (rng.bounded(6)) {
        case 0: data[i] = char(data[i] ^ (1 << rng.bounded(8))); break;
        case 1: data[i] = char(rng.bounded(256)); break;
        case 2: data.remove(i, rng.bounded(4) + 1); break;
        case 3: data.insert(i, char(rng.bounded(256))); break;
        case 4: data.truncate(i); break;
        default: data[i] = interesting[rng.bounded(int(sizeof interesting))]; break;
        }
    }
    return data;
}

struct KeyType {
    const char *name;
    QStringList genpkey; // genpkey arguments
    bool traditional;    // has a traditional (type-specific) private-key form
};

const QList<KeyType> &keyTypes()
{
    static const QList<KeyType> types{
        {"ec-p256", {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s}, true},
        {"ec-p384", {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-384"_s}, true},
        {"ec-secp256k1", {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:secp256k1"_s}, true},
        {"ec-explicit", {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-pkeyopt"_s,
                         u"ec_param_enc:explicit"_s}, true},
        {"rsa", {u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:1024"_s}, true},
        {"rsa-3primes", {u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:1536"_s, u"-pkeyopt"_s,
                         u"rsa_keygen_primes:3"_s}, true},
        {"rsa-pss", {u"-algorithm"_s, u"RSA-PSS"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:1024"_s}, false},
        {"dsa", {u"-paramfile"_s, u"dsa-params.pem"_s}, true},
        {"ed25519", {u"-algorithm"_s, u"ED25519"_s}, false},
        {"ed448", {u"-algorithm"_s, u"ED448"_s}, false},
        {"x25519", {u"-algorithm"_s, u"X25519"_s}, false},
        {"x448", {u"-algorithm"_s, u"X448"_s}, false},
        {"dh", {u"-algorithm"_s, u"DH"_s, u"-pkeyopt"_s, u"group:ffdhe2048"_s}, false},
        {"sm2", {u"-algorithm"_s, u"SM2"_s}, false},
    };
    return types;
}

QString keyFile(const KeyType &t) { return path(QLatin1String(t.name) + u".pem"_s); }

QByteArray pkcs8Der(const KeyType &t)
{
    return opensslOut({u"pkey"_s, u"-in"_s, keyFile(t), u"-outform"_s, u"DER"_s});
}

QByteArray traditionalDer(const KeyType &t)
{
    return opensslOut({u"pkey"_s, u"-in"_s, keyFile(t), u"-traditional"_s, u"-outform"_s, u"DER"_s});
}

} // namespace

class TestPrivateKeyDer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(keyDir().isValid());
        QCOMPARE(dwb::test::openssl({u"genpkey"_s, u"-genparam"_s, u"-algorithm"_s, u"DSA"_s, u"-pkeyopt"_s,
                                     u"dsa_paramgen_bits:1024"_s, u"-out"_s, path(u"dsa-params.pem"_s)}),
                 0);
        for (const KeyType &t : keyTypes()) {
            QStringList args{u"genpkey"_s};
            for (const QString &a : t.genpkey)
                args << (a.endsWith(u".pem"_s) ? path(a) : a);
            QVERIFY2(dwb::test::openssl(args + QStringList{u"-out"_s, keyFile(t)}) == 0, t.name);
        }
    }

    // Every key type in every DER form openssl writes: the key OpenSSL's
    // generic reader finds (the public key openssl prints), and for the PEM
    // forms (plain, PKCS#8 encrypted, legacy-encrypted) importData() too.
    void everyKeyTypeAndForm()
    {
        for (const KeyType &t : keyTypes()) {
            const QByteArray expected = opensslOut({u"pkey"_s, u"-in"_s, keyFile(t), u"-pubout"_s, u"-outform"_s,
                                                    u"DER"_s});
            QVERIFY2(!expected.isEmpty(), t.name);
            QList<QByteArray> ders{pkcs8Der(t)};
            if (t.traditional)
                ders << traditionalDer(t);
            for (const QByteArray &der : ders) {
                QVERIFY2(!der.isEmpty(), t.name);
                QVERIFY2(keyderSpki(der) == expected, t.name);
                QVERIFY2(autoSpki(der) == expected, t.name);
            }
            QList<QStringList> pemForms{
                {u"pkey"_s},
                {u"pkcs8"_s, u"-topk8"_s, u"-v2"_s, u"aes-256-cbc"_s, u"-iter"_s, u"16"_s, u"-passout"_s, u"pass:test"_s},
            };
            // "RSA PRIVATE KEY" and "EC PRIVATE KEY", plain and legacy-encrypted
            // (the importer reads no "DSA PRIVATE KEY" block).
            if (t.traditional && t.name != QByteArray("dsa"))
                pemForms << QStringList{u"pkey"_s, u"-traditional"_s}
                         << QStringList{u"pkey"_s, u"-traditional"_s, u"-aes256"_s, u"-passout"_s, u"pass:test"_s};
            for (const QStringList &form : pemForms) {
                const QByteArray pem = opensslOut(form + QStringList{u"-in"_s, keyFile(t)});
                QVERIFY2(!pem.isEmpty(), t.name);
                QVERIFY2(importSpki(pem) == expected, qPrintable(QLatin1String(t.name) + u' ' + form.join(u' ')));
            }
        }
    }

    // Forms OpenSSL reads that a stricter walk of the structure would refuse:
    // BER with an indefinite length, an INTEGER with a needless leading zero
    // (some old encoders write them; d2i_ASN1_SEQUENCE_ANY refuses it), bytes
    // after the key; and six INTEGERs, which OpenSSL takes for a DSA key.
    void laxFormsAsOpenSsl()
    {
        const KeyType &ec = keyTypes().at(0);
        const KeyType &rsa = keyTypes().at(4);
        const QByteArray ecDer = traditionalDer(ec);
        const QByteArray rsaDer = traditionalDer(rsa);
        // The EC key's elements in an indefinite-length SEQUENCE.
        QVERIFY(ecDer.size() < 128 + 2 && quint8(ecDer[1]) < 0x80);
        const QByteArray indefinite = "\x30\x80" + ecDer.mid(2) + QByteArray(2, '\0');
        // RSA: the modulus (02 82 LL LL ...) with one more leading zero byte.
        QCOMPARE(quint8(rsaDer[0]), quint8(0x30));
        const qsizetype mod = 4 + 3; // SEQUENCE header (30 82 LL LL), version (02 01 00)
        QCOMPARE(quint8(rsaDer[mod]), quint8(0x02));
        QCOMPARE(quint8(rsaDer[mod + 1]), quint8(0x81));
        QByteArray padded = rsaDer;
        const int modLen = quint8(rsaDer[mod + 2]);
        padded[mod + 2] = char(modLen + 1);
        padded.insert(mod + 3, '\0');
        const int seqLen = (quint8(rsaDer[2]) << 8 | quint8(rsaDer[3])) + 1;
        padded[2] = char(seqLen >> 8);
        padded[3] = char(seqLen & 0xff);
        const QByteArray sixIntegers = QByteArray::fromHex("3012020100020100020100020100020100020100");
        const QByteArray trailing = rsaDer + QByteArray("trailing");
        for (const QByteArray &der : {indefinite, padded, trailing, sixIntegers}) {
            const QByteArray judge = autoSpki(der);
            QVERIFY2(!judge.isEmpty(), der.toHex().left(40).constData());
            QCOMPARE(keyderSpki(der), judge);
            auto imported = importData(der);
            QVERIFY2(imported && imported->privateKeys().size() == 1, qPrintable(imported ? QString() : imported.error().toString()));
            QCOMPARE(imported->items.first().format, u"private key (DER)"_s);
        }
        QCOMPARE(importSpki(pemWrap(padded, "RSA PRIVATE KEY")), autoSpki(padded));
    }

    // What a PEM label admits, as OpenSSL reads it: "EC PRIVATE KEY" and
    // "RSA PRIVATE KEY" also a PKCS#8 key of their type, "ENCRYPTED PRIVATE
    // KEY" also a plain PKCS#8; never a key of another type or form.
    void labelsAsOpenSsl()
    {
        const KeyType &ec = keyTypes().at(0);
        const KeyType &rsa = keyTypes().at(4);
        const KeyType &ed = keyTypes().at(8);
        const QByteArray forms[] = {traditionalDer(ec), pkcs8Der(ec), traditionalDer(rsa), pkcs8Der(rsa), pkcs8Der(ed)};
        int accepted = 0, refused = 0;
        for (const QByteArray label : {"PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY"}) {
            for (const QByteArray &der : forms) {
                const QByteArray pem = pemWrap(der, label);
                const QByteArray judge = pemReaderSpki(pem);
                QVERIFY2(importSpki(pem) == judge, label.constData());
                ++(judge.isEmpty() ? refused : accepted);
            }
        }
        // Both answers occur, so the comparison says something.
        QVERIFY2(accepted > 0 && refused > 0, qPrintable(u"%1 accepted, %2 refused"_s.arg(accepted).arg(refused)));
    }

    // Damaged copies of every DER form: keyder::decode() and
    // d2i_AutoPrivateKey() accept the same ones, with the same key. Seeded:
    // a failure names the input and comes back on the next run.
    void damagedDerAsOpenSsl()
    {
        QRandomGenerator rng(23);
        int accepted = 0, total = 0;
        for (const KeyType &t : keyTypes()) {
            QList<QByteArray> ders{pkcs8Der(t)};
            if (t.traditional)
                ders << traditionalDer(t);
            for (const QByteArray &der : ders) {
                for (int i = 0; i < 150; ++i, ++total) {
                    const QByteArray damaged = mutate(der, rng);
                    const QByteArray judge = autoSpki(damaged);
                    QVERIFY2(keyderSpki(damaged) == judge,
                             qPrintable(QLatin1String(t.name) + u": "_s + QString::fromLatin1(damaged.toHex())));
                    accepted += judge.isEmpty() ? 0 : 1;
                }
            }
        }
        // Both outcomes occur (a damaged key can still be one: a changed
        // byte of the private scalar is another valid key).
        QVERIFY2(accepted > total / 20 && accepted < total * 19 / 20,
                 qPrintable(u"%1 of %2 accepted"_s.arg(accepted).arg(total)));
    }

    // Damaged PEM private-key blocks (the DER inside damaged, under each
    // label; legacy-encrypted ones with the passphrase): importData() and
    // PEM_read_bio_PrivateKey() accept the same ones, with the same key.
    void damagedPemAsOpenSsl()
    {
        QRandomGenerator rng(2023);
        const QByteArray labels[] = {"PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY"};
        int accepted = 0, total = 0;
        for (const KeyType &t : keyTypes()) {
            if (t.name != QByteArray("ec-p256") && t.name != QByteArray("rsa") && t.name != QByteArray("ed25519")
                && t.name != QByteArray("dsa"))
                continue;
            QList<QByteArray> ders{pkcs8Der(t)};
            if (t.traditional)
                ders << traditionalDer(t);
            for (const QByteArray &der : ders) {
                for (int i = 0; i < 100; ++i, ++total) {
                    const QByteArray pem = pemWrap(mutate(der, rng), labels[rng.bounded(3)]);
                    const QByteArray judge = pemReaderSpki(pem);
                    QVERIFY2(importSpki(pem) == judge, pem.constData());
                    accepted += judge.isEmpty() ? 0 : 1;
                }
            }
        }
        QVERIFY2(accepted > 0 && accepted < total, qPrintable(u"%1 of %2 accepted"_s.arg(accepted).arg(total)));
        // Legacy encryption: damaged ciphertext, the right passphrase.
        const QByteArray enc = opensslOut({u"pkey"_s, u"-traditional"_s, u"-aes256"_s, u"-passout"_s,
                                           u"pass:test"_s, u"-in"_s, keyFile(keyTypes().at(0))});
        const qsizetype blank = enc.indexOf("\n\n");
        QVERIFY(blank > 0);
        const QByteArray headers = enc.mid(enc.indexOf('\n') + 1, blank - enc.indexOf('\n'));
        QVERIFY(headers.startsWith("Proc-Type: 4,ENCRYPTED"));
        const QByteArray cipher = derOfPem(enc);
        for (int i = 0; i < 100; ++i) {
            const QByteArray pem = pemWrap(mutate(cipher, rng), "EC PRIVATE KEY", headers);
            QVERIFY2(importSpki(pem) == pemReaderSpki(pem), pem.constData());
        }
    }

    // The decoder contexts are kept per thread: threads decoding at once,
    // each key type in turn, and a thread whose contexts were released, all
    // get every key right.
    void contextsPerThread()
    {
        QList<QByteArray> ders, expected;
        for (const KeyType &t : keyTypes()) {
            ders << pkcs8Der(t);
            expected << autoSpki(ders.last());
            if (t.traditional) {
                ders << traditionalDer(t);
                expected << expected.last();
            }
        }
        std::atomic<int> wrong{0}, done{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 20; ++round) {
                    for (qsizetype i = 0; i < ders.size(); ++i) {
                        const qsizetype k = (i + t * 5) % ders.size();
                        if (keyderSpki(ders[k]) != expected[k])
                            ++wrong;
                        ++done;
                    }
                    if (round % 7 == t)
                        keyder::releaseThreadDecoders();
                }
            });
        }
        for (std::thread &th : threads)
            th.join();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(done.load(), int(4 * 20 * ders.size()));
        keyder::releaseThreadDecoders();
        QCOMPARE(keyderSpki(ders.first()), expected.first());
    }

    // A decrypted PKCS#8 key of an algorithm OpenSSL does not have is told
    // as such (as OpenSSL's generic reader said), not as a wrong passphrase.
    void unknownAlgorithmInsideEncryptedPkcs8()
    {
        PKCS8_PRIV_KEY_INFO *p8 = PKCS8_PRIV_KEY_INFO_new();
        QVERIFY(p8);
        auto *keyBytes = static_cast<unsigned char *>(OPENSSL_malloc(32));
        std::memset(keyBytes, 0x42, 32);
        QVERIFY(PKCS8_pkey_set0(p8, OBJ_txt2obj("1.3.6.1.4.1.99999.1", 1), 0, V_ASN1_UNDEF, nullptr, keyBytes, 32));
        X509_SIG *sig = PKCS8_encrypt(-1, EVP_aes_256_cbc(), "test", 4, nullptr, 0, 16, p8);
        PKCS8_PRIV_KEY_INFO_free(p8);
        QVERIFY(sig);
        BIO *bio = BIO_new(BIO_s_mem());
        QVERIFY(PEM_write_bio_PKCS8(bio, sig) == 1);
        X509_SIG_free(sig);
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        const QByteArray pem(data, len);
        BIO_free(bio);
        QVERIFY(pemReaderSpki(pem).isEmpty());
        auto r = importData(pem, SecretBytes(QByteArrayLiteral("test")));
        QVERIFY(!r);
        QVERIFY2(r.error().code == ErrorCode::Crypto, qPrintable(r.error().toString()));
        QVERIFY2(r.error().detail.contains(u"TYPE=1.3.6.1.4.1.99999.1"_s), qPrintable(r.error().detail));
        auto wrong = importData(pem, SecretBytes(QByteArrayLiteral("wrong")));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
    }
};

QTEST_GUILESS_MAIN(TestPrivateKeyDer)
#include "test_private_key_der.moc"
