#include "cli/VerbsOnline.h"

#include "cli/Verb.h"
#include "core/util/ErrorDetail.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

bool jsonOutput(const ArgParser &p, QString *error)
{
    if (!p.isSet(u"o"_s))
        return false;
    const QString format = p.value(u"o"_s);
    if (format != "json"_L1 && format != "table"_L1)
        *error = tr("-o takes 'json' or 'table'.");
    return format == "json"_L1;
}

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v > 0 ? std::optional<int>(v) : std::nullopt;
}

} // namespace

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

bool isOnlineVerb(const QStringList &args, const OnlineOptions &options)
{
    const QString verb = args.value(0);
    if (verb == "create"_L1 || verb == "delete"_L1 || verb == "get"_L1)
        return true;
    if (verb == "trust"_L1) {
        const QString sub = args.value(1);
        if (sub == "list"_L1 || sub == "delete"_L1)
            return true;
        if (sub == "create"_L1 || sub == "enroll"_L1)
            return serverGiven(options);
    }
    return false;
}

QString onlineUsage()
{
    return tr("Online verbs (global options --url URL --token USER:TOKEN [--ca FILE], or --sandbox DIR,\n"
              "or --context NAME (default: the default context; see dwb context list);\n"
              "before or after the verb; --timeout SECONDS):\n"
              "  dwb create app NAME\n"
              "  dwb create device NAME --app APP [--cert]\n"
              "  dwb delete app NAME\n"
              "  dwb delete device NAME --app APP\n"
              "  dwb get apps [-o json]\n"
              "  dwb get devices --app APP [-o json]\n"
              "  dwb trust list APP [-o json]\n"
              "  dwb trust delete APP --index I\n"
              "  dwb trust create APP [--algo ALGO] [--days N] --key-output CA.key [--cert-output CA.pem]\n"
              "                       [--key-input KEY] [--cert-input CERT]\n"
              "  dwb trust enroll DEVICE --app APP --ca-key CA.key --out DEV.pem --key-output DEV.key\n"
              "                       [--algo ALGO] [--days N] [--key-input KEY]\n"
              "  dwb trust enroll DEVICE --app APP --cert-input DEV.pem [--key-input DEV.key]\n"
              "                       (register a device certificate you have as it is: no CA key)\n");
}

QString trustEnrollOnlineUsage()
{
    return tr("dwb trust enroll DEVICE --app APP --ca-key CA.key --out DEV.pem --key-output DEV.key\n"
              "                 [--algo ALGO] [--days N] [--key-input KEY]\n"
              "  (a device certificate you have: dwb trust enroll DEVICE --app APP --cert-input DEV.pem)");
}

QString trustRegisterUsage()
{
    return tr("dwb trust enroll DEVICE --app APP --cert-input DEV.pem [--key-input DEV.key]\n"
              "  (registers the certificate as it is: it must chain to a trust anchor of APP and be one\n"
              "   Drogue accepts; no CA key needed)");
}

static bool hasOption(const QStringList &args, const QString &name)
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

