// dwb inspect: certificates and keys in any format; with --app (online) whether
// each certificate would log in to the application now (DeviceLoginVerdict).
#include "cli/PrintRequest.h"
#include "cli/Verb.h"
#include "cli/VerbsOnline.h"

#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"
#include "core/cloud/Resources.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Inspection.h"
#include "core/enrollment/DeviceLoginVerdict.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kInspectUsage =
    u"dwb inspect FILE… [--format text|json | -o json] [--passphrase-file F] [--app APP]  (FILE - reads stdin)\n"
    "  --app APP: would each certificate log in to APP now? (needs --sandbox DIR, --url/--token or --context)"_s;

void printCertificate(QTextStream &out, const CertificateInfo &i)
{
    auto line = [&out](const QString &label, const QString &value) {
        out << "  " << QString(label + u':').leftJustified(22) << ' ' << value << '\n';
    };
    line(tr("Subject"), i.subject);
    line(tr("Subject (RFC 4514)"), i.subjectRfc4514);
    line(tr("Issuer"), i.issuer);
    line(tr("Issuer (RFC 4514)"), i.issuerRfc4514);
    line(tr("Version"), QString::number(i.version));
    line(tr("Serial"), i.serialHex);
    line(tr("Validity"), tr("%1 to %2 (%3)")
                             .arg(i.notBefore.toString(Qt::ISODate), i.notAfter.toString(Qt::ISODate),
                                  validityStateName(i.validity)));
    line(tr("Key"), tr("%1, %2 bits").arg(i.keyType).arg(i.keyBits));
    line(tr("Signature algorithm"), i.signatureAlgorithm);
    line(tr("CA"), i.isCa ? (i.pathLength >= 0 ? tr("yes, path length %1").arg(i.pathLength) : tr("yes")) : tr("no"));
    line(tr("Self-signed"), i.selfSigned ? tr("yes") : tr("no"));
    if (!i.keyUsage.isEmpty())
        line(tr("Key usage"), i.keyUsage.join(u", "_s));
    if (!i.extendedKeyUsage.isEmpty())
        line(tr("Extended key usage"), i.extendedKeyUsage.join(u", "_s));
    if (!i.subjectAltNames.isEmpty())
        line(tr("Subject alt. names"), i.subjectAltNames.join(u", "_s));
    if (!i.subjectKeyId.isEmpty())
        line(tr("Subject key ID"), i.subjectKeyId);
    if (!i.authorityKeyId.isEmpty())
        line(tr("Authority key ID"), i.authorityKeyId);
    for (const ExtensionInfo &e : i.extensions)
        line(tr("Extension"), e.name + (e.critical ? tr(" (critical)") : QString()) + u": "
                                  + QString(e.value).replace(u'\n', u"; "_s));
    line(tr("SHA-1 fingerprint"), i.sha1Fingerprint);
    line(tr("SHA-256 fingerprint"), i.sha256Fingerprint);
}

void printLogin(QTextStream &out, const DeviceLoginVerdict &v)
{
    const QString scope = v.coversApplication() ? tr("application %1").arg(v.application())
                                                : tr("the certificate's form only, no --app");
    out << "  " << QString(tr("Drogue device login") + u':').leftJustified(22) << ' '
        << tr("%1 (%2)").arg(v.outcomeText(), scope) << '\n';
    for (const DeviceLoginVerdict::Line &l : v.lines()) {
        const QString mark = l.state == DeviceLoginVerdict::State::Passed   ? u"[ok]"_s
                             : l.state == DeviceLoginVerdict::State::Failed ? u"[no]"_s
                                                                           : u"[? ]"_s;
        out << "    " << mark << ' ' << QString(l.label + u':').leftJustified(19) << ' ' << l.text << '\n';
    }
    out << "  " << QString(tr("Verdict") + u':').leftJustified(22) << ' ' << v.summary() << '\n';
}

// The application and its devices for --app, as the server has them.
struct LoginTarget {
    Application app;
    QList<Device> devices;
};

Result<LoginTarget> readLoginTarget(const OnlineOptions &online, const QString &app)
{
    auto settings = connectionSettings(online);
    if (!settings)
        return settings.error();
    RegistryClient client(*settings);
    auto a = await(client.getApp(app));
    if (!a)
        return a.error();
    auto devices = await(client.listDevices(app));
    if (!devices)
        return devices.error();
    return LoginTarget{*a, *devices};
}

