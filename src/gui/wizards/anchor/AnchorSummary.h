// The trust anchor wizard's summary (the page before Create): an HTML table
// made from the draft alone, so that it can be checked without widgets.
#pragma once

#include <QString>

namespace dwb::gui {

struct AnchorDraft;

QString anchorSummary(const AnchorDraft &draft);

} // namespace dwb::gui
