// The enrollment wizard's summary (the page before Enroll): an HTML table
// made from the draft alone, so that it can be checked without widgets.
#pragma once

#include <QString>

namespace dwb::gui {

struct EnrollDraft;

// One device (new or imported key, or an existing certificate registered as
// it is) or several devices from a list, as the draft's mode says.
QString enrollSummary(const EnrollDraft &draft);

} // namespace dwb::gui
