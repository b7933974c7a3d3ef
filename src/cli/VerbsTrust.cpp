// dwb trust create and dwb trust enroll, each with its forms: with a server
// (the global connection options, a context) or --offline (files only), and
// trust enroll --cert-input (register a device certificate as it is).
#include "cli/Verb.h"
#include "cli/VerbsOnline.h"

#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"
#include "core/cloud/Resources.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/AnchorJob.h"
#include "core/enrollment/EnrollJob.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/token/Pkcs11Uri.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kTrustCreateOnlineUsage =
    u"dwb trust create APP [--algo ALGO] [--days N] --key-output CA.key [--cert-output CA.pem]\n"
    "                 [--key-input KEY] [--cert-input CERT] [--no-ledger]"_s;
const QString kTrustCreateUsage = u"dwb trust create APP --offline [--algo ALGO] [--days N] --key-output CA.key "
                                  "[--cert-output CA.pem] [--key-input KEY] [--passphrase-file F] [--force] [--no-ledger]\n"
                                  "  (CA.key and KEY may be a token's key: \"pkcs11:token=T;object=O\")\n"
                                  "  (without --offline: the form above, with a server)"_s;
const QString kTrustEnrollOnlineUsage =
    u"dwb trust enroll DEVICE --app APP --ca-key CA.key --out DEV.pem --key-output DEV.key\n"
    "                 [--algo ALGO] [--days N] [--key-input KEY] [--no-ledger]\n"
    "  (a board that keeps its key: --csr DEV.csr [--keep-subject] [--copy-san] [--chain-output F]\n"
    "   [--der-output DEV.der] instead of --key-output)\n"
    "  (a device certificate you have: dwb trust enroll DEVICE --app APP --cert-input DEV.pem)"_s;
const QString kTrustRegisterUsage =
    u"dwb trust enroll DEVICE --app APP --cert-input DEV.pem [--key-input DEV.key] [--no-ledger]\n"
    "  (registers the certificate as it is: it must chain to a trust anchor of APP and be one\n"
    "   Drogue accepts; no CA key needed)"_s;
const QString kTrustEnrollUsage =
    u"dwb trust enroll DEVICE --app APP --offline --ca-key CA.key --ca-cert CA.pem [--algo ALGO] [--days N]\n"
    "                 --out DEV.pem --key-output DEV.key [--key-input EXISTING.key] [--passphrase-file F] [--force]\n"
    "                 [--no-ledger]\n"
    "  (--csr DEV.csr [--keep-subject] [--copy-san] [--chain-output F] [--der-output DEV.der] instead of\n"
    "   --key-output: the key stays on the board;\n"
    "   --passphrase-file: passphrase of encrypted input keys; without --offline: the forms above)"_s;

// Common options of the certificate verbs.
struct CertOptions {
    KeyAlgorithm algorithm = kDefaultAlgorithm;
    int days = kDefaultValidityDays;
    Overwrite overwrite = Overwrite::Refuse;
    SecretBytes passphrase;
};

std::optional<QString> readCertOptions(const ArgParser &p, CertOptions *o)
{
    if (p.isSet(u"algo"_s)) {
        const auto alg = parseAlgorithm(p.value(u"algo"_s));
        if (!alg)
            return tr("Unknown algorithm '%1' (rsa2048, rsa3072, rsa4096, ecdsa-p256, ecdsa-p384, ed25519).")
                .arg(p.value(u"algo"_s));
        o->algorithm = *alg;
    }
    if (p.isSet(u"days"_s)) {
        bool ok = false;
        o->days = p.value(u"days"_s).toInt(&ok);
        if (!ok || o->days < 1)
            return tr("--days takes a positive number of days.");
    }
    o->overwrite = p.isSet(u"force"_s) ? Overwrite::Allow : Overwrite::Refuse;
    return std::nullopt;
}

