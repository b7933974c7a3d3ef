#include "gui/wizards/enroll/BatchProgress.h"

#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/DeviceList.h"
#include "gui/wizards/common/JobProgressPage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProgressBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
class BatchProgressText {
    Q_DECLARE_TR_FUNCTIONS(dwb::gui::BatchProgressText)
public:
    static void attach(JobProgressPage *page, BatchEnrollJob *job, int total, bool boards)
    {
        QProgressBar *bar = page->progressBar();
        page->setStepText(boards ? tr("Checking the CA key and reading the requests again…")
                                 : tr("Checking the CA key and the folder…"));
        page->setDetailVisible(true);
        bar->setRange(0, std::max(1, total));
        bar->setValue(0);
        bar->setTextVisible(true);
        bar->setFormat(u"%v / %m"_s);
        QObject::connect(job, &BatchEnrollJob::throughput, page,
                         [page, job, bar](int done, int all, double perSecond, double eta) {
                             if (all <= 0)
                                 return;
                             bar->setRange(0, all);
                             bar->setValue(done);
                             if (!job->isRunning())
                                 return;
                             const QLocale l;
                             page->setStepText(countText(done, all));
                             page->setDetailText(tr("%1 devices/s, about %2 left")
                                                     .arg(l.toString(perSecond, 'f', 1), formatEta(eta)));
                         });
        // Again after the page's own handler, which shows the job's step.
        QObject::connect(job, &Job::progress, page, [page, job](const QString &, int done, int all) {
            if (all <= 0 || !job->isRunning())
                return;
            page->setStepText(countText(done, all));
        });
        // After the page's own handler: these texts say how far the list got.
        QObject::connect(job, &BatchEnrollJob::finished, page,
                         [page, job, bar, boards] { finished(page, job, bar, boards); });
    }

    static QString countText(int done, int all)
    {
        const QLocale l;
        return tr("%1 of %2 devices done").arg(l.toString(done), l.toString(all));
    }

    static void finished(JobProgressPage *page, const BatchEnrollJob *job, QProgressBar *bar, bool boards)
    {
        const BatchResult &r = job->result();
        const QLocale l;
        const int finishedCount = r.enrolled + r.skipped + int(r.failures.size());
        if (r.total > 0) {
            bar->setRange(0, r.total);
            bar->setValue(finishedCount);
        }
        if (!r.cancelled && r.status) {
            page->setStepText(boards ? tr("Done: %1 of %2 boards. Their keys stayed on the boards.")
                                           .arg(l.toString(finishedCount), l.toString(r.total))
                                     : tr("Done: %1 of %2 devices.").arg(l.toString(finishedCount), l.toString(r.total)));
            return;
        }
        if (r.cancelled || r.status.error().code == ErrorCode::Cancelled)
            page->setStepText(tr("Stopped after %1 of %2 devices. Resume finishes the rest; what is done is kept.")
                                  .arg(l.toString(finishedCount), l.toString(r.total)));
        QString message = r.status ? QString() : r.status.error().message;
        if (!r.listProblems.isEmpty())
            message += u"\n"_s + formatProblems(r.listProblems);
        page->setErrorText(message);
    }
};
} // namespace

void showBatchProgress(JobProgressPage *page, BatchEnrollJob *job, int total, bool keysOnBoards)
{
    BatchProgressText::attach(page, job, total, keysOnBoards);
}

QString formatEta(double eta)
{
    if (eta < 0)
        return u"--:--"_s;
    const qint64 s = static_cast<qint64>(eta + 0.5);
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(s / 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}

} // namespace dwb::gui
