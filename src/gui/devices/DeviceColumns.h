// The device table's look: fixed row height, no row numbers, column widths
// from the font (the name 12 em, aliases stretching, the date as wide as a
// sample date in this locale), sorted by name.
#pragma once

class QTableView;

namespace dwb::gui {

void setUpDeviceColumns(QTableView *view);

} // namespace dwb::gui