int inspect(VerbContext &ctx)
{
    ArgParser p;
    p.option(u"format"_s, u"text|json"_s);
    p.option(u"o"_s, u"FORMAT"_s);
    p.option(u"passphrase-file"_s, u"FILE"_s);
    p.option(u"app"_s, u"APP"_s);
    QString error;
    if (!p.parse(ctx.args, 1, 10000, &error))
        return usageError(ctx, kInspectUsage, error);
    const QString format = p.isSet(u"format"_s) ? p.value(u"format"_s)
                           : p.isSet(u"o"_s)    ? p.value(u"o"_s)
                                                : u"text"_s;
    if (format != "text"_L1 && format != "json"_L1)
        return usageError(ctx, kInspectUsage, tr("--format (or -o) takes text or json."));
    std::optional<LoginTarget> target;
    if (p.isSet(u"app"_s)) {
        if (p.value(u"app"_s).isEmpty())
            return usageError(ctx, kInspectUsage, tr("--app needs the application's name."));
        if (!serverGiven(ctx.online))
            return needsServer(ctx, kInspectUsage);
        auto t = readLoginTarget(ctx.online, p.value(u"app"_s));
        if (!t)
            return failure(ctx, t.error());
        target = std::move(*t);
    }
    const auto judge = [&target](const Certificate &cert) {
        return target ? DeviceLoginVerdict::judge(cert, &target->app, target->devices)
                      : DeviceLoginVerdict::judge(cert, nullptr, std::nullopt);
    };
    SecretBytes pass;
    if (p.isSet(u"passphrase-file"_s)) {
        auto r = readPassphraseFile(p.value(u"passphrase-file"_s));
        if (!r)
            return failure(ctx, r.error());
        pass = std::move(*r);
    }
    bool allOk = true;
    QJsonArray json;
    for (const QString &file : p.positional()) {
        QByteArray data;
        if (file == "-"_L1) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                ctx.err << "dwb: " << tr("Cannot read standard input.") << '\n';
                allOk = false;
                continue;
            }
            data = in.readAll();
        } else {
            auto r = readWholeFile(file);
            if (!r) {
                ctx.err << "dwb: " << r.error().message << '\n';
                allOk = false;
                continue;
            }
            data = *r;
        }
        auto bundle = importData(data, pass);
        if (!bundle) {
            QString msg = bundle.error().message;
            if (bundle.error().code == ErrorCode::NeedsPassphrase)
                msg += u' ' + tr("Give it with --passphrase-file.");
            ctx.err << "dwb: " << file << ": " << msg << '\n';
            allOk = false;
            continue;
        }
        const QList<Certificate> certs = bundle->certificates();
        int index = 0;
        for (const ImportedItem &item : bundle->items) {
            ++index;
            if (item.kind == ImportedItem::Kind::Certificate) {
                const CertificateInfo info = inspectCertificate(item.certificate);
                const DeviceLoginVerdict login = judge(item.certificate);
                if (format == "json"_L1) {
                    QJsonObject o = toJson(info);
                    o.insert(u"file"_s, file);
                    o.insert(u"format"_s, item.format);
                    o.insert(u"device_login"_s, login.toJson());
                    json.append(o);
                } else {
                    ctx.out << tr("%1 #%2: certificate (%3)").arg(file).arg(index).arg(item.format) << '\n';
                    printCertificate(ctx.out, info);
                    printLogin(ctx.out, login);
                    ctx.out << '\n';
                }
            } else if (item.kind == ImportedItem::Kind::Request) {
                const RequestInfo info = inspectRequest(item.request);
                if (format == "json"_L1) {
                    QJsonObject o = toJson(info);
                    o.insert(u"file"_s, file);
                    o.insert(u"format"_s, item.format);
                    json.append(o);
                } else {
                    ctx.out << tr("%1 #%2: certificate request (%3)").arg(file).arg(index).arg(item.format) << '\n';
                    printRequest(ctx.out, info);
                    ctx.out << '\n';
                }
            } else {
                const KeyInfo info = inspectKey(item.key);
                QStringList matches;
                for (int c = 0; c < certs.size(); ++c) {
                    if (certs.at(c).matches(item.key))
                        matches << certs.at(c).subjectString();
                }
                if (format == "json"_L1) {
                    QJsonObject o = toJson(info);
                    o.insert(u"file"_s, file);
                    o.insert(u"format"_s, item.format);
                    o.insert(u"matches_certificates"_s, QJsonArray::fromStringList(matches));
                    json.append(o);
                } else {
                    ctx.out << tr("%1 #%2: %3 (%4)")
                                   .arg(file)
                                   .arg(index)
                                   .arg(info.hasPrivate ? tr("private key") : tr("public key"), item.format)
                            << '\n';
                    ctx.out << "  " << tr("Key:").leftJustified(22) << ' '
                            << tr("%1, %2 bits").arg(info.keyType).arg(info.bits) << '\n';
                    ctx.out << "  " << tr("Public key SHA-256:").leftJustified(22) << ' ' << info.publicKeySha256 << '\n';
                    ctx.out << "  " << tr("Allowed by Drogue:").leftJustified(22) << ' '
                            << (info.allowedByDrogue ? tr("yes") : tr("no")) << '\n';
                    if (!matches.isEmpty())
                        ctx.out << "  " << tr("Matches certificate:").leftJustified(22) << ' '
                                << matches.join(u"; "_s) << '\n';
                    ctx.out << '\n';
                }
            }
        }
    }
    if (format == "json"_L1)
        ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return allOk ? 0 : 1;
}

const RegisterVerb inspectVerb({u"inspect"_s, QT_TRANSLATE_NOOP("dwb", "Show certificates, keys and certificate requests in any format"),
                                kInspectUsage, inspect});

} // namespace

} // namespace dwb::cli
