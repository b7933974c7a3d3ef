#include "cli/VerbsOnline.h"

#include "cli/Verb.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

// The arguments of a registry verb: its positional arguments, --app (else
// the default application of the context in use) and -o json|table.
class RegistryArgs {
public:
    enum Option { None = 0, App = 1, Output = 2 };

    RegistryArgs(VerbContext &ctx, QString usage)
        : m_ctx(ctx)
        , m_usage(std::move(usage))
    {
    }
    ArgParser &parser() { return m_parser; }
    // nullopt when the arguments fit, else the exit code of the usage error printed.
    std::optional<int> parse(int positionals, int options)
    {
        if (options & App)
            m_parser.option(u"app"_s, u"APP"_s);
        if (options & Output)
            m_parser.option(u"o"_s, u"FORMAT"_s);
        QString error;
        if (!m_parser.parse(m_ctx.args, positionals, positionals, &error))
            return usageError(m_ctx, m_usage, error);
        if (options & App) {
            m_app = m_parser.value(u"app"_s);
            if (m_app.isEmpty())
                m_app = contextDefaultApp(m_ctx.online);
            if (m_app.isEmpty())
                return usageError(m_ctx, m_usage, tr("Give the application with --app."));
        }
        if ((options & Output) && m_parser.isSet(u"o"_s)) {
            const QString format = m_parser.value(u"o"_s);
            if (format != "json"_L1 && format != "table"_L1)
                return usageError(m_ctx, m_usage, tr("-o takes 'json' or 'table'."));
            m_json = format == "json"_L1;
        }
        return std::nullopt;
    }
    QString name() const { return m_parser.positional().value(0); }
    QString app() const { return m_app; }
    bool json() const { return m_json; }
    int run(const std::function<Status(RegistryClient &)> &command) { return runOnline(m_ctx, m_usage, command); }

private:
    VerbContext &m_ctx;
    QString m_usage;
    ArgParser m_parser;
    QString m_app;
    bool m_json = false;
};

const QString kCreateAppUsage = u"dwb create app NAME"_s;
const QString kCreateDeviceUsage = u"dwb create device NAME --app APP [--cert]"_s;
const QString kDeleteAppUsage = u"dwb delete app NAME"_s;
const QString kDeleteDeviceUsage = u"dwb delete device NAME --app APP"_s;
const QString kGetAppsUsage = u"dwb get apps [-o json]"_s;
const QString kGetDevicesUsage = u"dwb get devices --app APP [-o json]"_s;
const QString kTrustListUsage = u"dwb trust list APP [-o json]"_s;
const QString kTrustDeleteUsage = u"dwb trust delete APP --index I [--force] [--no-ledger]\n"
                                  "  Refused while the ledger holds devices whose current, unexpired certificate\n"
                                  "  that anchor issued (they are named): renew them first (dwb renew --app APP\n"
                                  "  --all --ca-key NEW.key), or delete anyway with --force."_s;

int createAppVerb(VerbContext &ctx)
{
    RegistryArgs a(ctx, kCreateAppUsage);
    if (auto rc = a.parse(1, RegistryArgs::None))
        return *rc;
    return a.run([&](RegistryClient &c) { return createApp(c, a.name(), ctx.out); });
}

int createDeviceVerb(VerbContext &ctx)
{
    RegistryArgs a(ctx, kCreateDeviceUsage);
    a.parser().flag(u"cert"_s);
    if (auto rc = a.parse(1, RegistryArgs::App))
        return *rc;
    const bool cert = a.parser().isSet(u"cert"_s);
    return a.run([&](RegistryClient &c) { return createDevice(c, a.app(), a.name(), cert, ctx.out); });
}

int deleteAppVerb(VerbContext &ctx)
{
    RegistryArgs a(ctx, kDeleteAppUsage);
    if (auto rc = a.parse(1, RegistryArgs::None))
        return *rc;
    return a.run([&](RegistryClient &c) { return deleteApp(c, a.name(), ctx.out); });
}

int deleteDeviceVerb(VerbContext &ctx)
{
    RegistryArgs a(ctx, kDeleteDeviceUsage);
    if (auto rc = a.parse(1, RegistryArgs::App))
        return *rc;
    return a.run([&](RegistryClient &c) { return deleteDevice(c, a.app(), a.name(), ctx.out); });
}

int getAppsVerb(VerbContext &ctx)
{
    RegistryArgs a(ctx, kGetAppsUsage);
    if (auto rc = a.parse(0, RegistryArgs::Output))
        return *rc;
    return a.run([&](RegistryClient &c) { return getApps(c, a.json(), ctx.out); });
}

int getDevicesVerb(VerbContext &ctx)
{
    RegistryArgs a(ctx, kGetDevicesUsage);
    if (auto rc = a.parse(0, RegistryArgs::App | RegistryArgs::Output))
        return *rc;
    return a.run([&](RegistryClient &c) { return getDevices(c, a.app(), a.json(), ctx.out); });
}