void addCertOptions(ArgParser &p)
{
    p.flag(u"offline"_s);
    p.flag(u"force"_s);
    p.flag(u"no-ledger"_s);
    p.option(u"algo"_s, u"ALGO"_s);
    p.option(u"days"_s, u"N"_s);
    p.option(u"key-output"_s, u"FILE"_s);
    p.option(u"key-input"_s, u"FILE"_s);
    p.option(u"passphrase-file"_s, u"FILE"_s);
}

// trust enroll --csr: how the request is signed.
void addRequestFlags(ArgParser &p)
{
    p.flag(u"keep-subject"_s);
    p.flag(u"copy-san"_s);
    p.option(u"chain-output"_s, u"FILE"_s);
    p.option(u"der-output"_s, u"FILE"_s);
}

RequestSigning requestSigning(const ArgParser &p)
{
    RequestSigning how;
    how.keepSubject = p.isSet(u"keep-subject"_s);
    how.copySubjectAltNames = p.isSet(u"copy-san"_s);
    return how;
}

// Exactly one way to the device key: a new one (--key-output), one given
// (--key-input) or the board's own (--csr); --keep-subject and --copy-san
// only with --csr.
std::optional<QString> checkKeyChoice(const ArgParser &p)
{
    const bool csr = p.isSet(u"csr"_s);
    if (csr && (p.isSet(u"key-output"_s) || p.isSet(u"key-input"_s)))
        return tr("--csr is the board's own key: give no --key-output or --key-input with it.");
    if (!csr
        && (p.isSet(u"keep-subject"_s) || p.isSet(u"copy-san"_s) || p.isSet(u"chain-output"_s)
            || p.isSet(u"der-output"_s)))
        return tr("--keep-subject, --copy-san, --chain-output and --der-output are for --csr.");
    if (!csr && p.value(u"key-output"_s).isEmpty() && p.value(u"key-input"_s).isEmpty())
        return tr("Give --key-output (where the new device key goes), --key-input or --csr.");
    return std::nullopt;
}

// A key file (any format), with dwb's hint when it needs a passphrase.
Result<PrivateKey> loadKey(const QString &path, const SecretBytes &passphrase)
{
    auto key = loadPrivateKeyFile(path, passphrase);
    if (!key && key.error().code == ErrorCode::NeedsPassphrase) {
        Error e = key.error();
        e.message += u' ' + tr("Give it with --passphrase-file.");
        return e;
    }
    return key;
}

// Runs a job and waits for it; its error through failure(), with dwb's
// hint when a file exists (the jobs never overwrite one without --force).
int runJob(VerbContext &ctx, Job &job)
{
    const Status st = job.exec();
    if (st)
        return 0;
    Error e = st.error();
    if (e.code == ErrorCode::AlreadyExists)
        e.message += u' ' + tr("Use --force to replace it.");
    return failure(ctx, e);
}

