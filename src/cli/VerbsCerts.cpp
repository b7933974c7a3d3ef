// dwb's certificate ledger verbs (issue 20), one function per verb:
//   certs import DIR   records certificates made before the ledger (core/ledger/LedgerImport)
#include "cli/Verb.h"
#include "cli/VerbsOnline.h"

#include "core/config/Context.h"
#include "core/cloud/Await.h"
#include "core/crypto/Importer.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerImport.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kCertsImportUsage =
    u"dwb certs import DIR [--app APP] [--ca-cert CA.pem]\n"
    "  (every PEM/DER certificate below DIR, batch folders included, is recorded once in the ledger;\n"
    "   the issuing anchor: a CA certificate in DIR or --ca-cert, or with a server and --app, the\n"
    "   application's anchors; the record's context: --context NAME, \"sandbox\" or the --url)"_s;

// The context a record names: the one given, else what the connection options say.
QString recordContext(const OnlineOptions &o)
{
    if (!o.context.isEmpty())
        return o.context;
    if (!o.sandboxDir.isEmpty())
        return Context::sandboxLedgerContext();
    return o.url;
}

int certsImport(VerbContext &ctx)
{
    ArgParser p;
    p.option(u"app"_s, u"APP"_s);
    p.option(u"ca-cert"_s, u"FILE"_s);
    QString error;
    if (!p.parse(ctx.args, 1, 1, &error))
        return usageError(ctx, kCertsImportUsage, error);

    LedgerImportOptions o;
    o.dir = p.positional().value(0);
    o.application = p.value(u"app"_s);
    o.context = recordContext(ctx.online);
    if (p.isSet(u"ca-cert"_s)) {
        auto data = readWholeFile(p.value(u"ca-cert"_s), 4 * 1024 * 1024);
        if (!data)
            return failure(ctx, data.error());
        auto certs = importCertificates(*data);
        if (!certs)
            return failure(ctx, certs.error());
        o.anchors = *certs;
    }
    // With a server and --app: the application's anchors are issuers too. A
    // --context that names no saved context only labels the records.
    if (!o.application.isEmpty() && serverGiven(ctx.online)) {
        auto settings = connectionSettings(ctx.online);
        if (settings) {
            RegistryClient client(*settings);
            auto app = await(client.getApp(o.application));
            if (!app)
                return failure(ctx, app.error());
            for (const QByteArray &pem : app->trustAnchorPems())
                if (auto cert = Certificate::fromPem(pem))
                    o.anchors << *cert;
        } else if (settings.error().code != ErrorCode::NotFound) {
            return failure(ctx, settings.error());
        }
    }

    auto ledger = Ledger::open(ctx.online.ledgerPath.isEmpty() ? Ledger::defaultPath() : ctx.online.ledgerPath);
    if (!ledger)
        return failure(ctx, ledger.error());
    auto result = importIntoLedger(**ledger, o);
    if (!result)
        return failure(ctx, result.error());
    ctx.out << tr("%1 recorded, %2 already known, %3 skipped (ledger %4).")
                   .arg(result->recorded)
                   .arg(result->known)
                   .arg(result->skipped.size())
                   .arg(QDir::toNativeSeparators((*ledger)->path()))
            << '\n';
    for (const LedgerImportSkip &s : std::as_const(result->skipped))
        ctx.out << tr("  skipped %1: %2").arg(QDir::toNativeSeparators(s.path), s.reason) << '\n';
    return 0;
}

const RegisterVerb certsImportRow({u"certs import"_s,
                                   QT_TRANSLATE_NOOP("dwb", "Record certificates made before the ledger existed"),
                                   kCertsImportUsage, certsImport});

} // namespace

} // namespace dwb::cli
