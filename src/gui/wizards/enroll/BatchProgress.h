// Several devices on the progress page: the count on the bar, the rate and
// the time left (BatchEnrollJob's throughput), and at the end how many of
// the list are done, or where it stopped (Resume finishes the rest).
#pragma once

#include <QString>

namespace dwb {
class BatchEnrollJob;
}

namespace dwb::gui {

class JobProgressPage;

// Connects to the job just made (before it starts); total: devices in the list;
// keysOnBoards: a folder of requests (the texts say the keys stay on the boards).
void showBatchProgress(JobProgressPage *page, BatchEnrollJob *job, int total, bool keysOnBoards = false);
// Seconds left as mm:ss or h:mm:ss ("--:--" when not known yet).
QString formatEta(double eta);

} // namespace dwb::gui