int trustCreateOffline(VerbContext &ctx)
{
    ArgParser p;
    addCertOptions(p);
    p.option(u"cert-output"_s, u"FILE"_s);
    QString error;
    if (!p.parse(ctx.args, 1, 1, &error))
        return usageError(ctx, kTrustCreateUsage, error);
    if (!p.isSet(u"offline"_s))
        return needsServer(ctx, kTrustCreateUsage);
    CertOptions o;
    if (auto e = readCertOptions(p, &o))
        return usageError(ctx, kTrustCreateUsage, *e);
    const QString app = p.positional().at(0);
    if (const QString bad = validateApplicationName(app); !bad.isEmpty())
        return usageError(ctx, kTrustCreateUsage, bad);
    const QString keyOut = p.value(u"key-output"_s), keyIn = p.value(u"key-input"_s);
    if (keyOut.isEmpty() && keyIn.isEmpty())
        return usageError(ctx, kTrustCreateUsage, tr("Give --key-output (where the new CA key goes) or --key-input."));
    if (p.isSet(u"passphrase-file"_s)) {
        auto pass = readPassphraseFile(p.value(u"passphrase-file"_s));
        if (!pass)
            return failure(ctx, pass.error());
        o.passphrase = std::move(*pass);
    }

    AnchorRequest request;
    request.app = app;
    request.offline = true;
    request.algorithm = o.algorithm;
    request.days = o.days;
    request.overwrite = o.overwrite;
    request.keyOutput = keyOut;
    request.certOutput = p.value(u"cert-output"_s);
    request.ledger = ledgerUse(ctx.online, p.isSet(u"no-ledger"_s));
    const bool encrypted = !o.passphrase.isEmpty();
    request.keyPassphrase = std::make_shared<SecretBytes>(std::move(o.passphrase));
    if (!keyIn.isEmpty()) {
        auto k = loadKey(keyIn, *request.keyPassphrase);
        if (!k)
            return failure(ctx, k.error());
        request.source = AnchorRequest::Source::ExistingKey;
        request.key = *k;
        request.keyInputPath = keyIn;
    }
    // A pkcs11: --key-output: the job makes the key on the token (after its
    // checks of the outputs) and writes no key file.
    AnchorJob job(nullptr, std::move(request));
    if (const int rc = runJob(ctx, job))
        return rc;
    const AnchorOutcome &r = *job.result();
    if (r.certPath.isEmpty()) {
        ctx.out << QString::fromLatin1(r.anchor.toPem());
    } else {
        ctx.out << tr("Trust anchor \"%1\" (%2, valid until %3) written to %4.")
                       .arg(r.anchor.subjectString(), r.anchor.publicKey().typeName(),
                            r.anchor.notAfter().toString(Qt::ISODate), r.certPath)
                << '\n';
    }
    if (Pkcs11Uri::looksLike(keyOut) && keyIn.isEmpty())
        ctx.err << tr("CA key made on the token: %1 (it never leaves the token).").arg(keyOut) << '\n';
    else if (!keyOut.isEmpty())
        ctx.err << tr("CA key written to %1 (mode 0600%2). Keep it safe: it signs every device of %3.")
                       .arg(keyOut, encrypted ? tr(", encrypted") : QString(), app)
                << '\n';
    return 0;
}

