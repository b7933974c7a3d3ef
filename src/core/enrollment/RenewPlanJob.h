// Renewal planning (RenewPlan.h) as a job, for the GUI: the ledger is
// opened and read, and new keys are made (RenewSelection::newKey), on a
// worker thread, so the window never waits; Stop ends it between devices.
// The plan then feeds BatchEnrollJob (BatchOptions::renewal).
//
//   RenewPlanJob job({ledgerUse, selection});
//   connect(&job, &Job::finished, …);  job.start();   // then job.result()
#pragma once

#include "core/enrollment/RenewPlan.h"
#include "core/ledger/LedgerUse.h"
#include "core/util/Job.h"
#include "core/util/Result.h"

#include <optional>

namespace dwb {

struct RenewPlanRequest {
    LedgerUse ledger;         // must be enabled: renewal reads the ledger
    RenewSelection selection;
};

class RenewPlanJob : public Job {
    Q_OBJECT
public:
    explicit RenewPlanJob(RenewPlanRequest request, QObject *parent = nullptr);

    // The plan once finished ok; before, or after a failure, its error.
    const Result<RenewPlan> &result() const { return m_result; }

protected:
    void doStart() override;

private:
    static Result<RenewPlan> plan(const RenewPlanRequest &request, std::shared_ptr<std::atomic_bool> cancel);

    RenewPlanRequest m_request;
    Result<RenewPlan> m_result;
};

} // namespace dwb
