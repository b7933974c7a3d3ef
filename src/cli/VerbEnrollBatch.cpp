// dwb enroll-batch: keys, certificates and registrations for a list of
// devices, or certificates and registrations for a tray of boards that keep
// their keys (--csr-dir: a folder of certificate requests).
#include "cli/BatchRun.h"
#include "cli/Verb.h"

#include "core/cloud/RegistryClient.h"
#include "core/enrollment/BatchEnrollJob.h"

#include <QCoreApplication>


using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kUsage = u"dwb enroll-batch --app APP --ca-key CA.key (--devices FILE | --csr-dir DIR) --out-dir DIR\n"
                       "       [--algo ALGO] [--days N] [--jobs N] [--requests N] [--offline --ca-cert CA.pem]\n"
                       "       [--p12 --passphrase-file F] [--ca-passphrase-file F] [--fsync-each] [--no-ledger]\n"
                       "  FILE: one device name per line (# comments), or CSV with a header:\n"
                       "        name[,labels (k=v;k2=v2)][,alias (a;b)]\n"
                       "  --csr-dir DIR: one certificate request per board (*.csr, *.req, *.pem, *.der, *.txt);\n"
                       "        the device is named by its CN, or by the file name with --name-from file;\n"
                       "        [--copy-san] [--der: also DIR/DEV.der]; certificates only, no key files (the keys\n"
                       "        stay on the boards)\n"
                       "  Online (default) needs --sandbox DIR or --url URL --token USER:TOKEN.\n"
                       "  A second run in the same DIR finishes what is left (DIR/manifest.jsonl).\n"
                       "  Every certificate is recorded in the ledger (--ledger FILE) before its device is\n"
                       "  registered; --no-ledger records nothing (not recommended)."_s;

int run(dwb::cli::VerbContext &ctx)
{
    using namespace dwb;
    cli::ArgParser p;
    for (const char *o : {"app", "ca-key", "devices", "out-dir", "algo", "days", "jobs", "requests", "ca-cert",
                          "passphrase-file", "ca-passphrase-file", "csr-dir", "name-from"})
        p.option(QLatin1String(o));
    for (const char *f : {"offline", "p12", "fsync-each", "copy-san", "der", "no-ledger"})
        p.flag(QLatin1String(f));
    QString error;
    if (!p.parse(ctx.args, 0, 0, &error))
        return cli::usageError(ctx, kUsage, error);

    BatchOptions o;
    o.app = p.value(u"app"_s);
    o.caKeyFile = p.value(u"ca-key"_s);
    o.deviceListFile = p.value(u"devices"_s);
    o.outDir = p.value(u"out-dir"_s);
    o.offline = p.isSet(u"offline"_s);
    o.caCertFile = p.value(u"ca-cert"_s);
    o.syncEachFile = p.isSet(u"fsync-each"_s);
    o.requestDir = p.value(u"csr-dir"_s);
    o.copySubjectAltNames = p.isSet(u"copy-san"_s);
    o.der = p.isSet(u"der"_s);
    o.ledger = cli::ledgerUse(ctx.online, p.isSet(u"no-ledger"_s));
    o.ledger.source = u"batch"_s;
    if (o.app.isEmpty() || o.caKeyFile.isEmpty() || (o.deviceListFile.isEmpty() == o.requestDir.isEmpty())
        || o.outDir.isEmpty())
        return cli::usageError(ctx, kUsage,
                               tr("--app, --ca-key, --out-dir and one of --devices or --csr-dir are required."));
    if (o.requestDir.isEmpty() && (p.isSet(u"name-from"_s) || o.copySubjectAltNames || o.der))
        return cli::usageError(ctx, kUsage, tr("--name-from, --copy-san and --der are for --csr-dir."));
    if (p.isSet(u"name-from"_s)) {
        const QString from = p.value(u"name-from"_s);
        if (from != "file"_L1 && from != "cn"_L1)
            return cli::usageError(ctx, kUsage, tr("--name-from takes 'cn' (the default) or 'file'."));
        o.requestNaming = from == "file"_L1 ? RequestNaming::FileName : RequestNaming::CommonName;
    }
    if (!o.requestDir.isEmpty() && p.isSet(u"p12"_s))
        return cli::usageError(ctx, kUsage, tr("--p12 needs the device keys, which stay on the boards with --csr-dir."));
    if (p.isSet(u"algo"_s)) {
        const auto alg = parseAlgorithm(p.value(u"algo"_s));
        if (!alg)
            return cli::usageError(ctx, kUsage, tr("Unknown algorithm '%1'.").arg(p.value(u"algo"_s)));
        o.algorithm = *alg;
    }
    if (const int rc = cli::batchNumbers(ctx, p, kUsage, o); rc != 0)
        return rc;
    if (o.offline && o.caCertFile.isEmpty())
        return cli::usageError(ctx, kUsage, tr("--offline needs the CA certificate with --ca-cert."));
    if (p.isSet(u"p12"_s)) {
        if (!p.isSet(u"passphrase-file"_s))
            return cli::usageError(ctx, kUsage, tr("--p12 needs --passphrase-file F."));
        auto pass = cli::readPassphraseFile(p.value(u"passphrase-file"_s));
        if (!pass)
            return cli::failure(ctx, pass.error());
        o.pkcs12 = true;
        o.pkcs12Passphrase = std::move(*pass);
    }
    if (p.isSet(u"ca-passphrase-file"_s)) {
        auto pass = cli::readPassphraseFile(p.value(u"ca-passphrase-file"_s));
        if (!pass)
            return cli::failure(ctx, pass.error());
        o.caKeyPassphrase = std::move(*pass);
    }

    std::unique_ptr<RegistryClient> client;
    if (!o.offline) {
        if (!cli::serverGiven(ctx.online))
            return cli::usageError(ctx, kUsage,
                                   tr("Online enrollment needs --sandbox DIR, --url URL --token USER:TOKEN or "
                                      "--context NAME (or use --offline --ca-cert CA.pem)."));
        auto settings = cli::connectionSettings(ctx.online);
        if (!settings)
            return cli::failure(ctx, settings.error());
        client = std::make_unique<RegistryClient>(*settings);
    }

    return cli::runBatch(ctx, std::move(o), client.get(), p.value(u"devices"_s), tr("enrolled"));
}

const dwb::cli::RegisterVerb enrollBatchVerb({u"enroll-batch"_s,
                                              QT_TRANSLATE_NOOP("dwb", "Enroll a list of devices (keys, certificates, registry)"),
                                              kUsage, run});

} // namespace
