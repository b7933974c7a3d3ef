// drogue-sandbox as a program: start/stop, sandbox.json, local CA, every
// route and error over raw HTTP (QNetworkAccessManager and a raw socket),
// persistence across restarts, a damaged registry file, the data folder's
// lock (flock(1) as the judge), a clean log on a fresh start; the ports
// picked for the broker lie below the kernel's ephemeral range.
#include "sandbox/SandboxServer.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <QDir>

#include <csignal>
#include <unistd.h>


using namespace Qt::StringLiterals;

namespace {

struct Raw {
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray contentType;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

Raw request(const QByteArray &method, const QUrl &url, const QByteArray &authorization = {},
            const QByteArray &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    Raw r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.location = reply->rawHeader("Location");
    r.contentType = reply->rawHeader("Content-Type");
    delete reply;
    return r;
}

QByteArray basic(const QString &user, const QString &token)
{
    return "Basic " + (user + u':' + token).toUtf8().toBase64();
}

// flock(1), the outside judge of the data folder's lock: 0 when the lock
// file could be locked at once (nobody holds it), 1 when it is held.
int flockProbe(const QString &dataDir)
{
    return dwb::test::run(u"flock"_s, {u"--nonblock"_s, u"--conflict-exit-code"_s, u"1"_s,
                                       QDir(dataDir).filePath(u"sandbox.lock"_s), u"true"_s});
}

// The process ids of the mosquitto started with DIR/broker/mosquitto.conf.
QList<qint64> brokerPids(const QString &dataDir)
{
    QByteArray out;
    dwb::test::run(u"pgrep"_s, {u"-f"_s, QDir(dataDir).filePath(u"broker/mosquitto.conf"_s)}, &out);
    QList<qint64> pids;
    for (const QByteArray &line : out.split('\n'))
        if (const qint64 pid = line.trimmed().toLongLong(); pid > 0)
            pids << pid;
    return pids;
}

bool isErrorBody(const Raw &r, const QString &error)
{
    const QJsonObject o = r.object();
    return o.value("error"_L1).toString() == error && !o.value("message"_L1).toString().isEmpty();
}

} // namespace

class TestSandbox : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox *m_sb = nullptr;
    QByteArray m_auth;
    QUrl url(const QString &path) const { return QUrl(m_sb->api().toString() + path); }
    QUrl reg(const QString &path) const { return url(u"/api/registry/v1alpha1"_s + path); }

private Q_SLOTS:
    void initTestCase()
    {
        m_sb = new dwb::test::Sandbox;
        QVERIFY2(m_sb->start({u"--no-broker"_s}), qPrintable(m_sb->errorString()));
        m_auth = basic(m_sb->user(), m_sb->token());
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_sb->stop(), 0);
        // a clean stop removes sandbox.json
        QVERIFY(!QFile::exists(m_sb->dataDir() + u"/sandbox.json"_s));
        delete m_sb;
    }

    // The ports picked for the broker lie below the kernel's own range
    // (which every outgoing connection draws from, and which took one of
    // them from mosquitto once in CI), and are free to bind.
    void freePortsLieBelowTheKernelsRange()
    {
        QFile range(u"/proc/sys/net/ipv4/ip_local_port_range"_s);
        QVERIFY(range.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = range.readAll().simplified().split(' ');
        QCOMPARE(parts.size(), 2);
        const int low = parts[0].toInt();
        if (low - 10000 < 1000)
            QSKIP("the kernel's range leaves no room below it on this machine");
        QSet<int> seen;
        for (int i = 0; i < 50; ++i) {
            const int port = dwb::sandbox::pickFreePort(QHostAddress(QHostAddress::LocalHost));
            QVERIFY2(port >= 10000 && port < low, qPrintable(QString::number(port)));
            QTcpServer bind;
            QVERIFY2(bind.listen(QHostAddress::LocalHost, quint16(port)), qPrintable(bind.errorString()));
            seen << port;
        }
        QVERIFY2(seen.size() > 40, "the ports are not spread at random"); // 50 draws from 22,768
    }

    void sandboxJson()
    {
        const QJsonObject info = m_sb->info();
        QVERIFY(m_sb->api().isValid());
        QCOMPARE(m_sb->api().host(), u"127.0.0.1"_s);
        QVERIFY(QRegularExpression(u"^drg_[A-Za-z0-9]{32}$"_s).match(m_sb->token()).hasMatch());
        QCOMPARE(m_sb->user(), u"sandbox"_s);
        QVERIFY(m_sb->mqttPort() > 0);
        QVERIFY(m_sb->integrationPort() > 0);
        QVERIFY(m_sb->mqttPort() != m_sb->integrationPort());
        QVERIFY(info.value("pid"_L1).toInteger() > 0);
        const QJsonObject ep = info.value("endpoints"_L1).toObject();
        QCOMPARE(ep.value("api"_L1).toString(), m_sb->api().toString());
        QCOMPARE(ep.value("registry"_L1).toObject().value("url"_L1).toString(), m_sb->api().toString());
        QCOMPARE(ep.value("mqtt"_L1).toObject().value("port"_L1).toInt(), m_sb->mqttPort());
        QCOMPARE(ep.value("mqtt"_L1).toObject().value("host"_L1).toString(), u"localhost"_s);
        QCOMPARE(ep.value("mqtt_integration"_L1).toObject().value("port"_L1).toInt(), m_sb->integrationPort());
        QCOMPARE(ep.value("issuer_url"_L1).toString(), m_sb->api().toString() + u"/realms/drogue"_s);
        // secrets: sandbox.json and the token file are 0600
        const QString json = m_sb->dataDir() + u"/sandbox.json"_s;
        QCOMPARE(dwb::test::fileMode(json), 0600);
        QCOMPARE(dwb::test::fileMode(m_sb->dataDir() + u"/token"_s), 0600);
        QVERIFY(QFileInfo(m_sb->caFile()).isAbsolute());
    }

    void localCaVerifiesWithOpenssl()
    {
        const QString tls = m_sb->dataDir() + u"/tls/"_s;
        QByteArray out, err;
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"verify"_s, u"-CAfile"_s, tls + u"ca.pem"_s, u"-purpose"_s,
                                               u"sslserver"_s, tls + u"server.pem"_s},
                                &out, &err),
                 0);
        QVERIFY(out.contains("OK"));
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"x509"_s, u"-in"_s, tls + u"server.pem"_s, u"-noout"_s,
                                               u"-ext"_s, u"subjectAltName"_s},
                                &out, &err),
                 0);
        QVERIFY2(out.contains("DNS:localhost") && out.contains("IP Address:127.0.0.1"), out.constData());
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"x509"_s, u"-in"_s, tls + u"ca.pem"_s, u"-noout"_s,
                                               u"-subject"_s},
                                &out, &err),
                 0);
        QVERIFY2(out.contains("CN = Drogue Sandbox Local CA"), out.constData());
        QCOMPARE(dwb::test::fileMode(tls + u"server.key"_s), 0600);
        QCOMPARE(dwb::test::fileMode(tls + u"ca.key"_s), 0600);
    }

    void discovery()
    {
        Raw r = request("GET", url(u"/.well-known/drogue-endpoints"_s));
        QCOMPARE(r.status, 200);
        QJsonObject o = r.object();
        QCOMPARE(o.value("api"_L1).toString(), m_sb->api().toString());
        QVERIFY(o.contains("registry"_L1));
        QVERIFY(o.contains("issuer_url"_L1));
        QVERIFY(!o.contains("mqtt"_L1)); // public subset only
        r = request("GET", url(u"/.well-known/drogue-version"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("version"_L1).toString(), u"0.11.0"_s);
        r = request("GET", url(u"/api/console/v1alpha1/info"_s), m_auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("mqtt"_L1).toObject().value("port"_L1).toInt(), m_sb->mqttPort());
        r = request("GET", url(u"/api/admin/v1alpha1/user/whoami"_s), m_auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("id"_L1).toString(), u"sandbox"_s);
    }

    void authentication_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("info") << u"/api/console/v1alpha1/info"_s;
        QTest::newRow("whoami") << u"/api/admin/v1alpha1/user/whoami"_s;
        QTest::newRow("apps") << u"/api/registry/v1alpha1/apps"_s;
        QTest::newRow("app") << u"/api/registry/v1alpha1/apps/nothere"_s;
    }

    void authentication()
    {
        QFETCH(QString, path);
        // none
        Raw r = request("GET", url(path));
        QCOMPARE(r.status, 403);
        QVERIFY(isErrorBody(r, u"AuthenticationError"_s));
        // wrong token, wrong user, unknown bearer, garbage
        for (const QByteArray &h : {basic(m_sb->user(), u"drg_wrong"_s), basic(u"alice"_s, m_sb->token()),
                                    QByteArray("Bearer abc"), QByteArray("Basic ###"), QByteArray("Token x")}) {
            r = request("GET", url(path), h);
            QCOMPARE(r.status, 403);
            QVERIFY(isErrorBody(r, u"AuthenticationError"_s));
        }
        // the right one
        r = request("GET", url(path), m_auth);
        QVERIFY2(r.status == 200 || r.status == 404, r.body.constData());
    }

    void bothBasicAndBearerIs403()
    {
        // Two Authorization headers on one request: needs a raw socket.
        QTcpSocket s;
        s.connectToHost(m_sb->api().host(), quint16(m_sb->api().port()));
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /api/admin/v1alpha1/user/whoami HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + m_auth
                + "\r\nAuthorization: Bearer sometoken\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (s.waitForReadyRead(5000))
            answer += s.readAll();
        answer += s.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        QVERIFY(answer.contains("AuthenticationError"));
    }

    void unknownPathsAndMethods()
    {
        Raw r = request("GET", url(u"/nothing/here"_s), m_auth);
        QCOMPARE(r.status, 404);
        QVERIFY(isErrorBody(r, u"NotFound"_s));
        r = request("POST", url(u"/.well-known/drogue-version"_s), {}, "{}");
        QCOMPARE(r.status, 405);
        QVERIFY(isErrorBody(r, u"MethodNotAllowed"_s));
        r = request("PATCH", reg(u"/apps"_s), m_auth, "{}");
        QCOMPARE(r.status, 405);
        QVERIFY(isErrorBody(r, u"MethodNotAllowed"_s));
        r = request("DELETE", reg(u"/apps"_s), m_auth);
        QCOMPARE(r.status, 405);
        r = request("GET", reg(u"/things"_s), m_auth);
        QCOMPARE(r.status, 404);
        QVERIFY(isErrorBody(r, u"NotFound"_s));
    }

    void appLifecycleRaw()
    {
        Raw r = request("POST", reg(u"/apps"_s), m_auth,
                        R"({"metadata":{"name":"raw-app","labels":{"site":"lab"}},"spec":{"x":{"y":1}}})");
        QCOMPARE(r.status, 201);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.location, QByteArray("/api/registry/v1alpha1/apps/raw-app"));
        r = request("POST", reg(u"/apps"_s), m_auth, R"({"metadata":{"name":"raw-app"}})");
        QCOMPARE(r.status, 409);
        QVERIFY(isErrorBody(r, u"Conflict"_s));

        r = request("GET", reg(u"/apps/raw-app"_s), m_auth);
        QCOMPARE(r.status, 200);
        const QJsonObject app = r.object();
        const QJsonObject meta = app.value("metadata"_L1).toObject();
        QCOMPARE(meta.value("name"_L1).toString(), u"raw-app"_s);
        QCOMPARE(meta.value("generation"_L1).toInt(), 1);
        QVERIFY(!meta.value("uid"_L1).toString().isEmpty());
        QVERIFY(!meta.value("resourceVersion"_L1).toString().isEmpty());
        QVERIFY(meta.value("creationTimestamp"_L1).toString().endsWith(u'Z'));
        QCOMPARE(meta.value("labels"_L1).toObject().value("site"_L1).toString(), u"lab"_s);
        QCOMPARE(app.value("spec"_L1).toObject().value("x"_L1).toObject().value("y"_L1).toInt(), 1);

        // PUT: 204, generation +1 on spec change, status from the client ignored
        QJsonObject changed = app;
        changed.insert("spec"_L1, QJsonObject{{u"x"_s, 2}});
        changed.insert("status"_L1, QJsonObject{{u"fake"_s, true}});
        r = request("PUT", reg(u"/apps/raw-app"_s), m_auth, QJsonDocument(changed).toJson());
        QCOMPARE(r.status, 204);
        r = request("GET", reg(u"/apps/raw-app"_s), m_auth);
        const QJsonObject after = r.object();
        const QJsonObject meta2 = after.value("metadata"_L1).toObject();
        QCOMPARE(meta2.value("generation"_L1).toInt(), 2);
        QVERIFY(meta2.value("resourceVersion"_L1) != meta.value("resourceVersion"_L1));
        QCOMPARE(meta2.value("uid"_L1), meta.value("uid"_L1));
        QCOMPARE(meta2.value("creationTimestamp"_L1), meta.value("creationTimestamp"_L1));
        QVERIFY(!after.value("status"_L1).toObject().contains("fake"_L1));

        // labels only: new resourceVersion, same generation
        QJsonObject relabel = after;
        QJsonObject m3 = meta2;
        m3.insert("labels"_L1, QJsonObject{{u"site"_s, u"lab-2"_s}});
        relabel.insert("metadata"_L1, m3);
        QCOMPARE(request("PUT", reg(u"/apps/raw-app"_s), m_auth, QJsonDocument(relabel).toJson()).status, 204);
        const QJsonObject meta4 = request("GET", reg(u"/apps/raw-app"_s), m_auth).object()
                                      .value("metadata"_L1).toObject();
        QCOMPARE(meta4.value("generation"_L1).toInt(), 2);
        QVERIFY(meta4.value("resourceVersion"_L1) != meta2.value("resourceVersion"_L1));

        // optimistic lock: the old resourceVersion is refused
        r = request("PUT", reg(u"/apps/raw-app"_s), m_auth, QJsonDocument(changed).toJson());
        QCOMPARE(r.status, 409);
        QVERIFY(isErrorBody(r, u"OptimisticLockFailed"_s));
        // wrong uid too
        QJsonObject wrongUid = relabel;
        QJsonObject m5 = meta4;
        m5.insert("uid"_L1, u"00000000-0000-0000-0000-000000000000"_s);
        wrongUid.insert("metadata"_L1, m5);
        QCOMPARE(request("PUT", reg(u"/apps/raw-app"_s), m_auth, QJsonDocument(wrongUid).toJson()).status, 409);

        // name mismatch between path and body
        r = request("PUT", reg(u"/apps/raw-app"_s), m_auth, R"({"metadata":{"name":"other"},"spec":{}})");
        QCOMPARE(r.status, 400);
        QVERIFY(isErrorBody(r, u"BadRequest"_s));

        // delete with wrong preconditions: 409, with right ones: 204
        r = request("DELETE", reg(u"/apps/raw-app"_s), m_auth,
                    R"({"preconditions":{"resourceVersion":"nope"}})");
        QCOMPARE(r.status, 409);
        r = request("DELETE", reg(u"/apps/raw-app"_s), m_auth,
                    QJsonDocument(QJsonObject{{u"preconditions"_s,
                                               QJsonObject{{u"uid"_s, meta4.value("uid"_L1)},
                                                           {u"resourceVersion"_s, meta4.value("resourceVersion"_L1)}}}})
                        .toJson());
        QCOMPARE(r.status, 204);
        r = request("GET", reg(u"/apps/raw-app"_s), m_auth);
        QCOMPARE(r.status, 404);
        QVERIFY(isErrorBody(r, u"NotFound"_s));
        QCOMPARE(request("DELETE", reg(u"/apps/raw-app"_s), m_auth).status, 404);
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no metadata") << QByteArray(R"({"spec":{}})");
        QTest::newRow("unknown metadata key") << QByteArray(R"({"metadata":{"name":"ok-app","colour":"red"}})");
        QTest::newRow("upper case") << QByteArray(R"({"metadata":{"name":"Demo"}})");
        QTest::newRow("underscore") << QByteArray(R"({"metadata":{"name":"de_mo"}})");
        QTest::newRow("leading dash") << QByteArray(R"({"metadata":{"name":"-demo"}})");
        QTest::newRow("64 chars") << (R"({"metadata":{"name":")" + QByteArray(64, 'a') + R"("}})");
        QTest::newRow("empty name") << QByteArray(R"({"metadata":{"name":""}})");
        QTest::newRow("labels not strings") << QByteArray(R"({"metadata":{"name":"ok-app","labels":{"a":1}}})");
        QTest::newRow("spec not object") << QByteArray(R"({"metadata":{"name":"ok-app"},"spec":[]})");
    }

    void badRequests()
    {
        QFETCH(QByteArray, body);
        const Raw r = request("POST", reg(u"/apps"_s), m_auth, body);
        QCOMPARE(r.status, 400);
        QVERIFY2(isErrorBody(r, u"BadRequest"_s), r.body.constData());
    }

    void nameLimits()
    {
        const QByteArray name63(63, 'a');
        QCOMPARE(request("POST", reg(u"/apps"_s), m_auth, R"({"metadata":{"name":")" + name63 + R"("}})").status,
                 201);
        QCOMPARE(request("DELETE", reg(u"/apps/"_s + QString::fromLatin1(name63)), m_auth).status, 204);
    }

    void devicesRaw()
    {
        QCOMPARE(request("POST", reg(u"/apps"_s), m_auth, R"({"metadata":{"name":"dev-app"}})").status, 201);
        // a subject string as device name, percent-encoded in the path
        Raw r = request("POST", reg(u"/apps/dev-app/devices"_s), m_auth,
                        R"({"metadata":{"name":"CN=dev1, O=Drogue IoT"},"spec":{"alias":["a1"]}})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.location, QByteArray("/api/registry/v1alpha1/apps/dev-app/devices/CN%3Ddev1%2C%20O%3DDrogue%20IoT"));
        r = request("GET", url(QString::fromLatin1(r.location)), m_auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("metadata"_L1).toObject().value("application"_L1).toString(), u"dev-app"_s);
        QCOMPARE(r.object().value("metadata"_L1).toObject().value("name"_L1).toString(), u"CN=dev1, O=Drogue IoT"_s);
        // duplicates, names with '/', unknown app, application mismatch
        QCOMPARE(request("POST", reg(u"/apps/dev-app/devices"_s), m_auth,
                         R"({"metadata":{"name":"CN=dev1, O=Drogue IoT"}})").status, 409);
        QCOMPARE(request("POST", reg(u"/apps/dev-app/devices"_s), m_auth, R"({"metadata":{"name":"a/b"}})").status,
                 400);
        QCOMPARE(request("POST", reg(u"/apps/dev-app/devices"_s), m_auth, R"({"metadata":{"name":""}})").status,
                 400);
        QCOMPARE(request("POST", reg(u"/apps/no-app/devices"_s), m_auth, R"({"metadata":{"name":"d"}})").status,
                 404);
        QCOMPARE(request("POST", reg(u"/apps/dev-app/devices"_s), m_auth,
                         R"({"metadata":{"name":"d","application":"other"}})").status, 400);
        // alias uniqueness within the app: another device's alias, or name
        r = request("POST", reg(u"/apps/dev-app/devices"_s), m_auth,
                    R"({"metadata":{"name":"d2"},"spec":{"alias":["a1"]}})");
        QCOMPARE(r.status, 409);
        QVERIFY(isErrorBody(r, u"Conflict"_s));
        QCOMPARE(request("POST", reg(u"/apps/dev-app/devices"_s), m_auth,
                         R"({"metadata":{"name":"d2"},"spec":{"alias":["CN=dev1, O=Drogue IoT"]}})").status, 409);
        QCOMPARE(request("POST", reg(u"/apps/dev-app/devices"_s), m_auth, R"({"metadata":{"name":"a1"}})").status,
                 409);
        QCOMPARE(request("POST", reg(u"/apps/dev-app/devices"_s), m_auth,
                         R"({"metadata":{"name":"d2"},"spec":{"alias":["a2"]}})").status, 201);
        // the same alias in another app is fine
        QCOMPARE(request("POST", reg(u"/apps"_s), m_auth, R"({"metadata":{"name":"dev-app-2"}})").status, 201);
        QCOMPARE(request("POST", reg(u"/apps/dev-app-2/devices"_s), m_auth,
                         R"({"metadata":{"name":"x"},"spec":{"alias":["a1"]}})").status, 201);
        // deleting the app deletes its devices
        QCOMPARE(request("DELETE", reg(u"/apps/dev-app"_s), m_auth).status, 204);
        QCOMPARE(request("POST", reg(u"/apps"_s), m_auth, R"({"metadata":{"name":"dev-app"}})").status, 201);
        r = request("GET", reg(u"/apps/dev-app/devices"_s), m_auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 0);
        QCOMPARE(request("GET", reg(u"/apps/dev-app-2/devices/x"_s), m_auth).status, 200);
        QCOMPARE(request("DELETE", reg(u"/apps/dev-app"_s), m_auth).status, 204);
        QCOMPARE(request("DELETE", reg(u"/apps/dev-app-2"_s), m_auth).status, 204);
    }

    void labelsAndPaging()
    {
        QCOMPARE(request("POST", reg(u"/apps"_s), m_auth, R"({"metadata":{"name":"lbl"}})").status, 201);
        const QList<QJsonObject> labels{QJsonObject{{u"site"_s, u"a"_s}, {u"tier"_s, u"1"_s}},
                                        QJsonObject{{u"site"_s, u"b"_s}}, QJsonObject{{u"site"_s, u"a"_s}},
                                        QJsonObject{}};
        for (int i = 0; i < labels.size(); ++i) {
            const QJsonObject meta{{u"name"_s, QString(u"d"_s + QString::number(i))}, {u"labels"_s, labels.at(i)}};
            const QByteArray body = QJsonDocument(QJsonObject{{u"metadata"_s, meta}}).toJson();
            QCOMPARE(request("POST", reg(u"/apps/lbl/devices"_s), m_auth, body).status, 201);
        }
        const auto names = [this](const QString &query) {
            QStringList out;
            const Raw r = request("GET", reg(u"/apps/lbl/devices?"_s + query), m_auth);
            if (r.status != 200)
                return QStringList{u"HTTP "_s + QString::number(r.status)};
            for (const QJsonValue &v : r.array())
                out << v.toObject().value("metadata"_L1).toObject().value("name"_L1).toString();
            return out;
        };
        QCOMPARE(names({}), (QStringList{u"d0"_s, u"d1"_s, u"d2"_s, u"d3"_s}));
        QCOMPARE(names(u"labels=site%3Da"_s), (QStringList{u"d0"_s, u"d2"_s}));
        QCOMPARE(names(u"labels=site%21%3Da"_s), (QStringList{u"d1"_s, u"d3"_s}));
        QCOMPARE(names(u"labels=site"_s), (QStringList{u"d0"_s, u"d1"_s, u"d2"_s}));
        QCOMPARE(names(u"labels=%21site"_s), (QStringList{u"d3"_s}));
        QCOMPARE(names(u"labels=site%3Da%2Ctier"_s), (QStringList{u"d0"_s}));
        QCOMPARE(names(u"labels=site%3Da%2C%21tier"_s), (QStringList{u"d2"_s}));
        QCOMPARE(names(u"labels=site%20in%20(a%2Cb)"_s), (QStringList{u"d0"_s, u"d1"_s, u"d2"_s}));
        QCOMPARE(names(u"labels=site%20in%20(b)%2Csite"_s), (QStringList{u"d1"_s}));
        QCOMPARE(names(u"labels=site%20notin%20(a)"_s), (QStringList{u"d1"_s, u"d3"_s}));
        QCOMPARE(names(u"labels=site%20in%20(a%2C)"_s), (QStringList{u"HTTP 400"_s}));
        QCOMPARE(names(u"labels=site%20in%20(a"_s), (QStringList{u"HTTP 400"_s}));
        QCOMPARE(names(u"limit=2"_s), (QStringList{u"d0"_s, u"d1"_s}));
        QCOMPARE(names(u"limit=2&offset=3"_s), (QStringList{u"d3"_s}));
        QCOMPARE(names(u"labels=site&limit=1&offset=1"_s), (QStringList{u"d1"_s}));
        QCOMPARE(names(u"limit=-1"_s), (QStringList{u"HTTP 400"_s}));
        QCOMPARE(names(u"offset=x"_s), (QStringList{u"HTTP 400"_s}));
        QCOMPARE(names(u"labels=%3Da"_s), (QStringList{u"HTTP 400"_s}));
        QCOMPARE(request("DELETE", reg(u"/apps/lbl"_s), m_auth).status, 204);
    }

    void persistenceAcrossRestarts()
    {
        dwb::test::Sandbox sb;
        QVERIFY2(sb.start({u"--no-broker"_s}), qPrintable(sb.errorString()));
        const QByteArray auth = basic(sb.user(), sb.token());
        const QString base = sb.api().toString() + u"/api/registry/v1alpha1"_s;
        QCOMPARE(request("POST", QUrl(base + u"/apps"_s), auth, R"({"metadata":{"name":"keep"},"spec":{"k":1}})").status, 201);
        QCOMPARE(request("POST", QUrl(base + u"/apps/keep/devices"_s), auth, R"({"metadata":{"name":"dev"}})").status, 201);
        const QJsonObject before = request("GET", QUrl(base + u"/apps/keep"_s), auth).object();
        // registry.json is contract-shaped (the broker plugin reads it)
        QCOMPARE(dwb::test::fileMode(sb.dataDir() + u"/registry.json"_s), 0600);
        QFile f(sb.dataDir() + u"/registry.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject file = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QCOMPARE(file.value("version"_L1).toInt(), 1);
        QCOMPARE(file.value("applications"_L1).toArray().first().toObject(), before);
        QCOMPARE(file.value("devices"_L1).toArray().size(), 1);
        QCOMPARE(file.value("owners"_L1).toObject().value("keep"_L1).toString(), u"sandbox"_s);
        const QString token = sb.token();
        QCOMPARE(sb.stop(), 0);

        QVERIFY2(sb.start({u"--no-broker"_s}), qPrintable(sb.errorString()));
        QCOMPARE(sb.token(), token);
        const QString base2 = sb.api().toString() + u"/api/registry/v1alpha1"_s;
        const QByteArray auth2 = basic(sb.user(), sb.token());
        QCOMPARE(request("GET", QUrl(base2 + u"/apps/keep"_s), auth2).object(), before);
        QCOMPARE(request("GET", QUrl(base2 + u"/apps/keep/devices/dev"_s), auth2).status, 200);
        QCOMPARE(sb.stop(), 0);
    }

    void damagedRegistryIsRefused()
    {
        dwb::test::Sandbox sb;
        QVERIFY2(sb.start({u"--no-broker"_s}), qPrintable(sb.errorString()));
        QCOMPARE(sb.stop(), 0);
        const QString file = sb.dataDir() + u"/registry.json"_s;
        const QByteArray damaged = R"({"version":1,"applications":[{"metadata":)";
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(damaged);
        f.close();
        QVERIFY(!sb.start({u"--no-broker"_s}, 10000));
        QVERIFY2(sb.errorString().contains(file), qPrintable(sb.errorString()));
        // never reset silently
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged);
    }

    void secondSandboxOnTheSameFolderIsRefused()
    {
        dwb::test::Sandbox second(m_sb->dataDir());
        QVERIFY(!second.start({u"--no-broker"_s}, 10000));
        QVERIFY2(second.errorString().contains(u"already runs"_s), qPrintable(second.errorString()));
        // the first one still answers
        QCOMPARE(request("GET", url(u"/api/admin/v1alpha1/user/whoami"_s), m_auth).status, 200);
    }

    void secondSandboxNamesTheFirstEvenWithoutSandboxJson()
    {
        dwb::test::Sandbox first;
        QVERIFY2(first.start({u"--no-broker"_s}), qPrintable(first.errorString()));
        const qint64 pid = first.info().value("pid"_L1).toInteger();
        QVERIFY(pid > 0);
        QCOMPARE(flockProbe(first.dataDir()), 1); // a real kernel lock
        // The lock does not depend on sandbox.json: delete it.
        QVERIFY(QFile::remove(first.dataDir() + u"/sandbox.json"_s));
        QByteArray err;
        const int rc = dwb::test::run(dwb::test::program(u"drogue-sandbox"_s),
                                      {u"--data-dir"_s, first.dataDir(), u"--no-broker"_s,
                                       u"--log-file"_s, first.dataDir() + u"/second.log"_s},
                                      nullptr, &err, 60000);
        QCOMPARE(rc, 3); // "the folder is in use"
        QVERIFY2(err.contains(QByteArray("(process " + QByteArray::number(pid) + ")")), err.constData());
        QVERIFY2(err.contains(QFile::encodeName(first.dataDir())), err.constData());
        // It touched nothing: no log of its own, the first one still answers.
        QVERIFY(!QFile::exists(first.dataDir() + u"/second.log"_s));
        QVERIFY(first.isRunning());
        QCOMPARE(request("GET", QUrl(first.api().toString() + u"/api/admin/v1alpha1/user/whoami"_s),
                         basic(first.user(), first.token())).status,
                 200);
        QCOMPARE(first.stop(), 0);
        QCOMPARE(flockProbe(first.dataDir()), 0); // released on a clean stop
    }

    void sigkillReleasesTheLock()
    {
        // With the broker: a child process must not inherit the lock.
        dwb::test::Sandbox sb;
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        const qint64 pid = sb.info().value("pid"_L1).toInteger();
        const QString lock = QDir(sb.dataDir()).filePath(u"sandbox.lock"_s);
        QCOMPARE(dwb::test::readFile(lock).trimmed(), QByteArray::number(pid));
        QCOMPARE(flockProbe(sb.dataDir()), 1);
        const QList<qint64> brokers = brokerPids(sb.dataDir());
        QCOMPARE(brokers.size(), 1);
        const QDir fds(u"/proc/%1/fd"_s.arg(brokers.first()));
        QVERIFY(fds.exists());
        for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot))
            QVERIFY2(QFile::symLinkTarget(fds.filePath(fd)) != lock, "mosquitto holds the lock file open");

        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!sb.isRunning(), 20000);
        // The kernel dropped the lock with the process; sandbox.json is left over.
        QCOMPARE(flockProbe(sb.dataDir()), 0);
        QVERIFY(QFile::exists(sb.dataDir() + u"/sandbox.json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(brokerPids(sb.dataDir()).isEmpty(), 10000);

        // A new sandbox starts on the folder and holds it.
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        const qint64 pid2 = sb.info().value("pid"_L1).toInteger();
        QVERIFY(pid2 > 0 && pid2 != pid);
        QCOMPARE(dwb::test::readFile(lock).trimmed(), QByteArray::number(pid2));
        QCOMPARE(flockProbe(sb.dataDir()), 1);
        QCOMPARE(sb.stop(), 0);
        QCOMPARE(flockProbe(sb.dataDir()), 0);
    }

    void freshStartLogsNoFailure()
    {
        // A fresh data folder (a first start on a new machine), with the
        // broker, started and stopped: not one line with "failed" or "error".
        dwb::test::Sandbox sb;
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        QCOMPARE(sb.stop(), 0);
        const QByteArray log = sb.stdOut() + sb.stdErr();
        // the log is there: the broker's start and stop, the sandbox's URL
        QVERIFY2(QRegularExpression(u"mosquitto: mosquitto version \\S+ running"_s).match(QString::fromUtf8(log)).hasMatch(),
                 log.constData());
        QVERIFY2(log.contains("mosquitto: mosquitto version") && log.contains(" terminating"), log.constData());
        QVERIFY2(log.contains(sb.api().toString().toUtf8()), log.constData());
        for (const QByteArray &line : log.split('\n')) {
            const QByteArray lower = line.toLower();
            QVERIFY2(!lower.contains("failed") && !lower.contains("error"), line.constData());
        }
        // mosquitto's advice against root is labelled as what it is
        QVERIFY2(!log.contains("mosquitto: Warning"), log.constData());
        if (::geteuid() == 0)
            QVERIFY2(log.contains("drogue-sandbox: the broker runs as root because drogue-sandbox does"),
                     log.constData());
    }

    void sigintStopsCleanly()
    {
        dwb::test::Sandbox sb;
        QVERIFY2(sb.start({u"--no-broker"_s}), qPrintable(sb.errorString()));
        const QString json = sb.dataDir() + u"/sandbox.json"_s;
        QVERIFY(QFile::exists(json));
        QCOMPARE(::kill(pid_t(sb.info().value("pid"_L1).toInteger()), SIGINT), 0);
        // It exits by itself (removing sandbox.json on the way); stop() would
        // send SIGTERM to a sandbox still finishing its exit (slow under ASan)
        // and report that signal instead of the exit code.
        QTRY_VERIFY_WITH_TIMEOUT(!sb.isRunning(), 20000);
        QVERIFY(!QFile::exists(json));
        QCOMPARE(sb.stop(), 0); // exit code 0
        QVERIFY(QFile::exists(sb.dataDir() + u"/token"_s)); // the data stays
    }

    void badArguments()
    {
        QByteArray err;
        QCOMPARE(dwb::test::run(dwb::test::program(u"drogue-sandbox"_s), {u"--http-port"_s, u"1"_s}, nullptr,
                                &err),
                 2);
        QVERIFY(err.contains("--data-dir"));
        QCOMPARE(dwb::test::run(dwb::test::program(u"drogue-sandbox"_s),
                                {u"--data-dir"_s, u"/tmp/x"_s, u"--http-port"_s, u"abc"_s}, nullptr, &err),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "test_sandbox.moc"
