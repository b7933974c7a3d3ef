// dwb export: a device's certificate and key as a package for its firmware
// (issue 22): folder, c-header, nvs-csv, drogue-toml, p12-legacy
// (core/export). With a server (--sandbox, --url, a context) the endpoints,
// the server's CA and the application's anchor come from it; --offline, or
// the options --mqtt, --http, --server-ca and --chain, give them instead.
#include "cli/TerminalPassphrase.h"
#include "cli/Verb.h"
#include "cli/VerbsOnline.h"

#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"
#include "core/crypto/Importer.h"
#include "core/export/BatchPackages.h"
#include "core/export/DevicePackage.h"
#include "core/export/PackageWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kExportUsage =
    u"dwb export DEV --app APP --cert DEV.pem --key DEV.key --format FORMAT --out PATH [--passphrase-file F]\n"
    "           [--key-passphrase-file F] [--chain ANCHOR.pem] [--server-ca CA.pem] [--mqtt HOST:PORT]\n"
    "           [--http URL] [--offline] [--force]\n"
    "dwb export --batch-dir DIR --format FORMAT --out PATH [--passphrase-file F] [--chain ANCHOR.pem]\n"
    "           [--server-ca CA.pem] [--mqtt HOST:PORT] [--http URL] [--offline] [--force]\n"
    "  FORMAT: folder, c-header, nvs-csv, drogue-toml, p12-legacy; PATH is a folder (made 0700);\n"
    "  with --batch-dir each device goes into PATH/<device>/"_s;

// What the server (or the options) tell about where the device connects.
struct ServerSide {
    Endpoints endpoints;
    QString serverCaFile;
    QList<Certificate> anchors;
    bool fromServer = false;
};

Result<HostPort> parseHostPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || port <= 0 || port > 65535)
        return Error(ErrorCode::InvalidArgument, tr("--mqtt takes HOST:PORT, not '%1'.").arg(text));
    return HostPort{text.left(colon), port};
}

Result<ServerSide> serverSide(VerbContext &ctx, const ArgParser &p, const QString &app, int *rc)
{
    ServerSide s;
    *rc = 0;
    if (!p.isSet(u"offline"_s) && serverGiven(ctx.online)) {
        *rc = runOnline(ctx, kExportUsage, [&](RegistryClient &client) -> Status {
            auto e = await(client.discover());
            if (!e)
                return e.error();
            s.endpoints = *e;
            s.serverCaFile = ctx.online.caFile.isEmpty() ? client.settings().serverCaFile : ctx.online.caFile;
            auto a = await(client.getApp(app));
            if (!a)
                return a.error();
            for (const QByteArray &pem : a->trustAnchorPems()) {
                if (auto c = Certificate::fromPem(pem))
                    s.anchors << *c;
            }
            s.fromServer = true;
            return {};
        });
        if (*rc != 0)
            return Error(ErrorCode::Unknown, QString());
    }
    if (p.isSet(u"mqtt"_s)) {
        auto hp = parseHostPort(p.value(u"mqtt"_s));
        if (!hp)
            return hp.error();
        s.endpoints.mqtt = *hp;
    }
    if (p.isSet(u"http"_s)) {
        const QUrl url(p.value(u"http"_s), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))
            return Error(ErrorCode::InvalidArgument, tr("--http takes a URL such as https://host:8443, not '%1'.")
                                                         .arg(p.value(u"http"_s)));
        s.endpoints.http = url;
    }
    if (p.isSet(u"server-ca"_s))
        s.serverCaFile = p.value(u"server-ca"_s);
    return s;
}

Status fillPackage(DevicePackage &pkg, const ServerSide &s, const ArgParser &p)
{
    if (Status st = pkg.setServer(s.endpoints, s.serverCaFile); !st)
        return st;
    if (p.isSet(u"chain"_s))
        return pkg.setChainFromFile(p.value(u"chain"_s));
    if (!s.anchors.isEmpty() && !pkg.setChainFromAnchors(s.anchors))
        return Error(ErrorCode::Mismatch, tr("No trust anchor of %1 issued the certificate of %2.")
                                              .arg(pkg.application, pkg.device));
    return {};
}

void printFiles(VerbContext &ctx, const QList<ExportedFile> &files)
{
    for (const ExportedFile &f : files)
        ctx.out << "  " << QDir::toNativeSeparators(f.path)
                << (f.holdsKey ? tr("  (holds the private key, mode 0600)") : QString()) << '\n';
}

