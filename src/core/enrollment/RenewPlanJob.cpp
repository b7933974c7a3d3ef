#include "core/enrollment/RenewPlanJob.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace dwb {

RenewPlanJob::RenewPlanJob(RenewPlanRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
    , m_result(Error(ErrorCode::Cancelled, tr("The renewal was not planned.")))
{
}

Result<RenewPlan> RenewPlanJob::plan(const RenewPlanRequest &request, std::shared_ptr<std::atomic_bool> cancel)
{
    if (!request.ledger.enabled)
        return Error(ErrorCode::InvalidArgument,
                     tr("Renewal reads the devices' certificates from the ledger, which is turned off."));
    auto ledger = openLedgerFor(request.ledger);
    if (!ledger)
        return ledger.error();
    auto planned = planRenewal(**ledger, request.selection, cancel.get());
    if (cancel->load())
        return Error(ErrorCode::Cancelled, tr("Stopped: no certificate was renewed."));
    return planned;
}

void RenewPlanJob::doStart()
{
    Q_EMIT progress(m_request.selection.newKey ? tr("Reading the ledger and making the new keys…")
                                               : tr("Reading the ledger and the devices' keys…"),
                    0, 0);
    auto *watcher = new QFutureWatcher<Result<RenewPlan>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_result = watcher->result();
        finish(statusOf(m_result));
    });
    watcher->setFuture(QtConcurrent::run(&RenewPlanJob::plan, m_request, cancelFlag()));
}

} // namespace dwb
