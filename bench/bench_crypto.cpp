// Single-threaded crypto core benchmark: one anchor + N devices, each with a
// new key written as PKCS#8 PEM (0600, atomic) and a certificate PEM, like
// bench/openssl-enroll.sh does with openssl.
//
// usage: bench_crypto ALGO N OUTDIR [file|batch|issuer]
//   file:   PrivateKey::generate, issueDeviceCertificate, toPkcs8Pem;
//           writeFileAtomically per file (two fsyncs each: durable one by one)
//   batch:  the same functions; writeFileAtomicallyNoSync per file and one
//           syncfs at the end (syncFolder, as the batch job does), included
//           in the time. (The openssl baseline syncs nothing.)
//   issuer: as batch, but keys and certificates through BatchIssuer (the
//           issuer dwb enroll-batch uses: the certificate is encoded straight
//           from the raw public key), still on one thread.
#include "core/crypto/Algorithm.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/BatchCrypto.h"
#include "core/enrollment/BatchFiles.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>

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
    if (args.size() != 4 && args.size() != 5) {
        std::fprintf(stderr, "usage: bench_crypto ALGO N OUTDIR [file|batch|issuer]\n  ALGO: rsa2048 ... ed25519, or RSA/ECDSA/EdDSA\n");
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
    const QString sync = args.size() == 5 ? args[4] : u"batch"_s;
    if (sync != "file"_L1 && sync != "batch"_L1 && sync != "issuer"_L1) {
        std::fprintf(stderr, "bench_crypto: mode: file, batch or issuer\n");
        return 2;
    }
    const auto write = sync == "file"_L1 ? &writeFileAtomically : &writeFileAtomicallyNoSync;
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

    std::unique_ptr<BatchIssuer> issuer;
    if (sync == "issuer"_L1)
        issuer = std::make_unique<BatchIssuer>(appName, *caKey, *anchor, kDefaultValidityDays);
    QElapsedTimer devices;
    devices.start();
    for (int i = 1; i <= n; ++i) {
        const QString name = u"dev-"_s + QString::number(i);
        const QString base = out + u'/' + name;
        auto key = issuer ? issuer->generateKey(*alg, nullptr) : PrivateKey::generate(*alg);
        if (!key)
            return fail(u"device key"_s, key.error());
        QByteArray certPem;
        if (issuer) {
            auto cert = issuer->issuePem(name, *key);
            if (!cert)
                return fail(u"device certificate"_s, cert.error());
            certPem = std::move(*cert);
        } else {
            auto cert = issueDeviceCertificate(name, appName, *key, *caKey, *anchor);
            if (!cert)
                return fail(u"device certificate"_s, cert.error());
            certPem = cert->toPem();
        }
        auto pem = key->toPkcs8Pem();
        if (!pem)
            return fail(u"device key PEM"_s, pem.error());
        if (auto st = write(base + u".key"_s, pem->bytes(), FileMode::Secret, Overwrite::Allow); !st)
            return fail(base + u".key"_s, st.error());
        if (auto st = write(base + u".pem"_s, certPem, FileMode::Public, Overwrite::Allow); !st)
            return fail(base + u".pem"_s, st.error());
    }
    if (sync != "file"_L1) {
        if (auto st = syncFolder(out); !st)
            return fail(u"syncfs"_s, st.error());
    }
    const double devSec = double(devices.nsecsElapsed()) / 1e9;
    const double totalSec = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bench_crypto %s (%s): anchor %.3f ms, %d devices in %.3f s (total %.3f s), per_device_ms %.4f rate %.1f devices/s\n",
                qPrintable(algorithmName(*alg)), qPrintable(sync), double(anchorNs) / 1e6, n, devSec, totalSec, devSec * 1000.0 / n,
                n / devSec);
    return 0;
}
