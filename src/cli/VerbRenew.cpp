// dwb renew: new certificates for devices in the ledger (issue 20, item 3),
// for the same key (default) or a new one, with the same subject, through
// the batch (RenewPlan.h, BatchEnrollJob.h).
#include "cli/BatchRun.h"
#include "cli/Verb.h"

#include "core/cloud/RegistryClient.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/RenewPlanJob.h"
#include "core/ledger/LedgerUse.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kUsage = u"dwb renew DEVICE… --app APP --ca-key CA.key [--ca-cert CA.pem] [--new-key]\n"
                       "       [--all | --expiring DAYS] [--out DIR] [--days N] [--jobs N] [--requests N]\n"
                       "       [--offline --ca-cert CA.pem] [--ca-passphrase-file F] [--fsync-each]\n"
                       "  A new certificate for each device's current certificate in the ledger, issued under the\n"
                       "  anchor of CA.key with the same subject (the device's alias stays): for the same key\n"
                       "  (the key file the ledger lists), or with --new-key for a new key of the same algorithm\n"
                       "  (the old key file is kept). --all: every device of APP in the ledger; --expiring DAYS:\n"
                       "  those whose certificate expires within DAYS days or has expired (also with names).\n"
                       "  New files go to DIR (default: renew-APP-YYYYMMDD): DEVICE-renew-ID.pem (and .key).\n"
                       "  Online (default) the devices are created or updated as enroll-batch does; a second\n"
                       "  run in the same DIR finishes what is left (DIR/manifest.jsonl). Needs the ledger."_s;

int run(dwb::cli::VerbContext &ctx)
{
    using namespace dwb;
    cli::ArgParser p;
    for (const char *o : {"app", "ca-key", "ca-cert", "out", "days", "jobs", "requests", "expiring",
                          "ca-passphrase-file"})
        p.option(QLatin1String(o));
    for (const char *f : {"offline", "new-key", "all", "fsync-each", "no-ledger"})
        p.flag(QLatin1String(f));
    QString error;
    if (!p.parse(ctx.args, 0, 100000, &error))
        return cli::usageError(ctx, kUsage, error);

    BatchOptions o;
    o.app = p.value(u"app"_s);
    if (o.app.isEmpty())
        o.app = cli::contextDefaultApp(ctx.online);
    o.caKeyFile = p.value(u"ca-key"_s);
    o.caCertFile = p.value(u"ca-cert"_s);
    o.offline = p.isSet(u"offline"_s);
    o.syncEachFile = p.isSet(u"fsync-each"_s);
    if (p.isSet(u"no-ledger"_s))
        return cli::usageError(ctx, kUsage, tr("dwb renew works from the ledger: --no-ledger does not fit."));
    o.ledger = cli::ledgerUse(ctx.online, false);
    o.ledger.source = u"renew"_s;

    RenewSelection sel;
    sel.devices = p.positional();
    sel.all = p.isSet(u"all"_s);
    sel.newKey = p.isSet(u"new-key"_s);
    if (o.app.isEmpty() || o.caKeyFile.isEmpty())
        return cli::usageError(ctx, kUsage, tr("--app and --ca-key are required."));
    if (sel.all && !sel.devices.isEmpty())
        return cli::usageError(ctx, kUsage, tr("Name devices or give --all, not both."));
    if (const int rc = cli::batchNumbers(ctx, p, kUsage, o); rc != 0)
        return rc;
    if (p.isSet(u"expiring"_s)) {
        int days = 0;
        if (!cli::numberOption(p, u"expiring"_s, 0, &days))
            return cli::usageError(ctx, kUsage, tr("--expiring needs a whole number of days (0 or more)."));
        sel.expiringWithinDays = days;
    }
    if (sel.devices.isEmpty() && !sel.all && !sel.expiringWithinDays)
        return cli::usageError(ctx, kUsage, tr("Name the devices to renew, or give --all or --expiring DAYS."));
    if (o.offline && o.caCertFile.isEmpty())
        return cli::usageError(ctx, kUsage, tr("--offline needs the CA certificate with --ca-cert."));
    if (p.isSet(u"ca-passphrase-file"_s)) {
        auto pass = cli::readPassphraseFile(p.value(u"ca-passphrase-file"_s));
        if (!pass)
            return cli::failure(ctx, pass.error());
        o.caKeyPassphrase = std::move(*pass);
    }
    o.outDir = p.isSet(u"out"_s) ? p.value(u"out"_s)
                                 : u"renew-%1-%2"_s.arg(o.app, QDate::currentDate().toString(u"yyyyMMdd"_s));

    std::unique_ptr<RegistryClient> client;
    QString connectionContext;
    if (!o.offline) {
        if (!cli::serverGiven(ctx.online))
            return cli::usageError(ctx, kUsage,
                                   tr("Online renewal needs --sandbox DIR, --url URL --token USER:TOKEN or "
                                      "--context NAME (or use --offline --ca-cert CA.pem)."));
        auto settings = cli::connectionSettings(ctx.online);
        if (!settings)
            return cli::failure(ctx, settings.error());
        connectionContext = settings->contextName;
        client = std::make_unique<RegistryClient>(*settings);
    }

    // The plan: which devices, for which key (new keys are written here).
    sel.application = o.app;
    sel.context = o.ledger.contextFor(o.offline, connectionContext);
    sel.outDir = o.outDir;
    // The plan through the window's job (one rule): exec() waits while it
    // reads the ledger and makes the new keys.
    RenewPlanJob planner({o.ledger, sel});
    (void)planner.exec();
    if (!planner.result())
        return cli::failure(ctx, planner.result().error());
    RenewPlan plan = planner.result().value();
    for (const RenewProblem &problem : std::as_const(plan.problems))
        ctx.err << tr("%1: not renewed: %2").arg(problem.device, problem.reason) << '\n';
    ctx.err.flush();
    if (plan.devices.isEmpty()) {
        ctx.out << tr("Nothing to renew in application '%1'.").arg(o.app) << '\n';
        ctx.out.flush();
        return plan.problems.isEmpty() ? 0 : 1;
    }
    o.renewal = plan.devices;
    const int rc = cli::runBatch(ctx, std::move(o), client.get(), {}, tr("renewed"), false);
    return plan.problems.isEmpty() ? rc : 1;
}

const dwb::cli::RegisterVerb renewVerb({u"renew"_s,
                                        QT_TRANSLATE_NOOP("dwb", "Renew devices' certificates (same or new key, same subject)"),
                                        kUsage, run});

} // namespace
