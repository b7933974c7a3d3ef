// The window's side of "expiry at a glance": an application's trust anchors
// as the expiry report reads them, the earliest-expiring one for the
// application list, and the warning on connecting (one message in the
// message bar with the counts and a "Show" button).
#pragma once

#include "core/cloud/Resources.h"
#include "core/ledger/ExpiryReport.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace dwb::gui {

class MessageBar;

// The anchors in the application's spec, with their dates and fingerprints
// (read from the certificates; unreadable ones are left out).
QList<AnchorExpiry> anchorExpiries(const Application &app);
// The anchor whose expiry the application list shows: the earliest-expiring
// one that has not expired, else the one that expired last; none without anchors.
std::optional<AnchorExpiry> shownAnchorExpiry(const Application &app,
                                              const QDateTime &now = QDateTime::currentDateTimeUtc());

// The report for this connection: the apps' anchors, and the current ledger
// records that belong to it — recorded under this context's name, or issued
// by an anchor of one of these apps. The ledger at Ledger::defaultPath();
// a ledger that cannot be read counts as empty (the Certificates view says why).
ExpiryReport connectionExpiryReport(const QList<Application> &apps, const QString &context, int warningDays);

// Shows the report's sentence as a warning with a "Show" button running
// show; nothing when nothing expires within the window. True when shown.
bool showExpiryWarning(MessageBar *bar, const ExpiryReport &report, std::function<void()> show);

} // namespace dwb::gui
