// MqttClient and VerifyDeviceJob without a broker: option checks, error
// mapping, the marked payload. (The broker tests are in integration/.)
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/mqtt/MqttClient.h"
#include "core/mqtt/VerifyDevice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMqttClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connackMessages()
    {
        QCOMPARE(dwb::MqttClient::connackMessage(5, false), u"not authorised"_s);
        QCOMPARE(dwb::MqttClient::connackMessage(0x87, true), u"not authorised"_s);
        QCOMPARE(dwb::MqttClient::connackMessage(4, false), u"bad user name or password"_s);
        QCOMPARE(dwb::MqttClient::connackMessage(0x86, true), u"bad user name or password"_s);
    }

    void markedPayload()
    {
        const QString marker = u"m-1"_s;
        QJsonObject o = QJsonDocument::fromJson(dwb::VerifyDeviceJob::markedPayload(R"({"t":1})", marker)).object();
        QCOMPARE(o.value("t"_L1).toInt(), 1);
        QCOMPARE(o.value("dwbVerify"_L1).toString(), marker);
        o = QJsonDocument::fromJson(dwb::VerifyDeviceJob::markedPayload("42", marker)).object();
        QCOMPARE(o.value("value"_L1).toInt(), 42);
        o = QJsonDocument::fromJson(dwb::VerifyDeviceJob::markedPayload("hello", marker)).object();
        QCOMPARE(o.value("value"_L1).toString(), u"hello"_s);
        QCOMPARE(o.value("dwbVerify"_L1).toString(), marker);
    }

    void certificateWithoutKeyRefused()
    {
        auto key = dwb::PrivateKey::generate(dwb::KeyAlgorithm::EcdsaP256);
        QVERIFY(key.ok());
        auto ca = dwb::createTrustAnchor(u"app"_s, *key);
        QVERIFY(ca.ok());
        dwb::MqttClient c;
        dwb::MqttOptions o;
        o.port = 1;
        o.clientCertificate = *ca;
        const dwb::Status st = c.connectToBroker(o);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, dwb::ErrorCode::InvalidArgument);
    }

    void keyOfAnotherCertificateRefused()
    {
        auto key = dwb::PrivateKey::generate(dwb::KeyAlgorithm::EcdsaP256);
        auto other = dwb::PrivateKey::generate(dwb::KeyAlgorithm::EcdsaP256);
        QVERIFY(key.ok() && other.ok());
        auto ca = dwb::createTrustAnchor(u"app"_s, *key);
        QVERIFY(ca.ok());
        dwb::MqttClient c;
        dwb::MqttOptions o;
        o.port = 1;
        o.clientCertificate = *ca;
        o.clientKey = *other;
        const dwb::Status st = c.connectToBroker(o);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, dwb::ErrorCode::Mismatch);
    }

    void closedPortIsRefused()
    {
        // A port that was free a moment ago: nothing listens there.
        int port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost));
            port = s.serverPort();
        }
        dwb::MqttClient c;
        QSignalSpy errors(&c, &dwb::MqttClient::errorOccurred);
        dwb::MqttOptions o;
        o.host = u"127.0.0.1"_s;
        o.port = port;
        o.tls = false;
        o.connectTimeoutMs = 3000;
        const dwb::Status st = c.connectToBroker(o);
        dwb::Error e;
        if (!st.ok()) {
            e = st.error();
        } else {
            QVERIFY(errors.wait(5000));
            e = errors.at(0).at(0).value<dwb::Error>();
        }
        QCOMPARE(e.code, dwb::ErrorCode::Network);
        // Refused (nothing listens) is told apart from a broker that cannot
        // be reached or does not answer (issue 23).
        QVERIFY2(e.message.contains(u"refused the connection: nothing accepts connections on that port"_s),
                 qPrintable(e.toString()));
    }

    void silentServerTimesOut()
    {
        // Accepts TCP but never answers: the connect timeout names it.
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost));
        dwb::MqttClient c;
        QSignalSpy errors(&c, &dwb::MqttClient::errorOccurred);
        dwb::MqttOptions o;
        o.host = u"127.0.0.1"_s;
        o.port = s.serverPort();
        o.tls = false;
        o.connectTimeoutMs = 500;
        QVERIFY(c.connectToBroker(o).ok());
        QVERIFY(errors.wait(5000));
        const dwb::Error e = errors.at(0).at(0).value<dwb::Error>();
        QCOMPARE(e.code, dwb::ErrorCode::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestMqttClient)
#include "test_mqtt_client.moc"
