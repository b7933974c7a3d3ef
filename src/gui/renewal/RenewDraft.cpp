#include "gui/renewal/RenewDraft.h"

#include "core/ledger/AnchorDependents.h"
#include "core/ledger/Ledger.h"

namespace dwb::gui {

Result<QList<LedgerRecord>> oldAnchorDependents(const RenewDraft &draft)
{
    auto ledger = Ledger::open(Ledger::defaultPath());
    if (!ledger)
        return ledger.error();
    return anchorDependents(**ledger, draft.context, draft.app, draft.oldAnchorFingerprint);
}

} // namespace dwb::gui
