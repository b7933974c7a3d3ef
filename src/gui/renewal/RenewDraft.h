// What the renewal wizard (RenewWizard) collects page by page: whose
// certificates, under which CA key, for which keys, and the plan the ledger
// gave. In a rotation the devices are those still on the old anchor.
#pragma once

#include "core/enrollment/RenewPlan.h"
#include "core/ledger/LedgerRecord.h"
#include "core/util/Result.h"
#include "gui/wizards/common/CaKeyCheck.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwb::gui {

struct RenewDraft {
    QString app;
    QString context;                // the records' context (the connection's)
    QStringList devices;            // the devices to renew
    // Rotation: the anchor being retired (its PEM as the server has it, and
    // its SHA-256 fingerprint in the ledger's form).
    bool rotation = false;
    QByteArray oldAnchorPem;
    QString oldAnchorFingerprint;
    QString oldAnchorSubject;
    std::optional<CheckedCaKey> ca; // the key the new certificates are issued under
    bool newKey = false;
    int days = 365;
    QString outDir;
    std::optional<RenewPlan> plan;
};

// The devices of the ledger (Ledger::defaultPath()) whose current
// certificate is still under the old anchor (anchorDependents: the one
// rule of dwb trust delete); read on the calling thread (a few ms).
Result<QList<LedgerRecord>> oldAnchorDependents(const RenewDraft &draft);

} // namespace dwb::gui