int trustEnrollOffline(VerbContext &ctx)
{
    ArgParser p;
    addCertOptions(p);
    for (const auto &name : {u"app"_s, u"ca-key"_s, u"ca-cert"_s, u"out"_s, u"cert-input"_s, u"csr"_s})
        p.option(name, u"VALUE"_s);
    addRequestFlags(p);
    QString error;
    // --cert-input registers a certificate on the server: its own usage.
    const QString usage = ctx.args.contains(u"--cert-input"_s)
            || std::any_of(ctx.args.cbegin(), ctx.args.cend(),
                           [](const QString &a) { return a.startsWith("--cert-input="_L1); })
        ? kTrustRegisterUsage
        : kTrustEnrollUsage;
    if (!p.parse(ctx.args, 1, 1, &error))
        return usageError(ctx, usage, error);
    if (p.isSet(u"cert-input"_s)) {
        if (p.isSet(u"offline"_s))
            return usageError(ctx, usage,
                              tr("--cert-input registers a device certificate on the server: it has no --offline "
                                 "form."));
        return needsServer(ctx, usage);
    }
    if (!p.isSet(u"offline"_s))
        return needsServer(ctx, kTrustEnrollUsage);
    CertOptions o;
    if (auto e = readCertOptions(p, &o))
        return usageError(ctx, kTrustEnrollUsage, *e);
    const QString device = p.positional().at(0), app = p.value(u"app"_s);
    for (const auto &[opt, what] : {std::pair{u"app"_s, tr("the application")}, std::pair{u"ca-key"_s, tr("the CA key")},
                                    std::pair{u"ca-cert"_s, tr("the CA certificate")},
                                    std::pair{u"out"_s, tr("where the device certificate goes")}}) {
        if (p.value(opt).isEmpty())
            return usageError(ctx, kTrustEnrollUsage, tr("Give %1 with --%2.").arg(what, opt));
    }
    const QString keyOut = p.value(u"key-output"_s), keyIn = p.value(u"key-input"_s);
    if (auto e = checkKeyChoice(p))
        return usageError(ctx, kTrustEnrollUsage, *e);
    if (const QString bad = validateApplicationName(app); !bad.isEmpty())
        return usageError(ctx, kTrustEnrollUsage, bad);
    if (const QString bad = validateDeviceName(device); !bad.isEmpty())
        return usageError(ctx, kTrustEnrollUsage, bad);
    if (p.isSet(u"passphrase-file"_s)) {
        auto pass = readPassphraseFile(p.value(u"passphrase-file"_s));
        if (!pass)
            return failure(ctx, pass.error());
        o.passphrase = std::move(*pass);
    }

    EnrollRequest request;
    request.app = app;
    request.device = device;
    request.offline = true;
    request.algorithm = o.algorithm;
    request.days = o.days;
    request.overwrite = o.overwrite;
    request.certOutput = p.value(u"out"_s);
    request.keyOutput = keyOut;
    request.caKeyPath = p.value(u"ca-key"_s);
    auto caKey = loadKey(request.caKeyPath, o.passphrase);
    if (!caKey)
        return failure(ctx, caKey.error());
    request.caKey = *caKey;
    request.offlineAnchorsPath = p.value(u"ca-cert"_s);
    request.ledger = ledgerUse(ctx.online, p.isSet(u"no-ledger"_s));
    auto caData = readWholeFile(request.offlineAnchorsPath);
    if (!caData)
        return failure(ctx, caData.error());
    auto caCerts = importCertificates(*caData, o.passphrase);
    if (!caCerts)
        return failure(ctx, caCerts.error());
    request.offlineAnchors = *caCerts;
    if (!keyIn.isEmpty()) {
        auto k = loadKey(keyIn, o.passphrase);
        if (!k)
            return failure(ctx, k.error());
        request.source = EnrollRequest::Source::ImportedKey;
        request.deviceKey = *k;
        request.deviceKeyPath = keyIn;
    }
    if (p.isSet(u"csr"_s)) {
        auto csr = loadCertificateRequestFile(p.value(u"csr"_s));
        if (!csr)
            return failure(ctx, csr.error());
        request.source = EnrollRequest::Source::Request;
        request.certificateRequest = *csr;
        request.requestSigning = requestSigning(p);
        request.chainOutput = p.value(u"chain-output"_s);
        request.derOutput = p.value(u"der-output"_s);
    }
    EnrollJob job(nullptr, std::move(request));
    if (const int rc = runJob(ctx, job))
        return rc;
    const EnrollOutcome &r = *job.result();
    const Certificate &cert = r.certificate;
    ctx.out << tr("Device certificate \"%1\" issued by \"%2\" (%3, valid until %4) written to %5.")
                   .arg(cert.subjectString(), cert.issuerString(), cert.publicKey().typeName(),
                        cert.notAfter().toString(Qt::ISODate), r.certPath)
            << '\n';
    if (!keyOut.isEmpty())
        ctx.out << tr("Device key written to %1 (mode 0600).").arg(keyOut) << '\n';
    if (!r.derPath.isEmpty())
        ctx.out << tr("The certificate as DER: %1").arg(r.derPath) << '\n';
    if (!r.chainPath.isEmpty())
        ctx.out << tr("Chain (certificate, then trust anchor): %1").arg(r.chainPath) << '\n';
    if (p.isSet(u"csr"_s))
        ctx.out << tr("No key file was written: the private key stays on the board.") << '\n';
    return 0;
}

// ------------------------------------------------------------- with a server

