#include "cli/BatchRun.h"

#include "core/cloud/RegistryClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

std::atomic_bool g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted = true; }

QString formatEta(double eta)
{
    if (eta < 0)
        return u"--:--"_s;
    const qint64 s = static_cast<qint64>(eta + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}

} // namespace

int runBatch(VerbContext &ctx, BatchOptions o, RegistryClient *client, const QString &listFile,
             const QString &doneWord, bool lines)
{
    BatchEnrollJob job(std::move(o), client);
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer sinceLine;
    sinceLine.start();
    bool progressShown = false;
    QObject::connect(&job, &BatchEnrollJob::throughput, &job,
                     [&](int done, int total, double rate, double eta) {
                         if (total <= 0)
                             return;
                         const int pct = static_cast<int>(100.0 * done / total);
                         const QString line = tr("%1/%2 devices (%3%), %4/s, ETA %5")
                                                  .arg(done)
                                                  .arg(total)
                                                  .arg(pct)
                                                  .arg(rate, 0, 'f', 1)
                                                  .arg(formatEta(eta));
                         if (tty) {
                             ctx.err << '\r' << line.leftJustified(60) << Qt::flush;
                             progressShown = true;
                         } else if (sinceLine.elapsed() >= 2000 || done == total) {
                             ctx.err << line << '\n' << Qt::flush;
                             sinceLine.restart();
                         }
                     });
    // Ctrl-C / SIGTERM: cancel, so that the manifest stays consistent.
    g_interrupted = false;
    auto oldInt = std::signal(SIGINT, onInterrupt);
    auto oldTerm = std::signal(SIGTERM, onInterrupt);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &job, [&job] {
        if (g_interrupted.exchange(false))
            job.cancel();
    });
    poll.start(50);
    (void)job.exec();
    poll.stop();
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    if (progressShown)
        ctx.err << '\n';

    const BatchResult &r = job.result();
    if (!r.listProblems.isEmpty()) {
        ctx.err << "dwb: " << r.status.error().message << '\n'
                << formatProblems(r.listProblems, listFile) << '\n'; // a tray's problems name their files
        ctx.err.flush();
        return 1;
    }
    if (!r.status && !r.cancelled && !r.tokenGone && r.status.error().code != ErrorCode::Cancelled)
        return failure(ctx, r.status.error());

    ctx.out << doneWord << ' ' << r.enrolled << ", skipped " << r.skipped << ", failed " << r.failures.size() << '\n';
    for (const BatchFailure &f : r.failures) {
        if (r.notSent > 0 && f.reason == r.stoppedReason)
            continue; // one line for all of them, below
        ctx.out << (lines ? tr("%1 (line %2): %3").arg(f.device).arg(f.line).arg(f.reason)
                        : tr("%1: %2").arg(f.device, f.reason))
                << '\n';
    }
    if (r.notSent > 0)
        ctx.out << QCoreApplication::translate("dwb",
                                               "%n device(s) not sent, registration stopped: %1 Their keys and "
                                               "certificates are written; run the same command again to finish.",
                                               nullptr, r.notSent)
                       .arg(r.stoppedReason)
                << '\n';
    ctx.out.flush();
    if (r.cancelled || r.tokenGone) { // what was done is kept; a re-run finishes
        ctx.err << "dwb: " << r.status.error().message << '\n';
        return 1;
    }
    return r.failures.isEmpty() ? 0 : 1;
}

bool numberOption(const ArgParser &p, const QString &name, int min, int *target)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min)
        return false;
    *target = v;
    return true;
}

int batchNumbers(VerbContext &ctx, const ArgParser &p, const QString &usage, BatchOptions &o)
{
    if (!numberOption(p, u"days"_s, 1, &o.days))
        return usageError(ctx, usage, tr("--days needs a whole number of at least 1."));
    if (!numberOption(p, u"jobs"_s, 1, &o.jobs))
        return usageError(ctx, usage, tr("--jobs needs a whole number of at least 1."));
    if (!numberOption(p, u"requests"_s, 1, &o.concurrentRequests))
        return usageError(ctx, usage, tr("--requests needs a whole number of at least 1."));
    return 0;
}

} // namespace dwb::cli
