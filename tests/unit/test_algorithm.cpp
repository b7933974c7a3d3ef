// Algorithm names: stable names round-trip, drg's names, case-insensitive.
#include "core/crypto/Algorithm.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dwb;

Q_DECLARE_METATYPE(dwb::KeyAlgorithm)
Q_DECLARE_METATYPE(std::optional<dwb::KeyAlgorithm>)

class TestAlgorithm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stableNames()
    {
        const QList<KeyAlgorithm> all = allAlgorithms();
        QCOMPARE(all.size(), 6);
        QStringList names;
        for (KeyAlgorithm a : all) {
            names << algorithmName(a);
            QCOMPARE(parseAlgorithm(algorithmName(a)), std::optional<KeyAlgorithm>(a));
            QCOMPARE(parseAlgorithm(algorithmName(a).toUpper()), std::optional<KeyAlgorithm>(a));
            QVERIFY(!algorithmDisplayName(a).isEmpty());
        }
        QCOMPARE(names, (QStringList{u"rsa2048"_s, u"rsa3072"_s, u"rsa4096"_s, u"ecdsa-p256"_s, u"ecdsa-p384"_s,
                                     u"ed25519"_s}));
        QCOMPARE(algorithmDisplayName(KeyAlgorithm::EcdsaP256), u"ECDSA P-256"_s);
        QCOMPARE(kDefaultAlgorithm, KeyAlgorithm::EcdsaP256);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<KeyAlgorithm>>("expected");
        QTest::newRow("RSA") << u"RSA"_s << std::optional(KeyAlgorithm::Rsa2048);
        QTest::newRow("rsa") << u"rsa"_s << std::optional(KeyAlgorithm::Rsa2048);
        QTest::newRow("ECDSA") << u"ECDSA"_s << std::optional(KeyAlgorithm::EcdsaP256);
        QTest::newRow("ecdsa") << u"ecdsa"_s << std::optional(KeyAlgorithm::EcdsaP256);
        QTest::newRow("EdDSA") << u"EdDSA"_s << std::optional(KeyAlgorithm::Ed25519);
        QTest::newRow("eddsa") << u"eddsa"_s << std::optional(KeyAlgorithm::Ed25519);
        QTest::newRow("Ed25519") << u"Ed25519"_s << std::optional(KeyAlgorithm::Ed25519);
        QTest::newRow("Ecdsa-P384") << u"Ecdsa-P384"_s << std::optional(KeyAlgorithm::EcdsaP384);
        QTest::newRow("RSA4096") << u"RSA4096"_s << std::optional(KeyAlgorithm::Rsa4096);
        QTest::newRow("empty") << QString() << std::optional<KeyAlgorithm>();
        QTest::newRow("p521") << u"ecdsa-p521"_s << std::optional<KeyAlgorithm>();
        QTest::newRow("rsa1024") << u"rsa1024"_s << std::optional<KeyAlgorithm>();
        QTest::newRow("dsa") << u"dsa"_s << std::optional<KeyAlgorithm>();
        QTest::newRow("ed448") << u"ed448"_s << std::optional<KeyAlgorithm>();
        QTest::newRow("surrounding space (trimmed)") << u" ed25519 "_s << std::optional(KeyAlgorithm::Ed25519);
        QTest::newRow("inner space") << u"ecdsa p256"_s << std::optional<KeyAlgorithm>();
        QTest::newRow("prefix") << u"ecdsa-p2"_s << std::optional<KeyAlgorithm>();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<KeyAlgorithm>, expected);
        QCOMPARE(parseAlgorithm(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestAlgorithm)
#include "test_algorithm.moc"