bool hasOption(const QStringList &args, const QString &name)
{
    const QString option = u"--"_s + name;
    for (const QString &a : args) {
        if (a == "--"_L1)
            return false;
        if (a == option || a.startsWith(option + u'=') || a == option.mid(1) || a.startsWith(option.mid(1) + u'='))
            return true;
    }
    return false;
}

// --app, else the default application of the context in use.
QString appOf(const VerbContext &ctx, const ArgParser &p)
{
    const QString app = p.value(u"app"_s);
    return app.isEmpty() ? contextDefaultApp(ctx.online) : app;
}

// --algo (else the context's default algorithm) and --days of the online forms.
std::optional<int> readOnlineCertOptions(VerbContext &ctx, const ArgParser &p, const QString &usage,
                                         KeyAlgorithm *algo, int *days)
{
    *algo = kDefaultAlgorithm;
    if (const auto ctxAlgo = parseAlgorithm(contextDefaultAlgorithm(ctx.online)); ctxAlgo && !p.isSet(u"algo"_s))
        *algo = *ctxAlgo; // the context's default algorithm (dwb context set-default-algo)
    if (p.isSet(u"algo"_s)) {
        const auto a = parseAlgorithm(p.value(u"algo"_s));
        if (!a)
            return usageError(ctx, usage, tr("Unknown algorithm '%1'.").arg(p.value(u"algo"_s)));
        *algo = *a;
    }
    *days = 365;
    if (p.isSet(u"days"_s)) {
        const auto d = positiveInt(p.value(u"days"_s));
        if (!d)
            return usageError(ctx, usage, tr("--days takes a positive number."));
        *days = *d;
    }
    return std::nullopt;
}

int trustCreateOnline(VerbContext &ctx)
{
    ArgParser p;
    for (const char *o : {"algo", "days", "key-output", "key-input"})
        p.option(QLatin1String(o), u"VALUE"_s);
    p.option(u"cert-output"_s, u"FILE"_s);
    p.option(u"cert-input"_s, u"FILE"_s);
    p.flag(u"no-ledger"_s);
    QString error;
    if (!p.parse(ctx.args, 1, 1, &error))
        return usageError(ctx, kTrustCreateOnlineUsage, error);
    TrustCreateOptions o;
    if (auto rc = readOnlineCertOptions(ctx, p, kTrustCreateOnlineUsage, &o.algorithm, &o.days))
        return *rc;
    o.app = p.positional().value(0);
    o.keyOutput = p.value(u"key-output"_s);
    o.certOutput = p.value(u"cert-output"_s);
    o.keyInput = p.value(u"key-input"_s);
    o.certInput = p.value(u"cert-input"_s);
    o.ledger = ledgerUse(ctx.online, p.isSet(u"no-ledger"_s));
    return runOnline(ctx, kTrustCreateOnlineUsage, [&](RegistryClient &c) { return trustCreate(c, o, ctx.out); });
}

int trustEnrollOnline(VerbContext &ctx)
{
    ArgParser p;
    for (const char *o : {"algo", "days", "key-output", "key-input", "app", "ca-key", "out", "csr"})
        p.option(QLatin1String(o), u"VALUE"_s);
    addRequestFlags(p);
    p.flag(u"no-ledger"_s);
    QString error;
    if (!p.parse(ctx.args, 1, 1, &error))
        return usageError(ctx, kTrustEnrollOnlineUsage, error);
    EnrollOptions o;
    if (auto rc = readOnlineCertOptions(ctx, p, kTrustEnrollOnlineUsage, &o.algorithm, &o.days))
        return *rc;
    o.device = p.positional().value(0);
    o.app = appOf(ctx, p);
    o.caKey = p.value(u"ca-key"_s);
    o.out = p.value(u"out"_s);
    o.keyOutput = p.value(u"key-output"_s);
    o.keyInput = p.value(u"key-input"_s);
    o.csr = p.value(u"csr"_s);
    o.signing = requestSigning(p);
    o.chainOutput = p.value(u"chain-output"_s);
    o.derOutput = p.value(u"der-output"_s);
    o.ledger = ledgerUse(ctx.online, p.isSet(u"no-ledger"_s));
    if (o.app.isEmpty())
        return usageError(ctx, kTrustEnrollOnlineUsage, tr("Give the application with --app."));
    if (o.caKey.isEmpty())
        return usageError(ctx, kTrustEnrollOnlineUsage,
                          tr("Give the application's CA key with --ca-key (or register a device "
                             "certificate you have with --cert-input DEV.pem)."));
    if (auto e = checkKeyChoice(p))
        return usageError(ctx, kTrustEnrollOnlineUsage, *e);
    return runOnline(ctx, kTrustEnrollOnlineUsage, [&](RegistryClient &c) { return trustEnroll(c, o, ctx.out); });
}