int trustListVerb(VerbContext &ctx)
{
    RegistryArgs a(ctx, kTrustListUsage);
    if (auto rc = a.parse(1, RegistryArgs::Output))
        return *rc;
    return a.run([&](RegistryClient &c) { return trustList(c, a.name(), a.json(), ctx.out); });
}

int trustDeleteVerb(VerbContext &ctx)
{
    RegistryArgs a(ctx, kTrustDeleteUsage);
    a.parser().option(u"index"_s, u"I"_s);
    a.parser().flag(u"force"_s);
    a.parser().flag(u"no-ledger"_s);
    if (auto rc = a.parse(1, RegistryArgs::None))
        return *rc;
    bool ok = false;
    const int index = a.parser().value(u"index"_s).toInt(&ok);
    if (!ok || index < 0)
        return usageError(ctx, kTrustDeleteUsage, tr("--index takes the anchor's number (0, 1, …; see dwb trust list)."));
    TrustDeleteOptions options;
    options.force = a.parser().isSet(u"force"_s);
    options.ledger = ledgerUse(ctx.online, a.parser().isSet(u"no-ledger"_s));
    return a.run([&](RegistryClient &c) { return trustDelete(c, a.name(), index, options, ctx.out, ctx.err); });
}

const RegisterVerb createAppRow({u"create app"_s, QT_TRANSLATE_NOOP("dwb", "Create an application"),
                                 kCreateAppUsage, createAppVerb});
const RegisterVerb createDeviceRow({u"create device"_s,
                                    QT_TRANSLATE_NOOP("dwb", "Create a device (--cert: named by its certificate subject)"),
                                    kCreateDeviceUsage, createDeviceVerb});
const RegisterVerb deleteAppRow({u"delete app"_s, QT_TRANSLATE_NOOP("dwb", "Delete an application with its devices"),
                                 kDeleteAppUsage, deleteAppVerb});
const RegisterVerb deleteDeviceRow({u"delete device"_s, QT_TRANSLATE_NOOP("dwb", "Delete a device"),
                                    kDeleteDeviceUsage, deleteDeviceVerb});
const RegisterVerb getAppsRow({u"get apps"_s, QT_TRANSLATE_NOOP("dwb", "List the applications"), kGetAppsUsage,
                               getAppsVerb, {u"get app"_s}});
const RegisterVerb getDevicesRow({u"get devices"_s, QT_TRANSLATE_NOOP("dwb", "List the devices of an application"),
                                  kGetDevicesUsage, getDevicesVerb, {u"get device"_s}});
const RegisterVerb trustListRow({u"trust list"_s, QT_TRANSLATE_NOOP("dwb", "List an application's trust anchors"),
                                 kTrustListUsage, trustListVerb});
const RegisterVerb trustDeleteRow({u"trust delete"_s, QT_TRANSLATE_NOOP("dwb", "Remove a trust anchor from an application"),
                                   kTrustDeleteUsage, trustDeleteVerb});

} // namespace

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v > 0 ? std::optional<int>(v) : std::nullopt;
}

Result<OnlineOptions> takeOnlineOptions(QStringList &args)
{
    OnlineOptions o;
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        if (a == "--"_L1) { // everything after is positional
            rest += args.mid(i);
            break;
        }
        QString value;
        bool inlineValue = false;
        if (a.startsWith("--"_L1) && a.contains(u'=')) {
            value = a.section(u'=', 1);
            a = a.section(u'=', 0, 0);
            inlineValue = true;
        }
        QString *target = nullptr;
        if (a == "--url"_L1)
            target = &o.url;
        else if (a == "--token"_L1)
            target = &o.token;
        else if (a == "--sandbox"_L1)
            target = &o.sandboxDir;
        else if (a == "--ca"_L1)
            target = &o.caFile;
        else if (a == "--context"_L1)
            target = &o.context;
        else if (a == "--secret-store"_L1)
            target = &o.secretStore;
        else if (a == "--ledger"_L1)
            target = &o.ledgerPath;
        QString timeout;
        if (a == "--timeout"_L1)
            target = &timeout;
        if (!target) {
            rest << args.at(i);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size())
                return Error(ErrorCode::InvalidArgument, tr("%1 needs a value.").arg(a));
            value = args.at(++i);
        }
        *target = value;
        if (target == &timeout) {
            const auto secs = positiveInt(timeout);
            if (!secs)
                return Error(ErrorCode::InvalidArgument, tr("--timeout takes a number of seconds."));
            o.timeoutMs = *secs * 1000;
        }
    }
    args = rest;
    return o;
}

int runOnline(VerbContext &ctx, const QString &usage, const std::function<Status(RegistryClient &)> &command)
{
    auto settings = connectionSettings(ctx.online);
    if (!settings && settings.error().code == ErrorCode::InvalidArgument)
        return usageError(ctx, usage, settings.error().message);
    if (!settings) // e.g. no such context, no secret for it: not a usage error
        return failure(ctx, settings.error());
    RegistryClient client(*settings);
    const Status st = command(client);
    ctx.out.flush();
    return st ? 0 : failure(ctx, st.error());
}

} // namespace dwb::cli
