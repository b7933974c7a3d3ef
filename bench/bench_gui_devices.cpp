// Benchmark: the device table with 10,000 devices.
//  (a) loading them into the window's device model until the last batch is
//      shown, against two baselines in the same run: the raw HTTP listing
//      (QNetworkAccessManager + JSON parse, no GUI) and RegistryClient alone;
//  (b) per-keystroke filter latency on the 10k list.
// Usage: bench_gui_devices [--devices N] [--concurrency C]   (QT_QPA_PLATFORM=offscreen)
#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/devices/DeviceFilterProxy.h"
#include "gui/devices/DeviceTableModel.h"
#include "support/Sandbox.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace dwb;
using namespace Qt::StringLiterals;

namespace {

void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()> &cond, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

// GET every page of the devices with plain HTTP + JSON parsing.
int rawListing(const test::Sandbox &sandbox, const QString &app, int pageSize)
{
    QNetworkAccessManager nam;
    const QByteArray auth = "Basic " + (sandbox.user() + u':' + sandbox.token()).toUtf8().toBase64();
    int total = 0;
    for (int offset = 0;; offset += pageSize) {
        QUrl url = sandbox.api();
        url.setPath(u"/api/registry/v1alpha1/apps/%1/devices"_s.arg(app));
        url.setQuery(u"limit=%1&offset=%2"_s.arg(pageSize).arg(offset));
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", auth);
        QNetworkReply *reply = nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonArray page = QJsonDocument::fromJson(reply->readAll()).array();
        reply->deleteLater();
        total += int(page.size());
        if (page.size() < pageSize)
            break;
    }
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    int devices = 10000, concurrency = 32;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--devices"_s)
            devices = args.at(i + 1).toInt();
        else if (args.at(i) == u"--concurrency"_s)
            concurrency = std::max(1, args.at(i + 1).toInt());
    }

    test::Sandbox sandbox;
    if (!sandbox.start({u"--no-broker"_s})) {
        out(u"sandbox did not start: "_s + sandbox.errorString());
        return 1;
    }
    RegistryClient client(sandbox.connectionSettings(120000));
    for (const QString &app : {u"aaa-empty"_s, u"fleet"_s}) {
        const Status st = await(client.createApp(Application::create(app)));
        if (!st) {
            out(u"create app: "_s + st.error().toString());
            return 1;
        }
    }

    // Create the devices, `concurrency` POSTs in flight.
    QElapsedTimer timer;
    timer.start();
    int started = 0, finished = 0, failed = 0;
    std::function<void()> launch = [&] {
        while (started < devices && started - finished < concurrency) {
            const int i = started++;
            Device d = Device::create(u"fleet"_s, u"device-%1"_s.arg(i, 5, 10, QChar(u'0')));
            d.setLabels({{u"site"_s, u"lab-%1"_s.arg(i % 10)}, {u"batch"_s, QString::number(i / 1000)}});
            if (i % 4 == 0)
                d.setAliases({u"CN=device-%1, O=Drogue IoT, OU=fleet"_s.arg(i, 5, 10, QChar(u'0'))});
            auto *w = new QFutureWatcher<Status>(&qapp);
            QObject::connect(w, &QFutureWatcherBase::finished, &qapp, [&, w] {
                if (!w->future().result())
                    ++failed;
                ++finished;
                w->deleteLater();
                launch();
            });
            w->setFuture(client.createDevice(d));
        }
    };
    launch();
    if (!waitFor([&] { return finished == devices; }, 30 * 60 * 1000)) {
        out(u"device creation timed out"_s);
        return 1;
    }
    const double createS = timer.elapsed() / 1000.0;
    out(u"created %1 devices in %2 s (%3/s, %4 failed, %5 concurrent POSTs)"_s.arg(devices)
            .arg(createS, 0, 'f', 1).arg(devices / std::max(createS, 0.001), 0, 'f', 0).arg(failed).arg(concurrency));