// Register a device certificate as it is: no CA key, nothing written.
int trustRegisterOnline(VerbContext &ctx)
{
    ArgParser p;
    for (const char *o : {"app", "cert-input", "key-input", "ca-key", "out", "key-output", "algo", "days"})
        p.option(QLatin1String(o), u"VALUE"_s);
    p.flag(u"no-ledger"_s);
    QString error;
    if (!p.parse(ctx.args, 1, 1, &error))
        return usageError(ctx, kTrustRegisterUsage, error);
    for (const char *o : {"out", "key-output", "algo", "days"}) {
        if (p.isSet(QLatin1String(o)))
            return usageError(ctx, kTrustRegisterUsage,
                              tr("--%1 is not used with --cert-input: the certificate is registered as it is "
                                 "and nothing is written.")
                                  .arg(QLatin1String(o)));
    }
    RegisterOptions o;
    o.device = p.positional().value(0);
    o.app = appOf(ctx, p);
    o.certInput = p.value(u"cert-input"_s);
    o.keyInput = p.value(u"key-input"_s);
    o.caKey = p.value(u"ca-key"_s);
    o.ledger = ledgerUse(ctx.online, p.isSet(u"no-ledger"_s));
    if (o.app.isEmpty())
        return usageError(ctx, kTrustRegisterUsage, tr("Give the application with --app."));
    if (o.certInput.isEmpty())
        return usageError(ctx, kTrustRegisterUsage, tr("Give the device certificate with --cert-input."));
    return runOnline(ctx, kTrustRegisterUsage, [&](RegistryClient &c) { return trustRegister(c, o, ctx.out); });
}

// With a server unless --offline is given; without either, the offline
// form says that it needs one.
bool withServer(const VerbContext &ctx)
{
    return !ctx.args.contains(u"--offline"_s) && serverGiven(ctx.online);
}

int trustCreateVerb(VerbContext &ctx)
{
    return withServer(ctx) ? trustCreateOnline(ctx) : trustCreateOffline(ctx);
}

int trustEnrollVerb(VerbContext &ctx)
{
    if (!withServer(ctx))
        return trustEnrollOffline(ctx);
    return hasOption(ctx.args, u"cert-input"_s) ? trustRegisterOnline(ctx) : trustEnrollOnline(ctx);
}

const RegisterVerb trustCreateRow({u"trust create"_s,
                                   QT_TRANSLATE_NOOP("dwb", "Create an application's trust anchor (CA key + certificate)"),
                                   kTrustCreateOnlineUsage + u'\n' + kTrustCreateUsage, trustCreateVerb});
const RegisterVerb trustEnrollRow(
    {u"trust enroll"_s, QT_TRANSLATE_NOOP("dwb", "Issue a device certificate with the app's CA key, or register one"),
     kTrustEnrollOnlineUsage + u'\n' + kTrustRegisterUsage + u'\n' + kTrustEnrollUsage, trustEnrollVerb});

} // namespace

} // namespace dwb::cli
