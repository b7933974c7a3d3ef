// Faults from the server (issue 10): the real drogue-sandbox with --faults
// (503 bursts, 500 after the change was made, connections dropped mid-answer
// or closed before the answer with and without the change made, malformed JSON, 409 storms from another writer, latency, slow bodies)
// against RegistryClient and the real dwb program. Every test asserts the
// final registry as the sandbox stored it (DIR/registry.json, read without
// any fault in between): each anchor and alias present exactly once, the
// keys the client does not know kept, nothing lost.
#include "core/cloud/RegistryClient.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::ErrorCode;
using dwb::test::why;

namespace {

QByteArray fakeAnchor(const QString &tag, int i)
{
    // Not a parsable certificate (the sandbox marks it invalid), but stored as sent.
    return "-----BEGIN CERTIFICATE-----\n" + QByteArray(tag.toLatin1() + "-anchor-" + QByteArray::number(i)).toBase64()
           + "\n-----END CERTIFICATE-----\n";
}

QString alias(int i) { return u"alias-"_s + QString::number(i); }
QString cnAlias(int i) { return u"CN=dev-"_s + QString::number(i) + u", O=Faults"_s; }
const QJsonObject kVendor{{u"keep"_s, u"me"_s}, {u"n"_s, 42}};

QList<QJsonObject> objects(const QJsonObject &registry, const char *kind, const QString &app, const QString &name)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : registry.value(QLatin1String(kind)).toArray()) {
        const QJsonObject meta = v.toObject().value("metadata"_L1).toObject();
        if (meta.value("name"_L1).toString() == name
            && (QByteArray(kind) == "applications" || meta.value("application"_L1).toString() == app))
            out << v.toObject();
    }
    return out;
}

QStringList faultLines(const QByteArray &stderrText)
{
    QStringList out;
    for (const QByteArray &line : stderrText.split('\n'))
        if (line.startsWith("drogue-sandbox: fault: "))
            out << QString::fromUtf8(line.mid(23));
    return out;
}

