// The warning window of "expiry at a glance": how many days ahead the window
// and dwb call a certificate "expiring" (default 30). Kept in the settings
// the window and dwb share (QSettings "Drogue IoT"/"Drogue Workbench", key
// certificates/warningDays).
#pragma once

namespace dwb {

constexpr int kDefaultExpiryWarningDays = 30;
constexpr int kMaxExpiryWarningDays = 3650;

int expiryWarningDays();
void setExpiryWarningDays(int days);   // clamped to 1..kMaxExpiryWarningDays

} // namespace dwb
