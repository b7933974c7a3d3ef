// The online verbs of dwb (registry through RegistryClient), independent of
// the command line framework: each takes parsed options, prints its result
// on `out` and returns a Status (the caller prints errors). VerbsOnline.cpp
// and VerbsTrust.cpp register them as verbs. The trust verbs run the same
// jobs as the wizards (AnchorJob, EnrollJob) and wait for them.
#pragma once

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Algorithm.h"
#include "core/crypto/Profiles.h"
#include "core/ledger/LedgerUse.h"
#include "core/util/Result.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace dwb::cli {

// Global connection options: --url URL --token USER:TOKEN [--ca FILE], or
// --sandbox DIR (reads DIR/sandbox.json: api, user, token and its CA).
struct OnlineOptions {
    QString url;
    QString token;      // USER:TOKEN
    QString caFile;
    QString sandboxDir;
    int timeoutMs = 30000;
    QString context;      // --context NAME (issue 8); default: the default context
    QString secretStore;  // --secret-store keychain|session|file
    QString ledgerPath;   // --ledger FILE: the certificate ledger (default: Ledger::defaultPath())
    bool isSet() const { return !url.isEmpty() || !sandboxDir.isEmpty(); }
};
Result<ConnectionSettings> connectionSettings(const OnlineOptions &options);
// The ledger a certificate verb records in: --ledger FILE (else the default),
// off with --no-ledger; source "dwb".
LedgerUse ledgerUse(const OnlineOptions &options, bool noLedger);
// --context NAME, or the default context when neither --url nor --sandbox
// is given (VerbsContext.cpp): the context's URL/CA, its secret from the store.
Result<ConnectionSettings> contextConnectionSettings(const OnlineOptions &options);
// A server to talk to: --url/--sandbox, --context NAME, or a default context
// (VerbsContext.cpp). Verbs with an --offline form go online when true.
bool serverGiven(const OnlineOptions &options);
// The default application of the context in use ("" with --url/--sandbox or none).
QString contextDefaultApp(const OnlineOptions &options);
QString contextDefaultAlgorithm(const OnlineOptions &options);

Status createApp(RegistryClient &client, const QString &name, QTextStream &out);
// cert: the device name is deviceSubjectString(name, app).
Status createDevice(RegistryClient &client, const QString &app, const QString &name, bool cert,
                    QTextStream &out);
Status deleteApp(RegistryClient &client, const QString &name, QTextStream &out);
Status deleteDevice(RegistryClient &client, const QString &app, const QString &name, QTextStream &out);
Status getApps(RegistryClient &client, bool json, QTextStream &out);
Status getDevices(RegistryClient &client, const QString &app, bool json, QTextStream &out);
Status trustList(RegistryClient &client, const QString &app, bool json, QTextStream &out);
// Refuses (ErrorCode::Refused, naming them) while the ledger holds devices
// whose current, unexpired certificate the anchor issued, unless force;
// without a ledger (or with --no-ledger) deletes with a note on err.
struct TrustDeleteOptions {
    LedgerUse ledger;
    bool force = false;
};
Status trustDelete(RegistryClient &client, const QString &app, int index, const TrustDeleteOptions &options,
                   QTextStream &out, QTextStream &err);

struct TrustCreateOptions {
    QString app;
    KeyAlgorithm algorithm = kDefaultAlgorithm;
    int days = 365;
    QString keyOutput;   // new CA key (0600), required unless keyInput
    QString certOutput;  // optional copy of the anchor certificate
    QString keyInput;    // use this CA key instead of a new one
    QString certInput;   // register this existing CA certificate as is
    LedgerUse ledger;    // --ledger, --no-ledger (source "dwb")
};
// AnchorJob: the key on disk (0600, read back) before the anchor is sent.
Status trustCreate(RegistryClient &client, const TrustCreateOptions &options, QTextStream &out);

struct EnrollOptions {
    QString device;
    QString app;
    QString caKey;       // the CA key: must match one of the app's anchors
    QString out;         // device certificate (PEM)
    QString keyOutput;   // new device key (0600)
    KeyAlgorithm algorithm = kDefaultAlgorithm;
    int days = 365;
    QString keyInput;    // use this device key instead of a new one
    QString csr;         // a certificate request from the board (no key file)
    QString chainOutput; // --csr: the certificate and the anchor (optional)
    QString derOutput;   // --csr: the certificate as DER (optional)
    RequestSigning signing; // --keep-subject, --copy-san
    LedgerUse ledger;    // --ledger, --no-ledger (source "dwb")
};
// EnrollJob: files first, then modifyDevice(createIfAbsent) adding the subject as alias.
Status trustEnroll(RegistryClient &client, const EnrollOptions &options, QTextStream &out);

struct RegisterOptions {
    QString device;
    QString app;
    QString certInput;   // the device certificate to register as it is
    QString keyInput;    // optional: must belong to the certificate
    QString caKey;       // optional: must belong to the anchor it chains to
    LedgerUse ledger;    // --ledger, --no-ledger (source "dwb")
};
// `dwb trust enroll DEVICE --app APP --cert-input DEV.pem`: no CA key needed.
// EnrollJob (Source::ExistingCertificate) checks the certificate against the
// application's anchors and Drogue's device rules, then creates or updates
// the device with the certificate's subject as an alias.
Status trustRegister(RegistryClient &client, const RegisterOptions &options, QTextStream &out);

} // namespace dwb::cli
