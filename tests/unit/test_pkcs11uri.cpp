// RFC 7512 PKCS#11 URIs (core/token/Pkcs11Uri): path and query attributes,
// percent-decoding (binary id=), unknown attributes ignored, malformed
// input refused with a message naming the URI.
#include "core/token/Pkcs11Uri.h"

#include <QTest>

using namespace Qt::StringLiterals;
using dwb::Pkcs11Uri;

class TestPkcs11Uri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenAndObject()
    {
        auto u = Pkcs11Uri::parse(u"pkcs11:token=lab;object=app-ca"_s);
        QVERIFY(u);
        QCOMPARE(u->token, u"lab"_s);
        QCOMPARE(u->object, u"app-ca"_s);
        QVERIFY(u->id.isEmpty());
        QVERIFY(u->matchesToken(u"lab"_s, u"SoftHSM project"_s, u"SoftHSM v2"_s, u"123"_s));
        QVERIFY(!u->matchesToken(u"lab2"_s, {}, {}, {}));
    }
    void allAttributes()
    {
        auto u = Pkcs11Uri::parse(u"pkcs11:token=my%20lab;manufacturer=SoftHSM%20project;model=SoftHSM%20v2;"
                                  "serial=0a1b;id=%01%FF;type=private;library-version=2?pin-source=file:/run/pin"
                                  "&module-path=/usr/lib/softhsm/libsofthsm2.so"_s);
        QVERIFY2(u, u ? "" : qPrintable(u.error().message));
        QCOMPARE(u->token, u"my lab"_s);
        QCOMPARE(u->manufacturer, u"SoftHSM project"_s);
        QCOMPARE(u->model, u"SoftHSM v2"_s);
        QCOMPARE(u->serial, u"0a1b"_s);
        QCOMPARE(u->id, QByteArray("\x01\xff", 2));
        QCOMPARE(u->type, u"private"_s);
        QCOMPARE(u->pinSource, u"file:/run/pin"_s);
        QCOMPARE(u->modulePath, u"/usr/lib/softhsm/libsofthsm2.so"_s);
        QVERIFY(!u->matchesToken(u"my lab"_s, u"SoftHSM project"_s, u"SoftHSM v2"_s, u"ffff"_s));
        QVERIFY(u->matchesToken(u"my lab"_s, u"SoftHSM project"_s, u"SoftHSM v2"_s, u"0a1b"_s));
        // The text form for messages: no PIN source, id percent-encoded.
        QCOMPARE(u->toString(), u"pkcs11:token=my%20lab;manufacturer=SoftHSM%20project;model=SoftHSM%20v2;"
                                "serial=0a1b;id=%01%FF;type=private"_s);
    }
    void looksLike()
    {
        QVERIFY(Pkcs11Uri::looksLike(u"pkcs11:object=x"_s));
        QVERIFY(Pkcs11Uri::looksLike(u"PKCS11:object=x"_s));
        QVERIFY(!Pkcs11Uri::looksLike(u"ca.key"_s));
        QVERIFY(!Pkcs11Uri::looksLike(u"./pkcs11:ca.key"_s));
    }
    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("not a URI") << u"ca.key"_s;
        QTest::newRow("bad percent") << u"pkcs11:object=a%2"_s;
        QTest::newRow("bad hex") << u"pkcs11:id=%zz"_s;
        QTest::newRow("no value") << u"pkcs11:token"_s;
        QTest::newRow("bad type") << u"pkcs11:object=a;type=car"_s;
    }
    void refused()
    {
        QFETCH(QString, text);
        auto u = Pkcs11Uri::parse(text);
        QVERIFY(!u);
        QVERIFY2(u.error().message.contains(text), qPrintable(u.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Uri)
#include "test_pkcs11uri.moc"
