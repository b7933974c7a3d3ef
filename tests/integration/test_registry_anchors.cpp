// Trust anchors through the sandbox: status computed from spec (valid /
// invalid, same order), anchor subjects as application aliases, and a
// concurrent writer's anchor surviving our modifyApp. Anchors are made both
// with the openssl command line (external oracle) and with our profiles.
#include "core/cloud/RegistryClient.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::ErrorCode;
using dwb::test::why;

namespace {

// A CA made by openssl itself; returns the PEM text.
QByteArray opensslCa(const QString &dir, const QString &subject, bool ca = true)
{
    const QString key = QDir(dir).filePath(u"k.pem"_s), cert = QDir(dir).filePath(u"c.pem"_s);
    QFile::remove(key);
    QFile::remove(cert);
    QStringList args{u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                     u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"30"_s, u"-subj"_s, subject};
    args << u"-addext"_s << (ca ? u"basicConstraints=critical,CA:TRUE"_s : u"basicConstraints=critical,CA:FALSE"_s);
    if (dwb::test::run(u"openssl"_s, args) != 0)
        return {};
    QFile f(cert);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString opensslField(const QByteArray &pem, const QString &option)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"c.pem"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(pem);
    f.close();
    QByteArray out;
    dwb::test::run(u"openssl"_s, {u"x509"_s, u"-in"_s, path, u"-noout"_s, option}, &out);
    return QString::fromUtf8(out).trimmed();
}

} // namespace

