// `dwb certs import DIR` (issue 20): records in the ledger the certificates
// made before it existed. Every file below DIR (recursively) is read with
// the Importer; each certificate found is recorded once (a chain file and
// the certificate file name the same certificate: one record, both files),
// as Registration::Imported, unless the ledger knows it already (a re-import
// records nothing new). Anything else is skipped with its reason.
//
// Device name: a batch output folder's manifest.jsonl names its devices (and
// its application); otherwise the certificate's CN. Application: the option
// given, else the manifest's, else the OU of a Drogue subject
// ("CN=<device>, O=Drogue IoT, OU=<app>"). The issuing anchor: a CA
// certificate found in DIR or given in `anchors` (--ca-cert, or the
// application's anchors read by the caller) that issued it, with its
// signature verified.
#pragma once
#include "core/crypto/Certificate.h"
#include "core/ledger/Ledger.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace dwb {

struct LedgerImportOptions {
    QString dir;
    QString application;          // "" = from the manifest or the subject
    QString context;              // recorded as is ("" = none)
    QList<Certificate> anchors;   // issuers to look for, besides the CA certificates in dir
};

struct LedgerImportSkip {
    QString path;
    QString reason;
};

struct LedgerImportResult {
    int recorded = 0;             // new records
    int known = 0;                // certificates the ledger held already
    QList<LedgerImportSkip> skipped;
};

// Reads the folder, then records the new certificates in one transaction.
// An error: the folder cannot be read, or the ledger cannot be written
// (then nothing of this import was recorded).
Result<LedgerImportResult> importIntoLedger(Ledger &ledger, const LedgerImportOptions &options);

} // namespace dwb
