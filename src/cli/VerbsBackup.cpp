// dwb trust backup and dwb trust restore: an application's trust anchor
// (CA key + certificate) into a PKCS#12 file protected by a passphrase, and
// back (core/enrollment/AnchorBackup).
#include "cli/TerminalPassphrase.h"
#include "cli/Verb.h"
#include "cli/VerbsOnline.h"

#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"
#include "core/crypto/Importer.h"
#include "core/enrollment/AnchorBackup.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kBackupUsage =
    u"dwb trust backup APP --ca-key CA.key --out APP-anchor.p12 [--passphrase-file F] [--ca-passphrase-file F]\n"
    "  (--offline --ca-cert CA.pem: the anchor certificate from a file instead of the server)"_s;
const QString kRestoreUsage =
    u"dwb trust restore APP-anchor.p12 --key-output CA.key [--cert-output CA.pem] [--passphrase-file F]\n"
    "                  [--key-passphrase-file F] [--app APP]"_s;

// --NAME F, else asked on the terminal (twice when confirm).
Result<SecretBytes> passphrase(VerbContext &ctx, const ArgParser &p, const QString &name, const QString &prompt,
                               bool confirm)
{
    if (p.isSet(name))
        return readPassphraseFile(p.value(name));
    return askPassphrase(ctx.err, prompt, confirm);
}

// The CA key: plain, or encrypted (--ca-passphrase-file, else asked).
Result<PrivateKey> loadCaKey(VerbContext &ctx, const ArgParser &p)
{
    const QString path = p.value(u"ca-key"_s);
    SecretBytes pass;
    if (p.isSet(u"ca-passphrase-file"_s)) {
        auto f = readPassphraseFile(p.value(u"ca-passphrase-file"_s));
        if (!f)
            return f.error();
        pass = std::move(*f);
    }
    auto key = loadPrivateKeyFile(path, pass);
    if (!key && key.error().code == ErrorCode::NeedsPassphrase) {
        auto asked = askPassphrase(ctx.err, tr("Passphrase of the CA key %1:").arg(path), false);
        if (!asked)
            return Error(ErrorCode::NeedsPassphrase,
                         tr("The CA key %1 is encrypted: give its passphrase with --ca-passphrase-file.").arg(path));
        return loadPrivateKeyFile(path, *asked);
    }
    return key;
}

int trustBackupVerb(VerbContext &ctx)
{
    ArgParser p;
    p.flag(u"offline"_s);
    for (const char *o : {"ca-key", "out", "ca-cert", "passphrase-file", "ca-passphrase-file"})
        p.option(QLatin1String(o), u"FILE"_s);
    QString error;
    if (!p.parse(ctx.args, 1, 1, &error))
        return usageError(ctx, kBackupUsage, error);
    const QString app = p.positional().at(0), out = p.value(u"out"_s);
    if (const QString bad = validateApplicationName(app); !bad.isEmpty())
        return usageError(ctx, kBackupUsage, bad);
    if (p.value(u"ca-key"_s).isEmpty())
        return usageError(ctx, kBackupUsage, tr("Give the application's CA key with --ca-key."));
    if (out.isEmpty())
        return usageError(ctx, kBackupUsage, tr("Give the backup file with --out."));
    const bool offline = p.isSet(u"offline"_s);
    if (!offline && !serverGiven(ctx.online))
        return needsServer(ctx, kBackupUsage);
    if (offline && p.value(u"ca-cert"_s).isEmpty())
        return usageError(ctx, kBackupUsage, tr("--offline takes the anchor certificate from --ca-cert CA.pem."));
    if (!offline && p.isSet(u"ca-cert"_s))
        return usageError(ctx, kBackupUsage, tr("--ca-cert is for --offline: online, the anchor is read from the server."));
    // Refused before any question is asked (AnchorBackup::write checks again).
    if (QFileInfo::exists(out))
        return failure(ctx, Error(ErrorCode::AlreadyExists, tr("%1 exists already: it is not overwritten.").arg(out)));

    auto caKey = loadCaKey(ctx, p);
    if (!caKey)
        return failure(ctx, caKey.error());
    const QString keyPath = p.value(u"ca-key"_s);
    Certificate anchor;
    if (offline) {
        auto data = readWholeFile(p.value(u"ca-cert"_s));
        if (!data)
            return failure(ctx, data.error());
        auto certs = importCertificates(*data);
        if (!certs)
            return failure(ctx, certs.error());
        auto c = AnchorBackup::anchorAmong(*certs, *caKey, keyPath, p.value(u"ca-cert"_s));
        if (!c)
            return failure(ctx, c.error());
        anchor = *c;
    } else {
        const int rc = runOnline(ctx, kBackupUsage, [&](RegistryClient &client) -> Status {
            auto a = await(client.getApp(app));
            if (!a)
                return a.error();
            auto c = AnchorBackup::anchorOf(*a, *caKey, keyPath);
            if (!c)
                return c.error();
            anchor = *c;
            return {};
        });
        if (rc != 0)
            return rc;
    }
    auto pass = passphrase(ctx, p, u"passphrase-file"_s, tr("Passphrase for %1:").arg(out), true);
    if (!pass)
        return failure(ctx, pass.error());
    if (Status st = AnchorBackup::write(out, *caKey, anchor, *pass, app); !st)
        return failure(ctx, st.error());
    ctx.out << tr("Trust anchor \"%1\" of %2 (valid until %3) and its CA key written to %4 (PKCS#12, mode 0600).")
                   .arg(anchor.subjectString(), app, anchor.notAfter().toString(Qt::ISODate), out)
            << '\n';
    ctx.err << tr("Keep the file and its passphrase apart: together they sign every device of %1.").arg(app) << '\n';
    return 0;
}