int runOnlineVerb(const QStringList &args, const OnlineOptions &options, QTextStream &out, QTextStream &err)
{
    // The message on its own line, then the usage of the form in use (a
    // single verb form: "usage: …"; otherwise every online verb).
    QString usage;
    const auto usageError = [&err, &usage](const QString &message) {
        err << "dwb: " << message << '\n';
        if (usage.isEmpty())
            err << onlineUsage();
        else
            err << tr("usage: %1").arg(usage) << '\n';
        err.flush();
        return 2;
    };
    const QString verb = args.value(0), object = args.value(1);
    const QStringList rest = args.mid(2);
    QString error;

    // Parse first: a usage error needs no server.
    std::function<Status(RegistryClient &)> command;
    ArgParser p;
    bool json = false;
    // Parses rest with the options declared so far, plus --app and -o when
    // asked for; returns the exit code of a usage error.
    // --app, else the default application of the context in use.
    const QString defaultApp = contextDefaultApp(options);
    const auto appOf = [&defaultApp](const ArgParser &ap) {
        const QString a = ap.value(u"app"_s);
        return a.isEmpty() ? defaultApp : a;
    };
    const auto parseArgs = [&](int positionals, bool needsApp, bool output) -> std::optional<int> {
        if (needsApp)
            p.option(u"app"_s, u"APP"_s);
        if (output)
            p.option(u"o"_s, u"FORMAT"_s);
        if (!p.parse(rest, positionals, positionals, &error))
            return usageError(error);
        if (needsApp && appOf(p).isEmpty())
            return usageError(tr("Give the application with --app."));
        if (output) {
            json = jsonOutput(p, &error);
            if (!error.isEmpty())
                return usageError(error);
        }
        return std::nullopt;
    };
    if (verb == "create"_L1 && object == "app"_L1) {
        if (auto rc = parseArgs(1, false, false))
            return *rc;
        command = [name = p.positional().value(0), &out](RegistryClient &c) { return createApp(c, name, out); };
    } else if (verb == "create"_L1 && object == "device"_L1) {
        p.flag(u"cert"_s);
        if (auto rc = parseArgs(1, true, false))
            return *rc;
        command = [name = p.positional().value(0), app = appOf(p), cert = p.isSet(u"cert"_s),
                   &out](RegistryClient &c) { return createDevice(c, app, name, cert, out); };
    } else if (verb == "delete"_L1 && object == "app"_L1) {
        if (auto rc = parseArgs(1, false, false))
            return *rc;
        command = [name = p.positional().value(0), &out](RegistryClient &c) { return deleteApp(c, name, out); };
    } else if (verb == "delete"_L1 && object == "device"_L1) {
        if (auto rc = parseArgs(1, true, false))
            return *rc;
        command = [name = p.positional().value(0), app = appOf(p), &out](RegistryClient &c) {
            return deleteDevice(c, app, name, out);
        };
    } else if (verb == "get"_L1 && (object == "apps"_L1 || object == "app"_L1)) {
        if (auto rc = parseArgs(0, false, true))
            return *rc;
        command = [json, &out](RegistryClient &c) { return getApps(c, json, out); };
    } else if (verb == "get"_L1 && (object == "devices"_L1 || object == "device"_L1)) {
        if (auto rc = parseArgs(0, true, true))
            return *rc;
        command = [app = appOf(p), json, &out](RegistryClient &c) { return getDevices(c, app, json, out); };
    } else if (verb == "trust"_L1 && object == "list"_L1) {
        if (auto rc = parseArgs(1, false, true))
            return *rc;
        command = [app = p.positional().value(0), json, &out](RegistryClient &c) { return trustList(c, app, json, out); };
    } else if (verb == "trust"_L1 && object == "delete"_L1) {
        p.option(u"index"_s, u"I"_s);
        if (!p.parse(rest, 1, 1, &error))
            return usageError(error);
        bool ok = false;
        const int index = p.value(u"index"_s).toInt(&ok);
        if (!ok || index < 0)
            return usageError(tr("--index takes the anchor's number (0, 1, …; see dwb trust list)."));
        command = [app = p.positional().value(0), index, &out](RegistryClient &c) { return trustDelete(c, app, index, out); };
    } else if (verb == "trust"_L1 && object == "enroll"_L1 && hasOption(rest, u"cert-input"_s)) {
        // Register a device certificate as it is: no CA key, nothing written.
        usage = trustRegisterUsage();
        for (const char *o : {"app", "cert-input", "key-input", "ca-key", "out", "key-output", "algo", "days"})
            p.option(QLatin1String(o), u"VALUE"_s);
        if (!p.parse(rest, 1, 1, &error))
            return usageError(error);
        for (const char *o : {"out", "key-output", "algo", "days"}) {
            if (p.isSet(QLatin1String(o)))
                return usageError(tr("--%1 is not used with --cert-input: the certificate is registered as it is "
                                     "and nothing is written.")
                                      .arg(QLatin1String(o)));
        }
        RegisterOptions o;
        o.device = p.positional().value(0);
        o.app = appOf(p);
        o.certInput = p.value(u"cert-input"_s);
        o.keyInput = p.value(u"key-input"_s);
        o.caKey = p.value(u"ca-key"_s);
        if (o.app.isEmpty())
            return usageError(tr("Give the application with --app."));
        if (o.certInput.isEmpty())
            return usageError(tr("Give the device certificate with --cert-input."));
        command = [o, &out](RegistryClient &c) { return trustRegister(c, o, out); };
    } else if (verb == "trust"_L1 && (object == "create"_L1 || object == "enroll"_L1)) {
        const bool create = object == "create"_L1;
        if (!create)
            usage = trustEnrollOnlineUsage();
        for (const char *o : {"algo", "days", "key-output", "key-input"})
            p.option(QLatin1String(o), u"VALUE"_s);
        if (create) {
            p.option(u"cert-output"_s, u"FILE"_s);
            p.option(u"cert-input"_s, u"FILE"_s);
        } else {
            for (const char *o : {"app", "ca-key", "out"})
                p.option(QLatin1String(o), u"VALUE"_s);
        }
        if (!p.parse(rest, 1, 1, &error))
            return usageError(error);
        KeyAlgorithm algo = kDefaultAlgorithm;
        if (const auto ctxAlgo = parseAlgorithm(contextDefaultAlgorithm(options)); ctxAlgo && !p.isSet(u"algo"_s))
            algo = *ctxAlgo; // the context's default algorithm (dwb context set-default-algo)
        if (p.isSet(u"algo"_s)) {
            const auto a = parseAlgorithm(p.value(u"algo"_s));
            if (!a)
                return usageError(tr("Unknown algorithm '%1'.").arg(p.value(u"algo"_s)));
            algo = *a;
        }
        int days = 365;
        if (p.isSet(u"days"_s)) {
            const auto d = positiveInt(p.value(u"days"_s));
            if (!d)
                return usageError(tr("--days takes a positive number."));
            days = *d;
        }
        if (create) {
            TrustCreateOptions o;
            o.app = p.positional().value(0);
            o.algorithm = algo;
            o.days = days;
            o.keyOutput = p.value(u"key-output"_s);
            o.certOutput = p.value(u"cert-output"_s);
            o.keyInput = p.value(u"key-input"_s);
            o.certInput = p.value(u"cert-input"_s);
            command = [o, &out](RegistryClient &c) { return trustCreate(c, o, out); };
        } else {
            EnrollOptions o;
            o.device = p.positional().value(0);
            o.app = appOf(p);
            o.caKey = p.value(u"ca-key"_s);
            o.out = p.value(u"out"_s);
            o.keyOutput = p.value(u"key-output"_s);
            o.algorithm = algo;
            o.days = days;
            o.keyInput = p.value(u"key-input"_s);
            if (o.app.isEmpty())
                return usageError(tr("Give the application with --app."));
            if (o.caKey.isEmpty())
                return usageError(tr("Give the application's CA key with --ca-key (or register a device "
                                     "certificate you have with --cert-input DEV.pem)."));
            command = [o, &out](RegistryClient &c) { return trustEnroll(c, o, out); };
        }
    } else {
        return usageError(tr("Unknown command '%1 %2'.").arg(verb, object));
    }

    auto settings = connectionSettings(options);
    if (!settings && settings.error().code == ErrorCode::InvalidArgument)
        return usageError(settings.error().message);
    if (!settings) { // e.g. no such context, no secret for it: not a usage error
        err << "dwb: " << settings.error().message << '\n';
        err.flush();
        return 1;
    }
    RegistryClient client(*settings);
    const Status st = command(client);
    out.flush();
    if (!st) {
        err << "dwb: " << st.error().message << '\n';
        if (const QString detail = usefulDetail(st.error()); !detail.isEmpty())
            err << "     (" << detail << ")\n";
        err.flush();
        return 1;
    }
    return 0;
}

} // namespace dwb::cli
