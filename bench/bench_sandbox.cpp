// Sandbox + RegistryClient throughput: N device creations (pipelined over
// QNetworkAccessManager's connections), a paged list of all, 200
// modifyDevice round trips, and re-opening the saved registry.
//   bench_sandbox [devices=10000]
#include "core/cloud/RegistryClient.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir tmp;
    dwb::sandbox::SandboxOptions o;
    o.dataDir = tmp.path();
    o.broker = false;
    dwb::sandbox::SandboxServer server(o);
    if (!server.start()) {
        std::fprintf(stderr, "sandbox failed to start\n");
        return 1;
    }
    dwb::ConnectionSettings s;
    s.apiUrl = server.apiUrl();
    s.credentials = dwb::Credentials::accessToken(server.user(), server.token());
    dwb::RegistryClient client(s);
    if (!dwb::await(client.createApp(dwb::Application::create(u"bench"_s))))
        return 1;

    QElapsedTimer t;
    t.start();
    QList<QFuture<dwb::Status>> pending;
    for (int i = 0; i < n; ++i) {
        dwb::Device d = dwb::Device::create(u"bench"_s, u"CN=device-%1, O=Drogue IoT, OU=bench"_s.arg(i));
        d.addAlias(u"alias-%1"_s.arg(i));
        pending << client.createDevice(d);
    }
    int failed = 0;
    for (auto &f : pending)
        failed += dwb::await(f).ok() ? 0 : 1;
    const qint64 createMs = t.elapsed();

    t.restart();
    auto all = dwb::await(client.listDevices(u"bench"_s, dwb::ListOptions{{}, 500}));
    const qint64 listMs = t.elapsed();

    t.restart();
    for (int i = 0; i < 200; ++i) {
        auto r = dwb::await(client.modifyDevice(u"bench"_s, u"CN=device-%1, O=Drogue IoT, OU=bench"_s.arg(i),
                                                [](dwb::Device &d) {
                                                    d.setDisabled(!d.disabled());
                                                    return dwb::Status();
                                                }));
        failed += r.ok() ? 0 : 1;
    }
    const qint64 modifyMs = t.elapsed();

    t.restart();
    dwb::sandbox::Registry reopened;
    const bool reopenOk = reopened.open(server.registryFile()).ok() && reopened.deviceCount() == n;
    const qint64 openMs = t.elapsed();

    std::printf("devices: %d (failed requests: %d)\n", n, failed);
    std::printf("create:  %lld ms total, %.2f ms/device\n", createMs, double(createMs) / n);
    std::printf("list:    %lld ms for %lld devices (pages of 500)\n", listMs,
                all.ok() ? qint64(all->size()) : -1LL);
    std::printf("modify:  %lld ms for 200 modifyDevice (GET+PUT+GET), %.2f ms each\n", modifyMs, modifyMs / 200.0);
    std::printf("reopen:  %lld ms for registry.json of %lld KiB (%s)\n", openMs,
                QFileInfo(server.registryFile()).size() / 1024, reopenOk ? "ok" : "FAILED");
    return failed == 0 && reopenOk && all.ok() && all->size() == n ? 0 : 1;
}