int countFaults(const QStringList &lines, const QString &kind)
{
    int n = 0;
    for (const QString &l : lines)
        if (l.startsWith(kind + u" (rule"_s))
            ++n;
    return n;
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<dwb::test::Sandbox> m_sb;

    QString file(const QString &name) const { return m_tmp.filePath(name); }

    // The seed: 7, or DWB_FAULTS_SEED (to soak the same tests with other
    // fault sequences: for s in $(seq 1 50); do DWB_FAULTS_SEED=$s …; done).
    static quint64 defaultSeed()
    {
        bool ok = false;
        const quint64 s = qEnvironmentVariable("DWB_FAULTS_SEED").toULongLong(&ok);
        return ok ? s : 7;
    }

    bool startWith(const QStringList &faults, quint64 seed = defaultSeed())
    {
        if (!m_sb)
            m_sb = std::make_unique<dwb::test::Sandbox>(m_tmp.filePath(u"sandbox"_s));
        QStringList args{u"--no-broker"_s, u"--faults-seed"_s, QString::number(seed)};
        for (const QString &f : faults)
            args << u"--faults"_s << f;
        return m_sb->start(args);
    }

    // Stops the sandbox and returns its fault lines.
    QStringList stopAndFaults()
    {
        m_sb->stop();
        return faultLines(m_sb->stdErr());
    }

    QJsonObject registry() const
    {
        return QJsonDocument::fromJson(dwb::test::readFile(m_sb->dataDir() + u"/registry.json"_s)).object();
    }

    // Application, anchors (one added twice), devices made by POST and by
    // modifyDevice(createIfAbsent), aliases (each added twice), a delete.
    void workload(dwb::RegistryClient &c, const QString &app)
    {
        dwb::Application a = dwb::Application::create(app);
        a.setSpecSection(u"vendor"_s, kVendor);
        a.setLabels({{u"tier"_s, u"test"_s}});
        auto created = await(c.createApp(a));
        QVERIFY2(created.ok(), why(created));
        for (int i : {0, 1, 2, 0}) {
            auto r = await(c.modifyApp(app, [&](dwb::Application &x) {
                x.addTrustAnchor(fakeAnchor(app, i));
                return dwb::Status();
            }));
            QVERIFY2(r.ok(), why(r));
        }
        for (int i = 0; i < 4; ++i) {
            const QString dev = u"dev-"_s + QString::number(i);
            if (i % 2 == 0) {
                dwb::Device d = dwb::Device::create(app, dev);
                d.setSpecSection(u"vendor"_s, QJsonObject{{u"serial"_s, i}});
                auto r = await(c.createDevice(d));
                QVERIFY2(r.ok(), why(r));
            }
            for (int round = 0; round < 2; ++round) {
                auto r = await(c.modifyDevice(app, dev, [i](dwb::Device &d) {
                    d.addAlias(alias(i));
                    d.addAlias(cnAlias(i));
                    return dwb::Status();
                }, true));
                QVERIFY2(r.ok(), why(r));
            }
        }
        auto del = await(c.deleteDevice(app, u"dev-3"_s));
        QVERIFY2(del.ok(), why(del));
        auto list = await(c.listDevices(app));
        QVERIFY2(list.ok(), why(list));
        QCOMPARE(list->size(), 3);
    }

    void checkStored(const QString &app)
    {
        const QJsonObject reg = registry();
        const auto apps = objects(reg, "applications", {}, app);
        QCOMPARE(apps.size(), 1);
        const dwb::Application a(apps.first());
        QCOMPARE(a.spec().value("vendor"_L1).toObject(), kVendor);
        QCOMPARE(a.labels().value(u"tier"_s), u"test"_s);
        QCOMPARE(a.trustAnchorPems(), (QList<QByteArray>{fakeAnchor(app, 0), fakeAnchor(app, 1), fakeAnchor(app, 2)}));
        for (int i = 0; i < 4; ++i) {
            const auto devs = objects(reg, "devices", app, u"dev-"_s + QString::number(i));
            if (i == 3) {
                QVERIFY(devs.isEmpty());
                continue;
            }
            QCOMPARE(devs.size(), 1);
            const dwb::Device d(devs.first());
            QCOMPARE(d.aliases(), (QStringList{alias(i), cnAlias(i)}));
            if (i % 2 == 0)
                QCOMPARE(d.spec().value("vendor"_L1).toObject(), (QJsonObject{{u"serial"_s, i}}));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void cleanup()
    {
        if (m_sb)
            m_sb->stop();
    }

    void specErrorsAreClear()
    {
        const QList<QPair<QString, QString>> cases{
            {u"503=1.5"_s, u"503 must be a probability between 0 and 1"_s},
            {u"route=GET:/x;bogus=1"_s, u"unknown key 'bogus'"_s},
            {u"503=0.6;drop=0.6"_s, u"add up to 1.2"_s},
            {u"route=FETCH:/x;503=1"_s, u"unknown method 'FETCH'"_s},
            {u"latency=9-3"_s, u"latency must be MS or MIN-MAX"_s},
            {u"seed=3"_s, u"injects nothing"_s},
            {u"503=0.1 route=x;drop=1"_s, u"rule 2 ('route=x;drop=1')"_s},
            {u"close=0.6;reset=0.6"_s, u"add up to 1.2"_s},
            {u"close=0.5;drop=0.6"_s, u"add up to 1.1"_s},
            {u"reset=-0.1"_s, u"reset must be a probability between 0 and 1"_s},
            {u"close=x"_s, u"close must be a probability between 0 and 1, not 'x'"_s},
            {u"route=/x;closed=1"_s, u"unknown key 'closed' (known: route, 500, 503, drop, close, reset,"_s},
        };
        for (const auto &[spec, expected] : cases) {
            QByteArray out, err;
            const int rc = dwb::test::run(dwb::test::program(u"drogue-sandbox"_s),
                                          {u"--data-dir"_s, file(u"never"_s), u"--faults"_s, spec}, &out, &err, 10000);
            QCOMPARE(rc, 2);
            QVERIFY2(QString::fromUtf8(err).contains(expected), err.constData());
        }
        QVERIFY(!QFile::exists(file(u"never"_s)));
    }

    void finalStateUnderFaults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("kind");
        QTest::newRow("503 bursts") << u"route=/api/registry/**;503=0.3"_s << u"503"_s;
        QTest::newRow("500 after the change") << u"route=/api/registry/**;500=0.25"_s << u"500"_s;
        QTest::newRow("dropped connections") << u"route=/api/registry/**;drop=0.25"_s << u"drop"_s;
        QTest::newRow("malformed JSON") << u"route=GET:/api/registry/**;malformed=0.3"_s << u"malformed"_s;
        QTest::newRow("409 storm") << u"conflict=0.35"_s << u"conflict"_s;
        QTest::newRow("latency and slow bodies") << u"latency=5-40;slow=80"_s << QString();
        QTest::newRow("everything") << u"route=/api/registry/**;503=0.1;500=0.05;drop=0.1;malformed=0.05;conflict=0.1 "
                                       "latency=0-20"_s
                                    << u"drop"_s;
    }

    // The workload on an app named after the data row, under the faults of
    // spec; the faults the sandbox logged, and how long it took (ms).
    QStringList workloadUnder(const QString &spec, QString *app, qint64 *ms)
    {
        if (!startWith({spec})) {
            QTest::qFail(qPrintable(u"the sandbox did not start: "_s + m_sb->errorString()), __FILE__, __LINE__);
            return {};
        }
        *app = u"app-"_s + QString::fromLatin1(QTest::currentDataTag()).toLower().replace(u' ', u'-');
        QElapsedTimer t;
        t.start();
        {
            dwb::RegistryClient client(m_sb->connectionSettings(5000));
            workload(client, *app);
            if (QTest::currentTestFailed())
                qWarning().noquote() << m_sb->stdErr();
        }
        *ms = t.elapsed();
        return stopAndFaults();
    }

    void finalStateUnderFaults()
    {
        QFETCH(QString, spec);
        QFETCH(QString, kind);
        QString app;
        qint64 ms = 0;
        const QStringList faults = workloadUnder(spec, &app, &ms);
        if (QTest::currentTestFailed())
            return;
        if (!kind.isEmpty())
            QVERIFY2(countFaults(faults, kind) > 0, qPrintable(faults.join(u'\n')));
        qInfo().noquote() << QTest::currentDataTag() << ":" << faults.size() << "requests faulted (" << kind
                          << countFaults(faults, kind) << "), workload" << ms << "ms";
        checkStored(app);
        if (kind == "conflict"_L1) {
            // The other writer's changes were kept too.
            const QJsonObject reg = registry();
            int kept = 0;
            for (const char *k : {"applications", "devices"})
                for (const QJsonValue &v : reg.value(QLatin1String(k)).toArray())
                    kept += dwb::Resource(v.toObject()).annotations().contains(u"sandbox.drogue.io/other-writer"_s);
            QVERIFY(kept > 0);
        }
    }

    void sameSeedSameFaults()
    {
        QStringList runs[3];
        for (int run = 0; run < 3; ++run) {
            QVERIFY2(startWith({u"route=GET:/api/registry/**;503=0.5"_s}, run < 2 ? 11 : 12),
                     qPrintable(m_sb->errorString()));
            dwb::RegistryClient client(m_sb->connectionSettings(5000));
            for (int i = 0; i < 12; ++i) {
                auto r = await(client.getApp(u"app-503-bursts"_s));
                QVERIFY2(r.ok(), why(r));
            }
            runs[run] = stopAndFaults();
        }
        QVERIFY(!runs[0].isEmpty());
        QCOMPARE(runs[0], runs[1]);
        QVERIFY(runs[0] != runs[2]);
    }

    void conflictStormGivesUp()
    {
        QVERIFY2(startWith({u"route=PUT:/api/registry/v1alpha1/apps/*;conflict=1"_s}), qPrintable(m_sb->errorString()));
        dwb::RegistryClient client(m_sb->connectionSettings(5000));
        QVERIFY(await(client.createApp(dwb::Application::create(u"storm"_s))).ok());
        QElapsedTimer t;
        t.start();
        auto r = await(client.modifyApp(u"storm"_s, [](dwb::Application &a) {
            a.addTrustAnchor(fakeAnchor(u"storm"_s, 0));
            return dwb::Status();
        }, 5));
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(u"kept changing on the server: 5 writes in a row were refused"_s),
                 qPrintable(r.error().message));
        QVERIFY(t.elapsed() < 5000);
        const QStringList faults = stopAndFaults();
        QCOMPARE(countFaults(faults, u"conflict"_s), 5);
        const auto apps = objects(registry(), "applications", {}, u"storm"_s);
        QCOMPARE(apps.size(), 1);
        const dwb::Application stored(apps.first());
        QVERIFY(stored.trustAnchorPems().isEmpty());
        QCOMPARE(stored.annotations().value(u"sandbox.drogue.io/other-writer"_s), u"5"_s);
        qInfo() << "409 storm: gave up after 5 attempts in" << t.elapsed() << "ms";
    }

    // The defaults docs/reliability.md states, with no maxAttempts given:
    // 8 attempts (8 PUTs refused, then Conflict); between two attempts a wait
    // of 50 ms doubling to at most 1 s, each drawn in [base/2, base] (jitter),
    // none after the last. The client's debug line announces each wait; the
    // next announcement comes no sooner than that wait.
    void conflictRetryDefaultsAndSchedule()
    {
        QVERIFY2(startWith({u"route=PUT:/api/registry/v1alpha1/apps/*;conflict=1"_s}), qPrintable(m_sb->errorString()));
        dwb::RegistryClient client(m_sb->connectionSettings(5000));
        QVERIFY(await(client.createApp(dwb::Application::create(u"schedule"_s))).ok());

        static QElapsedTimer clock;
        static QList<QPair<qint64, int>> waits; // (when announced, ms)
        static QtMessageHandler previous = nullptr;
        waits.clear();
        QLoggingCategory::setFilterRules(u"dwb.cloud.debug=true"_s);
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
            static const QRegularExpression wait(u"changed meanwhile \\(409\\): re-reading in (\\d+) ms"_s);
            const auto m = wait.match(msg);
            if (ctx.category && qstrcmp(ctx.category, "dwb.cloud") == 0 && m.hasMatch())
                waits.append({clock.elapsed(), m.captured(1).toInt()});
            else if (previous)
                previous(type, ctx, msg);
        });
        clock.start();
        auto r = await(client.modifyApp(u"schedule"_s, [](dwb::Application &a) {
            a.addTrustAnchor(fakeAnchor(u"schedule"_s, 0));
            return dwb::Status();
        }));
        const qint64 total = clock.elapsed();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(u"kept changing on the server: 8 writes in a row were refused"_s),
                 qPrintable(r.error().message));
        const QList<int> bases{50, 100, 200, 400, 800, 1000, 1000};
        QCOMPARE(waits.size(), bases.size()); // 7 waits between 8 attempts
        qint64 sum = 0;
        QStringList shown;
        for (qsizetype i = 0; i < waits.size(); ++i) {
            const int ms = waits.at(i).second, base = bases.at(i);
            shown << QString::number(ms);
            QVERIFY2(ms >= base / 2 && ms <= base, qPrintable(u"wait %1: %2 ms, base %3"_s.arg(i + 1).arg(ms).arg(base)));
            const qint64 until = i + 1 < waits.size() ? waits.at(i + 1).first : total;
            QVERIFY2(until - waits.at(i).first >= ms - 1, qPrintable(u"wait %1 of %2 ms lasted %3 ms"_s.arg(i + 1).arg(ms)
                                                                      .arg(until - waits.at(i).first)));
            sum += ms;
        }
        QVERIFY(total >= sum);
        qInfo("409 every time: gave up after 8 attempts in %lld ms; waits %s ms", total, qPrintable(shown.join(u", "_s)));
        const QStringList faults = stopAndFaults();
        QCOMPARE(countFaults(faults, u"conflict"_s), 8);
        const auto apps = objects(registry(), "applications", {}, u"schedule"_s);
        QCOMPARE(apps.size(), 1);
        QVERIFY(dwb::Application(apps.first()).trustAnchorPems().isEmpty());
        QCOMPARE(dwb::Application(apps.first()).annotations().value(u"sandbox.drogue.io/other-writer"_s), u"8"_s);
    }

    void kept503GivesUpInBoundedTime()
    {
        QVERIFY2(startWith({u"route=/api/registry/**;503=1"_s}), qPrintable(m_sb->errorString()));
        dwb::ConnectionSettings s = m_sb->connectionSettings(5000);
        s.retryBudgetMs = 1500;
        dwb::RegistryClient client(s);
        QElapsedTimer t;
        t.start();
        auto r = await(client.createApp(dwb::Application::create(u"never"_s)));
        const qint64 ms = t.elapsed();
        QCOMPARE(r.error().code, ErrorCode::Server);
        QVERIFY2(r.error().message.contains(QRegularExpression(u"kept answering HTTP 503 for \\d\\.\\d s \\(\\d+ attempts\\)"_s)),
                 qPrintable(r.error().message));
        QVERIFY(ms >= 700 && ms <= 2500);
        const QStringList faults = stopAndFaults();
        const int attempts = QRegularExpression(u"\\((\\d+) attempts\\)"_s).match(r.error().message).captured(1).toInt();
        QCOMPARE(countFaults(faults, u"503"_s), attempts); // every attempt reached the server; nothing created
        QVERIFY(objects(registry(), "applications", {}, u"never"_s).isEmpty());
        qInfo() << "503 forever: gave up after" << attempts << "attempts in" << ms << "ms";
    }

    void hangingServerTimesOut()
    {
        QVERIFY2(startWith({u"route=GET:/api/registry/v1alpha1/apps/*;latency=6000"_s}), qPrintable(m_sb->errorString()));
        dwb::RegistryClient client(m_sb->connectionSettings(800));
        QElapsedTimer t;
        t.start();
        auto r = await(client.getApp(u"app-503-bursts"_s));
        const qint64 ms = t.elapsed();
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY2(ms >= 700 && ms < 2500, qPrintable(QString::number(ms)));
        // The sandbox still answers other requests meanwhile.
        auto list = await(client.listApps());
        QVERIFY2(list.ok(), why(list));
        qInfo() << "hanging server: Timeout after" << ms << "ms";
    }

    void slowBodyWithinTimeout()
    {
        // 8 pieces 200 ms apart: more than the 800 ms timeout in all, but
        // the transfer never stalls for 800 ms, so the answer arrives whole.
        QVERIFY2(startWith({u"route=GET:/api/registry/v1alpha1/apps/*;slow=1600"_s}), qPrintable(m_sb->errorString()));
        dwb::RegistryClient client(m_sb->connectionSettings(800));
        QElapsedTimer t;
        t.start();
        auto r = await(client.getApp(u"app-503-bursts"_s));
        QVERIFY2(r.ok(), why(r));
        QCOMPARE(r->spec().value("vendor"_L1).toObject(), kVendor);
        QVERIFY(t.elapsed() >= 1500);
    }

    void dwbUnderFaults()
    {
        QVERIFY2(startWith({u"route=/api/registry/**;503=0.25;500=0.1;drop=0.15;malformed=0.1;conflict=0.2"_s}),
                 qPrintable(m_sb->errorString()));
        const auto dwb = [&](const QStringList &args) {
            QByteArray out, err;
            const int rc = dwb::test::run(dwb::test::program(u"dwb"_s), m_sb->dwbArgs() + args, &out, &err, 60000);
            return std::pair{rc, QString::fromUtf8(out + err)};
        };
        const QString caKey = file(u"dwb-ca.key"_s), devPem = file(u"dwb-dev.pem"_s), devKey = file(u"dwb-dev.key"_s);
        for (const QStringList &args :
             {QStringList{u"create"_s, u"app"_s, u"dwb-app"_s},
              QStringList{u"trust"_s, u"create"_s, u"dwb-app"_s, u"--key-output"_s, caKey},
              QStringList{u"trust"_s, u"enroll"_s, u"sensor"_s, u"--app"_s, u"dwb-app"_s, u"--ca-key"_s, caKey,
                          u"--out"_s, devPem, u"--key-output"_s, devKey},
              QStringList{u"create"_s, u"device"_s, u"plain"_s, u"--app"_s, u"dwb-app"_s}}) {
            const auto [rc, text] = dwb(args);
            QVERIFY2(rc == 0, qPrintable(args.join(u' ') + u": "_s + text));
        }
        QCOMPARE(dwb::test::fileMode(caKey), 0600);
        QCOMPARE(dwb::test::fileMode(devKey), 0600);
        const QStringList faults = stopAndFaults();
        QVERIFY(faults.size() > 0);
        const QJsonObject reg = registry();
        const auto apps = objects(reg, "applications", {}, u"dwb-app"_s);
        QCOMPARE(apps.size(), 1);
        QCOMPARE(dwb::Application(apps.first()).trustAnchorPems().size(), 1);
        const auto sensor = objects(reg, "devices", u"dwb-app"_s, u"sensor"_s);
        QCOMPARE(sensor.size(), 1);
        QCOMPARE(dwb::Device(sensor.first()).aliases(), QStringList{u"CN=sensor, O=Drogue IoT, OU=dwb-app"_s});
        QCOMPARE(objects(reg, "devices", u"dwb-app"_s, u"plain"_s).size(), 1);
        qInfo() << "dwb under faults:" << faults.size() << "requests faulted";
    }

    // close: the request is handled, then the connection is closed before
    // one byte of the answer; reset: closed without handling. Qt sends a
    // GET/PUT/DELETE again by itself after such a close (the client does not
    // see it); a POST only when its body can be sent again.
    void closedBeforeTheAnswer_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("kind");
        QTest::newRow("close on writes") << u"route=POST,PUT,DELETE:/api/registry/**;close=0.3"_s << u"close"_s;
        QTest::newRow("close on reads") << u"route=GET:/api/registry/**;close=0.3"_s << u"close"_s;
        QTest::newRow("reset on writes") << u"route=POST,PUT,DELETE:/api/registry/**;reset=0.3"_s << u"reset"_s;
        QTest::newRow("reset on reads") << u"route=GET:/api/registry/**;reset=0.3"_s << u"reset"_s;
    }

    void closedBeforeTheAnswer()
    {
        QFETCH(QString, spec);
        QFETCH(QString, kind);
        QString app;
        qint64 ms = 0;
        const QStringList faults = workloadUnder(spec, &app, &ms);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(countFaults(faults, kind) > 0, qPrintable(faults.join(u'\n')));
        QStringList perMethod;
        for (const char *m : {"GET", "POST", "PUT", "DELETE"})
            perMethod << QLatin1String(m) + u' ' + QString::number(faults.filter(u"): "_s + QLatin1String(m) + u' ').size());
        qInfo().noquote() << QTest::currentDataTag() << ":" << countFaults(faults, kind) << kind << "faults ("
                          << perMethod.join(u", "_s) << "), workload" << ms << "ms";
        checkStored(app);
    }

    // The answer of each kind of write is lost once (close=1;limit=1): the
    // change was made, so each call reports success (not "already exists"
    // or "not found"), and the registry holds each object once.
    void lostAnswerOfAWriteIsSuccess_data()
    {
        QTest::addColumn<QString>("route");
        QTest::newRow("POST app") << u"POST:/api/registry/v1alpha1/apps"_s;
        QTest::newRow("POST device") << u"POST:/api/registry/v1alpha1/apps/*/devices"_s;
        QTest::newRow("PUT app") << u"PUT:/api/registry/v1alpha1/apps/*"_s;
        QTest::newRow("PUT device") << u"PUT:/api/registry/v1alpha1/apps/*/devices/*"_s;
        QTest::newRow("DELETE device") << u"DELETE:/api/registry/v1alpha1/apps/*/devices/*"_s;
    }

    void lostAnswerOfAWriteIsSuccess()
    {
        QFETCH(QString, route);
        QVERIFY2(startWith({u"route="_s + route + u";close=1;limit=1"_s}), qPrintable(m_sb->errorString()));
        const QString app = u"lost-"_s + QString::fromLatin1(QTest::currentDataTag()).toLower().replace(u' ', u'-');
        {
            dwb::RegistryClient client(m_sb->connectionSettings(5000));
            dwb::Application a = dwb::Application::create(app);
            a.setSpecSection(u"vendor"_s, kVendor);
            auto created = await(client.createApp(a));
            QVERIFY2(created.ok(), why(created));
            auto anchored = await(client.modifyApp(app, [&](dwb::Application &x) {
                x.addTrustAnchor(fakeAnchor(app, 0));
                return dwb::Status();
            }));
            QVERIFY2(anchored.ok(), why(anchored));
            for (const QString &dev : {u"one"_s, u"two"_s}) {
                auto d = await(client.createDevice(dwb::Device::create(app, dev)));
                QVERIFY2(d.ok(), why(d));
            }
            auto aliased = await(client.modifyDevice(app, u"one"_s, [](dwb::Device &d) {
                d.addAlias(alias(1));
                return dwb::Status();
            }));
            QVERIFY2(aliased.ok(), why(aliased));
            auto del = await(client.deleteDevice(app, u"two"_s));
            QVERIFY2(del.ok(), why(del));
        }
        const QStringList faults = stopAndFaults();
        QCOMPARE(countFaults(faults, u"close"_s), 1);
        const QJsonObject reg = registry();
        const auto apps = objects(reg, "applications", {}, app);
        QCOMPARE(apps.size(), 1);
        QCOMPARE(dwb::Application(apps.first()).spec().value("vendor"_L1).toObject(), kVendor);
        QCOMPARE(dwb::Application(apps.first()).trustAnchorPems(), QList<QByteArray>{fakeAnchor(app, 0)});
        const auto one = objects(reg, "devices", app, u"one"_s);
        QCOMPARE(one.size(), 1);
        QCOMPARE(dwb::Device(one.first()).aliases(), QStringList{alias(1)});
        QVERIFY(objects(reg, "devices", app, u"two"_s).isEmpty());
    }

    // dwb itself while connections close before the answer.
    void dwbUnderCloseFaults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("kind");
        QTest::newRow("close") << u"route=/api/registry/**;close=0.3"_s << u"close"_s;
        QTest::newRow("reset") << u"route=/api/registry/**;reset=0.3"_s << u"reset"_s;
    }

    void dwbUnderCloseFaults()
    {
        QFETCH(QString, spec);
        QFETCH(QString, kind);
        QVERIFY2(startWith({spec}), qPrintable(m_sb->errorString()));
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString app = u"dwb-"_s + tag;
        const QString caKey = file(tag + u"-ca.key"_s), devPem = file(tag + u"-dev.pem"_s),
                      devKey = file(tag + u"-dev.key"_s);
        QElapsedTimer t;
        t.start();
        for (const QStringList &args :
             {QStringList{u"create"_s, u"app"_s, app},
              QStringList{u"trust"_s, u"create"_s, app, u"--key-output"_s, caKey},
              QStringList{u"trust"_s, u"enroll"_s, u"sensor"_s, u"--app"_s, app, u"--ca-key"_s, caKey, u"--out"_s,
                          devPem, u"--key-output"_s, devKey},
              QStringList{u"create"_s, u"device"_s, u"plain"_s, u"--app"_s, app},
              QStringList{u"create"_s, u"device"_s, u"gone"_s, u"--app"_s, app},
              QStringList{u"delete"_s, u"device"_s, u"gone"_s, u"--app"_s, app}}) {
            QByteArray out, err;
            const int rc = dwb::test::run(dwb::test::program(u"dwb"_s), m_sb->dwbArgs() + args, &out, &err, 60000);
            QVERIFY2(rc == 0, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(out + err)));
        }
        const qint64 ms = t.elapsed();
        QCOMPARE(dwb::test::fileMode(caKey), 0600);
        QCOMPARE(dwb::test::fileMode(devKey), 0600);
        const QStringList faults = stopAndFaults();
        QVERIFY2(countFaults(faults, kind) > 0, qPrintable(faults.join(u'\n')));
        const QJsonObject reg = registry();
        const auto apps = objects(reg, "applications", {}, app);
        QCOMPARE(apps.size(), 1);
        QCOMPARE(dwb::Application(apps.first()).trustAnchorPems().size(), 1);
        const auto sensor = objects(reg, "devices", app, u"sensor"_s);
        QCOMPARE(sensor.size(), 1);
        QCOMPARE(dwb::Device(sensor.first()).aliases(), QStringList{u"CN=sensor, O=Drogue IoT, OU="_s + app});
        QCOMPARE(objects(reg, "devices", app, u"plain"_s).size(), 1);
        QVERIFY(objects(reg, "devices", app, u"gone"_s).isEmpty());
        qInfo().noquote() << "dwb under" << kind << ":" << countFaults(faults, kind) << "faults, 6 commands in" << ms
                          << "ms";
    }

    void dwbTrustDeleteRemovesTheChosenAnchorOnly()
    {
        // The first PUT is made but answered 500; the retried PUT meets
        // another writer (409, and the stored app differs from what was
        // sent), so the change runs again on the new version: it must not
        // remove what is now at index 0.
        if (!m_sb)
            m_sb = std::make_unique<dwb::test::Sandbox>(m_tmp.filePath(u"sandbox"_s));
        QVERIFY2(m_sb->start({u"--no-broker"_s}), qPrintable(m_sb->errorString()));
        {
            dwb::RegistryClient client(m_sb->connectionSettings(5000));
            dwb::Application a = dwb::Application::create(u"three"_s);
            for (int i = 0; i < 3; ++i)
                a.addTrustAnchor(fakeAnchor(u"three"_s, i));
            QVERIFY(await(client.createApp(a)).ok());
        }
        QVERIFY2(startWith({u"route=PUT:/api/registry/v1alpha1/apps/*;500=1;limit=1"_s,
                            u"route=PUT:/api/registry/v1alpha1/apps/*;conflict=1;skip=1;limit=1"_s}),
                 qPrintable(m_sb->errorString()));
        QByteArray out, err;
        const int rc = dwb::test::run(dwb::test::program(u"dwb"_s),
                                      m_sb->dwbArgs() + QStringList{u"trust"_s, u"delete"_s, u"three"_s, u"--index"_s,
                                                                    u"0"_s},
                                      &out, &err, 30000);
        QVERIFY2(rc == 0, err.constData());
        const QStringList faults = stopAndFaults();
        QCOMPARE(countFaults(faults, u"500"_s), 1);
        QCOMPARE(countFaults(faults, u"conflict"_s), 1);
        const auto apps = objects(registry(), "applications", {}, u"three"_s);
        QCOMPARE(apps.size(), 1);
        QCOMPARE(dwb::Application(apps.first()).trustAnchorPems(),
                 (QList<QByteArray>{fakeAnchor(u"three"_s, 1), fakeAnchor(u"three"_s, 2)}));
    }

    void dwbGivesUpWithAClearMessage()
    {
        QVERIFY2(startWith({u"route=/api/registry/**;503=1"_s}), qPrintable(m_sb->errorString()));
        qputenv("DWB_RETRY_SECONDS", "1.5");
        QByteArray out, err;
        QElapsedTimer t;
        t.start();
        const int rc = dwb::test::run(dwb::test::program(u"dwb"_s),
                                      m_sb->dwbArgs() + QStringList{u"create"_s, u"app"_s, u"given-up"_s}, &out, &err,
                                      30000);
        const qint64 ms = t.elapsed();
        qunsetenv("DWB_RETRY_SECONDS");
        QCOMPARE(rc, 1);
        QVERIFY2(QString::fromUtf8(err).contains(
                     QRegularExpression(u"^dwb: The server kept answering HTTP 503 for \\d\\.\\d s \\(\\d+ attempts\\); giving up\\."_s)),
                 err.constData());
        QVERIFY2(err.contains("Injected fault: the service is unavailable"), err.constData());
        QVERIFY(ms < 6000);
        QVERIFY(objects(registry(), "applications", {}, u"given-up"_s).isEmpty());
        qInfo() << "dwb gave up in" << ms << "ms:" << err.left(err.indexOf('\n')).constData();
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "test_faults.moc"