int trustRestoreVerb(VerbContext &ctx)
{
    ArgParser p;
    for (const char *o : {"key-output", "cert-output", "passphrase-file", "key-passphrase-file", "app"})
        p.option(QLatin1String(o), u"FILE"_s);
    QString error;
    if (!p.parse(ctx.args, 1, 1, &error))
        return usageError(ctx, kRestoreUsage, error);
    const QString in = p.positional().at(0), keyOut = p.value(u"key-output"_s), certOut = p.value(u"cert-output"_s);
    if (keyOut.isEmpty())
        return usageError(ctx, kRestoreUsage, tr("Give the file the CA key is written to with --key-output."));
    // Refused before any question is asked (AnchorBackup::restore checks again).
    for (const QString &f : {keyOut, certOut}) {
        if (!f.isEmpty() && QFileInfo::exists(f))
            return failure(ctx, Error(ErrorCode::AlreadyExists, tr("%1 exists already: it is not overwritten.").arg(f)));
    }
    SecretBytes keyPass;
    if (p.isSet(u"key-passphrase-file"_s)) {
        auto f = readPassphraseFile(p.value(u"key-passphrase-file"_s));
        if (!f)
            return failure(ctx, f.error());
        keyPass = std::move(*f);
    }
    auto pass = passphrase(ctx, p, u"passphrase-file"_s, tr("Passphrase of %1:").arg(in), false);
    if (!pass)
        return failure(ctx, pass.error());
    auto contents = AnchorBackup::read(in, *pass);
    if (!contents)
        return failure(ctx, contents.error());
    if (Status st = AnchorBackup::restore(*contents, keyOut, keyPass, certOut); !st)
        return failure(ctx, st.error());
    const Certificate &cert = contents->certificate;
    ctx.out << tr("CA key of the trust anchor \"%1\" (valid until %2) written to %3 (mode 0600%4).")
                   .arg(cert.subjectString(), cert.notAfter().toString(Qt::ISODate), keyOut,
                        keyPass.isEmpty() ? QString() : tr(", encrypted"))
            << '\n';
    if (!certOut.isEmpty())
        ctx.out << tr("Anchor certificate written to %1.").arg(certOut) << '\n';
    const QString app = p.value(u"app"_s);
    if (app.isEmpty())
        return 0;
    return runOnline(ctx, kRestoreUsage, [&](RegistryClient &client) -> Status {
        auto a = await(client.getApp(app));
        if (!a)
            return a.error();
        if (!AnchorBackup::isAnchorOf(*a, cert))
            return Error(ErrorCode::Mismatch,
                         tr("The restored certificate \"%1\" is no longer a trust anchor of application '%2' "
                            "(the key was written all the same).")
                             .arg(cert.subjectString(), app));
        ctx.out << tr("It is a trust anchor of application '%1'.").arg(app) << '\n';
        return {};
    });
}

const RegisterVerb trustBackupRow({u"trust backup"_s,
                                   QT_TRANSLATE_NOOP("dwb", "Back up an application's trust anchor (CA key + "
                                                            "certificate) into a PKCS#12 file with a passphrase"),
                                   kBackupUsage, trustBackupVerb});
const RegisterVerb trustRestoreRow({u"trust restore"_s,
                                    QT_TRANSLATE_NOOP("dwb", "Restore a trust anchor's CA key from its PKCS#12 backup"),
                                    kRestoreUsage, trustRestoreVerb});

} // namespace

} // namespace dwb::cli
