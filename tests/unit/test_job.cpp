// dwb::Job, the one shape of the workbench's long work: started once,
// finished once with a Status, exec() for the CLI, a cancel flag the worker
// threads see, tick progress while a worker counts, and a destructor that
// tells a worker still running to stop.
#include "core/util/Job.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <thread>

using namespace dwb;
using namespace Qt::StringLiterals;

namespace {

// Finishes now (sync) or from the event loop with the given status.
class ScriptedJob : public Job {
public:
    bool sync = true;
    Status outcome;
    int starts = 0;
    using Job::cancelFlag;
    using Job::finish;
    using Job::ticks;

protected:
    void doStart() override
    {
        ++starts;
        if (sync)
            finish(outcome);
        else
            QTimer::singleShot(10, this, [this] { finish(outcome); });
    }
};

// A worker thread that counts ticks until the cancel flag is set.
class WorkerJob : public Job {
public:
    QFuture<int> future;
    using Job::cancelFlag;

protected:
    void doStart() override
    {
        startTicking([](int n) { return u"tried %1"_s.arg(n); });
        auto cancel = cancelFlag();
        auto count = ticks();
        future = QtConcurrent::run([cancel, count] {
            while (!cancel->load()) {
                count->fetch_add(1);
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return count->load();
        });
        auto *watcher = new QFutureWatcher<int>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this] { finish(Error(ErrorCode::Cancelled, u"stopped"_s)); });
        watcher->setFuture(future);
    }
};

} // namespace

class TestJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsOnceFinishesOnce()
    {
        ScriptedJob job;
        job.outcome = Error(ErrorCode::Io, u"disk full"_s);
        QSignalSpy done(&job, &Job::finished);
        QVERIFY(!job.isRunning());
        QVERIFY(!job.isFinished());
        QVERIFY(job.status().ok()); // not finished: no error yet
        job.start();
        job.start();
        job.finish(Status()); // a late second finish changes nothing
        QCOMPARE(job.starts, 1);
        QCOMPARE(done.count(), 1);
        QVERIFY(job.isFinished());
        QVERIFY(!job.isRunning());
        const auto st = done.at(0).at(0).value<Status>();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Io);
        QCOMPARE(job.status().error().message, u"disk full"_s);
    }

    void execWaitsForAnAsynchronousEnd()
    {
        ScriptedJob job;
        job.sync = false;
        job.outcome = Error(ErrorCode::Timeout, u"late"_s);
        const Status st = job.exec();
        QVERIFY(job.isFinished());
        QCOMPARE(st.error().code, ErrorCode::Timeout);

        ScriptedJob quick; // finishes inside start(): exec() must not wait forever
        QVERIFY(quick.exec().ok());
        QCOMPARE(quick.starts, 1);
    }

    void cancelReachesTheWorkerAndTicksShowActivity()
    {
        WorkerJob job;
        QStringList steps;
        connect(&job, &Job::progress, this, [&](const QString &step, int done, int total) {
            QCOMPARE(done, 0);
            QCOMPARE(total, 0);
            steps << step;
        });
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QVERIFY(job.isRunning());
        // At least two tick reports (100 ms apart) with a growing count.
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() >= 2, 10000);
        QVERIFY2(steps.first().startsWith(u"tried "_s), qPrintable(steps.first()));
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(job.status().error().code, ErrorCode::Cancelled);
        const qsizetype seen = steps.size();
        QTest::qWait(300); // ticking stopped with the end
        QCOMPARE(steps.size(), seen);
    }

    void destroyingTheJobStopsItsWorker()
    {
        auto *job = new WorkerJob;
        job->start();
        auto flag = job->cancelFlag();
        QFuture<int> worker = job->future;
        QVERIFY(!flag->load());
        delete job;
        QVERIFY(flag->load());
        worker.waitForFinished(); // returns only because the worker saw the flag
        QVERIFY(worker.isFinished());
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "test_job.moc"
