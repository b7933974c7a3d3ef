// Renewal planning (issue 20, item 3): which devices get a new certificate,
// and for which key. The certificates are then made and registered by the
// batch (BatchEnrollJob with BatchOptions::renewal: parallel, resumable by
// its manifest), one implementation for `dwb renew` and the GUI.
//
//   RenewSelection sel; sel.application = …; sel.devices = {…} / sel.all / sel.expiringWithinDays
//   auto plan = planRenewal(ledger, sel);                 // reads the ledger and the key files
//   options.renewal = plan->devices;  options.ledger.source = "renew";
//
// A device's current certificate is its current ledger record
// (CurrentCertificates.h). The new certificate keeps the old one's subject
// exactly (so the device's alias stays), and is issued for:
//   - the same key (default): the PKCS#8 key file among the record's files;
//   - a new key of the same algorithm (newKey): generated here and written
//     (0600) to OUT/STEM.key before anything is issued; the old key file is
//     left as it is. A re-run takes the key found there again.
// The key signs a certificate request with the old subject, and the batch
// issues for that request as for a tray of boards (RequestFolder.h); the new
// ledger record lists the certificate and the key file and replaces the old
// record (source "renew").
//
// Devices that cannot be renewed (no record, no key file at hand, no
// certificate file to copy the subject from) are listed with the reason;
// the others go on.
#pragma once

#include "core/crypto/CertificateRequest.h"
#include "core/ledger/Ledger.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace dwb {

struct RenewSelection {
    QString application;
    // The records' context (LedgerUse::contextFor): "" for the offline records.
    QString context;
    QStringList devices;                   // by name; or:
    bool all = false;                      // every device of the application in the ledger
    std::optional<int> expiringWithinDays; // only those whose current certificate expires within N days (or has expired)
    bool newKey = false;
    QString outDir;                        // where new keys go (the batch's output folder)
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// One device for the batch.
struct RenewalDevice {
    QString device;
    QString fileStem;          // in the output folder: DEVICE-renew-<old id>.pem (.key with a new key)
    QString subject;           // the old certificate's subject (Drogue form)
    CertificateRequest request; // signed by the key, with the old subject
    QString keyFile;           // absolute: the key the certificate is for
    bool newKey = false;       // keyFile was made by this renewal
    LedgerRecord replaces;     // the current record renewed
};

struct RenewProblem {
    QString device;
    QString reason;
};

struct RenewPlan {
    QList<RenewalDevice> devices;
    QList<RenewProblem> problems;   // devices left out, each with why
};

// An error only when the ledger cannot be read or the selection is empty.
Result<RenewPlan> planRenewal(const Ledger &ledger, const RenewSelection &selection,
                              const std::atomic_bool *cancel = nullptr);

// The output folder's stem of a renewal of `record`.
QString renewalFileStem(const LedgerRecord &record);

} // namespace dwb
