// Single-threaded crypto core benchmark: one anchor + N devices, each with a
// new key written as PKCS#8 PEM (0600, writeFileAtomically) and a certificate
// PEM, like ../shared/bench/openssl-enroll-baseline.sh does with openssl.
//
// usage: bench_crypto ALGO N OUTDIR
#include "core/crypto/Algorithm.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace dwb;

namespace {

int fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "bench_crypto: %s: %s (%s)\n", qPrintable(what), qPrintable(e.message), qPrintable(e.detail));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_crypto ALGO N OUTDIR\n  ALGO: rsa2048 ... ed25519, or RSA/ECDSA/EdDSA\n");
        return 2;
    }
    const auto alg = parseAlgorithm(args[1]);
    bool ok = false;
    const int n = args[2].toInt(&ok);
    if (!alg || !ok || n < 1) {
        std::fprintf(stderr, "bench_crypto: bad algorithm or count\n");
        return 2;
    }
    const QString out = args[3];
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "bench_crypto: cannot create %s\n", qPrintable(out));
        return 1;
    }
    const QString appName = u"bench-app"_s;

    QElapsedTimer timer;
    timer.start();
    auto caKey = PrivateKey::generate(*alg);
    if (!caKey)
        return fail(u"CA key"_s, caKey.error());
    auto anchor = createTrustAnchor(appName, *caKey);
    if (!anchor)
        return fail(u"anchor"_s, anchor.error());
    auto caPem = caKey->toPkcs8Pem();
    if (!caPem)
        return fail(u"CA key PEM"_s, caPem.error());
    if (auto st = writeFileAtomically(out + u"/ca.key"_s, caPem->bytes(), FileMode::Secret, Overwrite::Allow); !st)
        return fail(u"ca.key"_s, st.error());
    if (auto st = writeFileAtomically(out + u"/ca.pem"_s, anchor->toPem(), FileMode::Public, Overwrite::Allow); !st)
        return fail(u"ca.pem"_s, st.error());
    const qint64 anchorNs = timer.nsecsElapsed();

    QElapsedTimer devices;
    devices.start();
    for (int i = 1; i <= n; ++i) {
        const QString base = out + u"/dev-"_s + QString::number(i);
        auto key = PrivateKey::generate(*alg);
        if (!key)
            return fail(u"device key"_s, key.error());
        auto cert = issueDeviceCertificate(u"dev-"_s + QString::number(i), appName, *key, *caKey, *anchor);
        if (!cert)
            return fail(u"device certificate"_s, cert.error());
        auto pem = key->toPkcs8Pem();
        if (!pem)
            return fail(u"device key PEM"_s, pem.error());
        if (auto st = writeFileAtomically(base + u".key"_s, pem->bytes(), FileMode::Secret, Overwrite::Allow); !st)
            return fail(base + u".key"_s, st.error());
        if (auto st = writeFileAtomically(base + u".pem"_s, cert->toPem(), FileMode::Public, Overwrite::Allow); !st)
            return fail(base + u".pem"_s, st.error());
    }
    const double devSec = double(devices.nsecsElapsed()) / 1e9;
    const double totalSec = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bench_crypto %s: anchor %.3f ms, %d devices in %.3f s (total %.3f s), per_device_ms %.4f rate %.1f devices/s\n",
                qPrintable(algorithmName(*alg)), double(anchorNs) / 1e6, n, devSec, totalSec, devSec * 1000.0 / n,
                n / devSec);
    return 0;
}
