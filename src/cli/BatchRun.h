// The run of a batch job for dwb enroll-batch and dwb renew: progress on
// stderr (a line every 2 s when stderr is not a terminal), Ctrl-C / SIGTERM
// cancels (the manifest stays consistent), then the summary
// ("<doneWord> N, skipped N, failed N" and a line per failed device).
#pragma once

#include "cli/Verb.h"
#include "core/enrollment/BatchEnrollJob.h"

namespace dwb {
class RegistryClient;
namespace cli {

// The exit code: 0 when every device is complete, else 1. listFile: for
// the problems of a device list; lines: failures name their list line.
int runBatch(VerbContext &ctx, BatchOptions options, RegistryClient *client, const QString &listFile,
             const QString &doneWord, bool lines = true);

// A whole-number option of at least min into *target; false when it is
// given and is not one (left as it was when not given).
bool numberOption(const ArgParser &p, const QString &name, int min, int *target);
// --days, --jobs and --requests into options: 0 when all are good (or not
// given), else the usage error's exit code (already printed).
int batchNumbers(VerbContext &ctx, const ArgParser &p, const QString &usage, BatchOptions &options);

} // namespace cli
} // namespace dwb
