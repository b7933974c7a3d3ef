// The typed registry views: unknown keys survive edits, both credential
// locations are read, trust anchors are base64 of the PEM text, name rules.
#include "core/cloud/Resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char *kDevice = R"({
  "metadata": {"name": "dev1", "application": "app", "uid": "u-1", "resourceVersion": "rv-1",
               "generation": 4, "creationTimestamp": "2026-01-01T10:00:00Z",
               "labels": {"site": "lab"}, "annotations": {"note": "x"}, "futureMeta": {"a": 1}},
  "spec": {
    "authentication": {"credentials": [{"pass": "secret"},
                                       {"user": {"username": "u", "password": "p", "unique": false}},
                                       {"cert": "abc"}, {"psk": {"key": "k"}}]},
    "alias": ["a1"],
    "core": {"disabled": false, "futureCore": 7},
    "gatewaySelector": {"matchNames": ["gw1"]},
    "unknownSection": {"deep": [1, {"x": null}]}
  },
  "status": {"conditions": [{"type": "Ready"}]}
})";
} // namespace

class TestResources : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metadataAccessors()
    {
        const dwb::Device d(parse(kDevice));
        QCOMPARE(d.name(), u"dev1"_s);
        QCOMPARE(d.application(), u"app"_s);
        QCOMPARE(d.uid(), u"u-1"_s);
        QCOMPARE(d.resourceVersion(), u"rv-1"_s);
        QCOMPARE(d.generation(), 4);
        QCOMPARE(d.creationTimestamp(), QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(d.labels().value(u"site"_s), u"lab"_s);
        QCOMPARE(d.annotations().value(u"note"_s), u"x"_s);
        QCOMPARE(d.aliases(), QStringList{u"a1"_s});
        QVERIFY(!d.disabled());
    }

    void editsKeepUnknownKeys()
    {
        const QJsonObject original = parse(kDevice);
        dwb::Device d(original);
        d.setLabels({{u"site"_s, u"lab-2"_s}});
        QVERIFY(d.addAlias(u"a2"_s));
        QVERIFY(!d.addAlias(u"a2"_s));
        d.setDisabled(true);
        // everything but the edited values is as before
        QJsonObject expected = original;
        QJsonObject meta = expected.value("metadata"_L1).toObject();
        meta.insert("labels"_L1, QJsonObject{{u"site"_s, u"lab-2"_s}});
        expected.insert("metadata"_L1, meta);
        QJsonObject spec = expected.value("spec"_L1).toObject();
        spec.insert("alias"_L1, QJsonArray{u"a1"_s, u"a2"_s});
        spec.insert("core"_L1, QJsonObject{{u"disabled"_s, true}, {u"futureCore"_s, 7}});
        expected.insert("spec"_L1, spec);
        QCOMPARE(d.json(), expected);
        // for PUT: the same without status
        QJsonObject update = expected;
        update.remove("status"_L1);
        QCOMPARE(d.toUpdateJson(), update);
        QVERIFY(d.removeAlias(u"a1"_s));
        QVERIFY(!d.removeAlias(u"a1"_s));
        QVERIFY(d.removeAlias(u"a2"_s));
        QVERIFY(!d.spec().contains("alias"_L1));
        d.setSpecSection(u"unknownSection"_s, QJsonValue::Null);
        QVERIFY(!d.spec().contains("unknownSection"_L1));
        QVERIFY(d.spec().contains("gatewaySelector"_L1));
    }

    void credentials()
    {
        const dwb::Device d(parse(kDevice));
        const auto creds = d.credentials();
        QCOMPARE(creds.size(), 4);
        QCOMPARE(creds.at(0).kind, u"pass"_s);
        QCOMPARE(creds.at(1).kind, u"user"_s);
        QCOMPARE(creds.at(1).username, u"u"_s);
        QCOMPARE(creds.at(2).kind, u"cert"_s);
        QCOMPARE(creds.at(3).kind, u"psk"_s);
        // older servers: spec.credentials.credentials
        const dwb::Device old(parse(R"({"metadata":{"name":"d"},"spec":{"credentials":{"credentials":[
            {"user":{"username":"legacy","password":"p"}}]}}})"));
        QCOMPARE(old.credentials().size(), 1);
        QCOMPARE(old.credentials().first().username, u"legacy"_s);
        QVERIFY(dwb::Device(parse(R"({"metadata":{"name":"d"}})")).credentials().isEmpty());
    }

    void trustAnchors()
    {
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        dwb::Application app = dwb::Application::create(u"demo"_s);
        app.setSpecSection(u"other"_s, u"kept"_s);
        app.addTrustAnchor(pem);
        app.addTrustAnchor("second");
        const QJsonArray anchors = app.spec().value("trustAnchors"_L1).toObject().value("anchors"_L1).toArray();
        QCOMPARE(anchors.size(), 2);
        // standard base64 of the PEM text (contract section 4)
        QCOMPARE(anchors.at(0).toObject().value("certificate"_L1).toString(), QString::fromLatin1(pem.toBase64()));
        QCOMPARE(app.trustAnchorPems(), (QList<QByteArray>{pem, "second"}));
        QVERIFY(!app.removeTrustAnchor(2));
        QVERIFY(!app.removeTrustAnchor(-1));
        QVERIFY(app.removeTrustAnchor(0));
        QCOMPARE(app.trustAnchorPems(), QList<QByteArray>{"second"});
        QCOMPARE(app.spec().value("other"_L1).toString(), u"kept"_s);

        const dwb::Application withStatus(parse(R"({"metadata":{"name":"demo"},"status":{"trustAnchors":{"anchors":[
            {"valid":{"subject":"CN=demo, O=Drogue IoT, OU=Cloud","certificate":"LS0t",
                      "notBefore":"2026-01-01T10:00:00Z","notAfter":"2027-01-01T10:00:00Z"}},
            {"invalid":{"error":"Parse","message":"bad"}}]}}})"));
        const auto st = withStatus.trustAnchorStatuses();
        QCOMPARE(st.size(), 2);
        QVERIFY(st.at(0).valid);
        QCOMPARE(st.at(0).subject, u"CN=demo, O=Drogue IoT, OU=Cloud"_s);
        QCOMPARE(st.at(0).certificatePem, QByteArray("---"));
        QCOMPARE(st.at(0).notAfter, QDateTime(QDate(2027, 1, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(!st.at(1).valid);
        QCOMPARE(st.at(1).error, u"Parse"_s);
        QCOMPARE(st.at(1).message, u"bad"_s);
    }

    void create()
    {
        const dwb::Device d = dwb::Device::create(u"app"_s, u"CN=x, O=y"_s);
        QCOMPARE(d.name(), u"CN=x, O=y"_s);
        QCOMPARE(d.application(), u"app"_s);
        dwb::Application a = dwb::Application::create(u"app"_s);
        a.setName(u"renamed"_s);
        QCOMPARE(a.name(), u"renamed"_s);
    }

    void applicationNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"demo"_s << true;
        QTest::newRow("dashes digits") << u"demo-app-2"_s << true;
        QTest::newRow("one char") << u"a"_s << true;
        QTest::newRow("digit first") << u"1app"_s << true;
        QTest::newRow("63") << QString(63, u'a') << true;
        QTest::newRow("64") << QString(64, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper") << u"Demo"_s << false;
        QTest::newRow("underscore") << u"de_mo"_s << false;
        QTest::newRow("dot") << u"de.mo"_s << false;
        QTest::newRow("leading dash") << u"-demo"_s << false;
        QTest::newRow("trailing dash") << u"demo-"_s << false;
        QTest::newRow("space") << u"de mo"_s << false;
        QTest::newRow("umlaut") << u"dämo"_s << false;
    }

    void applicationNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(dwb::validateApplicationName(name).isEmpty(), valid);
    }

    void deviceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"dev1"_s << true;
        QTest::newRow("subject") << u"CN=dev1, O=Drogue IoT, OU=demo"_s << true;
        QTest::newRow("unicode") << u"Gerät ä"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << u"a/b"_s << false;
    }

    void deviceNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(dwb::validateDeviceName(name).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestResources)
#include "test_resources.moc"