class TestRegistryAnchors : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    std::unique_ptr<dwb::RegistryClient> m_client;
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sb.start({u"--no-broker"_s}), qPrintable(m_sb.errorString()));
        m_client = std::make_unique<dwb::RegistryClient>(m_sb.connectionSettings());
    }

    void statusFromSpec()
    {
        const QByteArray external = opensslCa(m_tmp.path(), u"/CN=ext-app/O=Drogue IoT/OU=Cloud"_s);
        QVERIFY(external.startsWith("-----BEGIN CERTIFICATE-----"));
        const QByteArray notCa = opensslCa(m_tmp.path(), u"/CN=leaf/O=Drogue IoT"_s, false);
        QVERIFY(!notCa.isEmpty());

        dwb::Application app = dwb::Application::create(u"anchors"_s);
        app.addTrustAnchor(external);
        app.addTrustAnchor("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        app.addTrustAnchor(notCa);
        // raw, not base64
        QJsonObject ta = app.spec().value("trustAnchors"_L1).toObject();
        QJsonArray anchors = ta.value("anchors"_L1).toArray();
        anchors.append(QJsonObject{{u"certificate"_s, u"%%% not base64 %%%"_s}});
        anchors.append(QJsonObject{{u"somethingElse"_s, 1}});
        ta.insert("anchors"_L1, anchors);
        app.setSpecSection(u"trustAnchors"_s, ta);
        QVERIFY(await(m_client->createApp(app)).ok());

        auto got = await(m_client->getApp(u"anchors"_s));
        QVERIFY2(got.ok(), why(got));
        const auto st = got->trustAnchorStatuses();
        QCOMPARE(st.size(), 5);
        QVERIFY(st.at(0).valid);
        // the Drogue subject string: DER order, ", "-joined, no escaping
        QCOMPARE(st.at(0).subject, u"CN=ext-app, O=Drogue IoT, OU=Cloud"_s);
        QCOMPARE(st.at(0).certificatePem, external);
        // the dates as openssl reads them
        const QDateTime notAfter = QDateTime::fromString(
            opensslField(external, u"-enddate"_s).section(u'=', 1).simplified(), u"MMM d HH:mm:ss yyyy 'GMT'"_s);
        QVERIFY(notAfter.isValid());
        QCOMPARE(st.at(0).notAfter.toSecsSinceEpoch(), QDateTime(notAfter.date(), notAfter.time(), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(!st.at(1).valid);
        QCOMPARE(st.at(1).error, u"Parse"_s);
        QVERIFY(!st.at(2).valid);
        QCOMPARE(st.at(2).error, u"NotCa"_s);
        QVERIFY(!st.at(3).valid);
        QCOMPARE(st.at(3).error, u"Parse"_s);
        QVERIFY(!st.at(4).valid);
        QVERIFY(!st.at(4).message.isEmpty());

        // removing the first anchor recomputes the status in the same order
        auto modified = await(m_client->modifyApp(u"anchors"_s, [](dwb::Application &a) {
            a.removeTrustAnchor(0);
            return dwb::Status();
        }));
        QVERIFY2(modified.ok(), why(modified));
        const auto st2 = modified->trustAnchorStatuses();
        QCOMPARE(st2.size(), 4);
        QCOMPARE(st2.at(1).error, u"NotCa"_s);
        QVERIFY(await(m_client->deleteApp(u"anchors"_s)).ok());
    }

    void profileAnchorIsValid()
    {
        auto key = dwb::PrivateKey::generate(dwb::KeyAlgorithm::EcdsaP256);
        QVERIFY2(key.ok(), why(key));
        auto cert = dwb::createTrustAnchor(u"prof"_s, *key, 10);
        QVERIFY2(cert.ok(), why(cert));
        dwb::Application app = dwb::Application::create(u"prof"_s);
        app.addTrustAnchor(cert->toPem());
        QVERIFY(await(m_client->createApp(app)).ok());
        auto got = await(m_client->getApp(u"prof"_s));
        const auto st = got->trustAnchorStatuses();
        QCOMPARE(st.size(), 1);
        QVERIFY(st.first().valid);
        QCOMPARE(st.first().subject, u"CN=prof, O=Drogue IoT, OU=Cloud"_s);
        QVERIFY(await(m_client->deleteApp(u"prof"_s)).ok());
    }

    void anchorSubjectIsAnAlias()
    {
        const QByteArray shared = opensslCa(m_tmp.path(), u"/CN=shared/O=Drogue IoT/OU=Cloud"_s);
        dwb::Application first = dwb::Application::create(u"alias-one"_s);
        first.addTrustAnchor(shared);
        QVERIFY(await(m_client->createApp(first)).ok());
        // a second app with an anchor of the same subject: 409
        dwb::Application second = dwb::Application::create(u"alias-two"_s);
        second.addTrustAnchor(opensslCa(m_tmp.path(), u"/CN=shared/O=Drogue IoT/OU=Cloud"_s));
        auto r = await(m_client->createApp(second));
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(u"alias-one"_s), qPrintable(r.error().message));
        // also when added later with modifyApp (a final conflict, not retried forever)
        QVERIFY(await(m_client->createApp(dwb::Application::create(u"alias-two"_s))).ok());
        auto m = await(m_client->modifyApp(u"alias-two"_s, [&shared](dwb::Application &a) {
            a.addTrustAnchor(shared);
            return dwb::Status();
        }));
        QCOMPARE(m.error().code, ErrorCode::Conflict);
        // an invalid anchor is no alias: no conflict
        auto ok = await(m_client->modifyApp(u"alias-two"_s, [](dwb::Application &a) {
            a.addTrustAnchor("garbage");
            return dwb::Status();
        }));
        QVERIFY2(ok.ok(), why(ok));
        // after the first app is gone, the subject is free
        QVERIFY(await(m_client->deleteApp(u"alias-one"_s)).ok());
        auto later = await(m_client->modifyApp(u"alias-two"_s, [&shared](dwb::Application &a) {
            a.addTrustAnchor(shared);
            return dwb::Status();
        }));
        QVERIFY2(later.ok(), why(later));
        QVERIFY(await(m_client->deleteApp(u"alias-two"_s)).ok());
    }

    void concurrentAnchorSurvives()
    {
        QVERIFY(await(m_client->createApp(dwb::Application::create(u"race-anchors"_s))).ok());
        const QByteArray theirs = opensslCa(m_tmp.path(), u"/CN=theirs/O=Drogue IoT/OU=Cloud"_s);
        const QByteArray ours = opensslCa(m_tmp.path(), u"/CN=ours/O=Drogue IoT/OU=Cloud"_s);
        dwb::RegistryClient other(m_sb.connectionSettings());
        int calls = 0;
        auto r = await(m_client->modifyApp(u"race-anchors"_s, [&](dwb::Application &a) {
            if (++calls == 1) {
                // the other writer adds its anchor and an unknown spec key after our read
                auto o = await(other.getApp(u"race-anchors"_s));
                dwb::Application changed = *o;
                changed.addTrustAnchor(theirs);
                changed.setSpecSection(u"vendorExtension"_s, QJsonObject{{u"keep"_s, true}});
                if (Status st = await(other.updateApp(changed)); !st)
                    return st;
            }
            a.addTrustAnchor(ours);
            return dwb::Status();
        }));
        QVERIFY2(r.ok(), why(r));
        QCOMPARE(calls, 2);
        QCOMPARE(r->trustAnchorPems(), (QList<QByteArray>{theirs, ours}));
        QVERIFY(r->spec().value("vendorExtension"_L1).toObject().value("keep"_L1).toBool());
        const auto st = r->trustAnchorStatuses();
        QCOMPARE(st.size(), 2);
        QCOMPARE(st.at(0).subject, u"CN=theirs, O=Drogue IoT, OU=Cloud"_s);
        QCOMPARE(st.at(1).subject, u"CN=ours, O=Drogue IoT, OU=Cloud"_s);
    }

private:
    using Status = dwb::Status;
};

QTEST_GUILESS_MAIN(TestRegistryAnchors)
#include "test_registry_anchors.moc"
