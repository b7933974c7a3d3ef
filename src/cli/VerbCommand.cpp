// dwb command: a command to a device through the server's command API
// (RegistryClient::sendCommand; Drogue delivers it on command/inbox/... and
// to an HTTP request of the device waiting with ?ct=).
#include "cli/OnlineCommands.h"
#include "cli/Verb.h"

#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kCommandUsage =
    u"dwb command DEV --app APP --name NAME [--payload JSON]\n"
    "  Sends command NAME to device DEV through the command API; an MQTT device\n"
    "  receives it on command/inbox//NAME, an HTTP device waiting with ?ct= in\n"
    "  its answer."_s;

int command(dwb::cli::VerbContext &ctx)
{
    using namespace dwb;
    cli::ArgParser p;
    for (const char *o : {"app", "name", "payload"})
        p.option(QLatin1String(o));
    QString error;
    if (!p.parse(ctx.args, 1, 1, &error))
        return cli::usageError(ctx, kCommandUsage, error);
    for (const char *req : {"app", "name"})
        if (p.value(QLatin1String(req)).isEmpty())
            return cli::usageError(ctx, kCommandUsage, tr("--%1 is required.").arg(QLatin1String(req)));
    const QByteArray payload = p.value(u"payload"_s).toUtf8();
    if (!payload.isEmpty()) {
        QJsonParseError pe;
        QJsonDocument::fromJson("[" + payload + "]", &pe);
        if (pe.error != QJsonParseError::NoError)
            return cli::usageError(ctx, kCommandUsage, tr("--payload is not JSON: %1").arg(pe.errorString()));
    }
    auto settings = cli::connectionSettings(ctx.online);
    if (!settings)
        return cli::failure(ctx, settings.error());
    RegistryClient client(*settings);
    // The discovered command_url when the server has one.
    if (auto endpoints = await(client.discover()); !endpoints)
        return cli::failure(ctx, endpoints.error());
    const QString device = p.positional().first();
    const QString app = p.value(u"app"_s);
    const QString name = p.value(u"name"_s);
    if (Status st = await(client.sendCommand(app, device, name, payload)); !st)
        return cli::failure(ctx, st.error());
    ctx.out << tr("Command '%1' sent to device '%2' of application '%3' (%4 bytes).")
                   .arg(name, device, app)
                   .arg(payload.size())
            << '\n';
    return 0;
}

const dwb::cli::RegisterVerb commandVerb({u"command"_s,
                                          QT_TRANSLATE_NOOP("dwb", "Send a command to a device"),
                                          kCommandUsage, command});

} // namespace