int exportVerb(VerbContext &ctx)
{
    ArgParser p;
    for (const char *f : {"offline", "force"})
        p.flag(QLatin1String(f));
    for (const char *o : {"app", "cert", "key", "format", "out", "passphrase-file", "key-passphrase-file", "chain",
                          "server-ca", "mqtt", "http", "batch-dir"})
        p.option(QLatin1String(o), u"VALUE"_s);
    QString error;
    const bool batch = ctx.args.contains(u"--batch-dir"_s)
                       || std::any_of(ctx.args.cbegin(), ctx.args.cend(),
                                      [](const QString &a) { return a.startsWith(u"--batch-dir="_s); });
    if (!p.parse(ctx.args, batch ? 0 : 1, batch ? 0 : 1, &error))
        return usageError(ctx, kExportUsage, error);
    const QString format = p.value(u"format"_s), out = p.value(u"out"_s);
    if (format.isEmpty())
        return usageError(ctx, kExportUsage, tr("Give the format with --format (%1).")
                                                 .arg(PackageWriter::formats().join(u", "_s)));
    const auto writer = PackageWriter::create(format);
    if (!writer)
        return usageError(ctx, kExportUsage, PackageWriter::unknownFormatMessage(format));
    if (out.isEmpty())
        return usageError(ctx, kExportUsage, tr("Give the folder the package goes to with --out."));
    if (!batch) {
        for (const char *req : {"app", "cert", "key"}) {
            if (p.value(QLatin1String(req)).isEmpty())
                return usageError(ctx, kExportUsage, tr("--%1 is required.").arg(QLatin1String(req)));
        }
    } else {
        for (const char *no : {"app", "cert", "key", "key-passphrase-file"}) {
            if (p.isSet(QLatin1String(no)))
                return usageError(ctx, kExportUsage,
                                  tr("--%1 is not for --batch-dir: the batch folder names them.").arg(QLatin1String(no)));
        }
    }

    // The devices: one, or every one of the batch folder (read before any question).
    QString app = p.value(u"app"_s);
    QList<BatchPackageFiles> devices;
    if (batch) {
        auto b = BatchPackages::read(p.value(u"batch-dir"_s));
        if (!b)
            return failure(ctx, b.error());
        app = b->application;
        devices = b->devices;
        if (devices.isEmpty())
            return failure(ctx, Error(ErrorCode::NotFound, tr("The batch folder %1 holds no device with a certificate.")
                                                               .arg(p.value(u"batch-dir"_s))));
    } else {
        devices << BatchPackageFiles{p.positional().at(0), p.value(u"cert"_s), p.value(u"key"_s)};
    }
    SecretBytes keyPass;
    if (p.isSet(u"key-passphrase-file"_s)) {
        auto f = readPassphraseFile(p.value(u"key-passphrase-file"_s));
        if (!f)
            return failure(ctx, f.error());
        keyPass = std::move(*f);
    }
    // Every package is loaded and checked before anything is written.
    QList<DevicePackage> packages;
    for (const BatchPackageFiles &d : devices) {
        if (d.keyPath.isEmpty())
            return failure(ctx, Error(ErrorCode::NotFound, tr("%1 has no key file in the batch folder (the board kept "
                                                              "its key): a package needs it.").arg(d.device)));
        auto pkg = DevicePackage::fromFiles(app, d.device, d.certPath, d.keyPath, keyPass);
        if (!pkg)
            return failure(ctx, pkg.error());
        packages << std::move(*pkg);
    }
    int rc = 0;
    auto server = serverSide(ctx, p, app, &rc);
    if (rc != 0)
        return rc;
    if (!server)
        return failure(ctx, server.error());
    for (DevicePackage &pkg : packages) {
        if (Status st = fillPackage(pkg, *server, p); !st)
            return failure(ctx, st.error());
    }

    ExportOptions options;
    options.overwrite = p.isSet(u"force"_s) ? Overwrite::Allow : Overwrite::Refuse;
    if (writer->needsPassphrase()) {
        auto pass = p.isSet(u"passphrase-file"_s)
                        ? readPassphraseFile(p.value(u"passphrase-file"_s))
                        : askPassphrase(ctx.err, tr("Passphrase for the PKCS#12 file:"), true);
        if (!pass)
            return failure(ctx, pass.error());
        options.passphrase = std::make_shared<SecretBytes>(std::move(*pass));
    } else if (p.isSet(u"passphrase-file"_s)) {
        return usageError(ctx, kExportUsage, tr("--passphrase-file is for p12-legacy: %1 is not encrypted.").arg(format));
    }
    for (const DevicePackage &pkg : packages) {
        options.outDir = batch ? QDir(out).filePath(pkg.fileStem()) : out;
        auto files = exportPackage(*writer, pkg, options);
        if (!files)
            return failure(ctx, files.error());
        ctx.out << tr("%1 of %2 (%3):").arg(pkg.device, pkg.application, format) << '\n';
        printFiles(ctx, *files);
    }
    if (!server->endpoints.mqtt.isValid() && server->endpoints.http.isEmpty())
        ctx.err << tr("No endpoints were known (no server, no --mqtt or --http): the package names none.") << '\n';
    return 0;
}

} // namespace

static const RegisterVerb exportRegistration({u"export"_s,
                                              QT_TRANSLATE_NOOP("dwb", "Write a device's credentials for its firmware"),
                                              kExportUsage, exportVerb});

} // namespace dwb::cli