    // Baselines.
    timer.restart();
    const int rawCount = rawListing(sandbox, u"fleet"_s, 500);
    const qint64 rawMs = timer.elapsed();
    timer.restart();
    const auto listed = await(client.listDevices(u"fleet"_s));
    const qint64 clientMs = timer.elapsed();
    out(u"baseline raw HTTP listing (500/page + JSON parse): %1 devices in %2 ms"_s.arg(rawCount).arg(rawMs));
    out(u"baseline RegistryClient::listDevices: %1 devices in %2 ms"_s
            .arg(listed ? int(listed->size()) : -1).arg(clientMs));

    // The window.
    ContextStore contexts;
    InMemorySecretStore secrets;
    gui::MainWindow window(&contexts, &secrets);
    window.resize(1400, 900);
    window.show();
    window.openSandbox(sandbox.dataDir());
    if (!waitFor([&] { return window.appModel()->deviceCount(u"fleet"_s) == devices; }, 300000)) {
        out(u"the window did not list the applications"_s);
        return 1;
    }
    // (a) load: select "fleet" → last batch inserted and painted.
    QList<qint64> loads;
    for (int round = 0; round < 3; ++round) {
        window.selectApplication(u"aaa-empty"_s);
        waitFor([&] { return !window.isLoadingDevices(); }, 60000);
        QCoreApplication::processEvents();
        timer.restart();
        window.selectApplication(u"fleet"_s);
        if (!waitFor([&] { return !window.isLoadingDevices() && window.deviceModel()->rowCount() == devices; },
                     120000)) {
            out(u"the devices did not load"_s);
            return 1;
        }
        window.devicesView()->viewport()->repaint();
        loads << timer.elapsed();
    }
    std::sort(loads.begin(), loads.end());
    const qint64 loadMs = loads.at(loads.size() / 2);
    out(u"(a) window load of %1 devices, select → last row shown: median %2 ms of 3 (min %3, max %4); "
        "goal < 2000 ms; ratio to raw HTTP: %5x, to RegistryClient: %6x"_s
            .arg(devices).arg(loadMs).arg(loads.first()).arg(loads.last())
            .arg(double(loadMs) / std::max<qint64>(rawMs, 1), 0, 'f', 2)
            .arg(double(loadMs) / std::max<qint64>(clientMs, 1), 0, 'f', 2));

    // (b) filter: one keystroke at a time, proxy updated + view repainted.
    QLineEdit *filter = window.filterEdit();
    QList<double> keyMs;
    QStringList detail;
    for (const QString &word : {u"device-0123"_s, u"lab-7"_s, u"cn=device-004"_s}) {
        filter->clear();
        QCoreApplication::processEvents();
        QString typed;
        for (const QChar c : word) {
            typed += c;
            QElapsedTimer k;
            k.start();
            filter->setText(typed); // textChanged → setFilterText → proxy filtered
            const int rows = window.deviceProxy()->rowCount();
            window.devicesView()->viewport()->repaint();
            const double ms = k.nsecsElapsed() / 1e6;
            keyMs << ms;
            detail << u"%1→%2 rows %3 ms"_s.arg(typed).arg(rows).arg(ms, 0, 'f', 1);
        }
    }
    std::sort(keyMs.begin(), keyMs.end());
    double sum = 0;
    for (double v : keyMs)
        sum += v;
    out(u"(b) filter per keystroke on %1 devices: mean %2 ms, median %3 ms, max %4 ms over %5 keystrokes; goal < 50 ms"_s
            .arg(devices).arg(sum / keyMs.size(), 0, 'f', 1).arg(keyMs.at(keyMs.size() / 2), 0, 'f', 1)
            .arg(keyMs.last(), 0, 'f', 1).arg(keyMs.size()));
    out(u"    "_s + detail.join(u"; "_s));
    window.close();
    return 0;
}
