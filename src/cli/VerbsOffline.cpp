// dwb's offline verbs: trust create --offline, trust enroll --offline, inspect
// (online only with --app: the application and its devices are read to judge
// the device login).
#include "cli/PrintRequest.h"
#include "cli/Verb.h"
#include "cli/VerbsOnline.h"

#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"
#include "core/cloud/Resources.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/DeviceLoginVerdict.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

const QString kTrustCreateUsage = u"dwb trust create APP --offline [--algo ALGO] [--days N] --key-output CA.key "
                                  "[--cert-output CA.pem] [--key-input KEY] [--passphrase-file F] [--force]\n"
                                  "  (without --offline: see the online form in dwb --help)"_s;
const QString kTrustEnrollUsage =
    u"dwb trust enroll DEVICE --app APP --offline --ca-key CA.key --ca-cert CA.pem [--algo ALGO] [--days N]\n"
    "                 --out DEV.pem --key-output DEV.key [--key-input EXISTING.key] [--passphrase-file F] [--force]\n"
    "  (--passphrase-file: passphrase of encrypted input keys; without --offline: see dwb --help)"_s;
const QString kInspectUsage =
    u"dwb inspect FILE… [--format text|json | -o json] [--passphrase-file F] [--app APP]  (FILE - reads stdin)\n"
    "  --app APP: would each certificate log in to APP now? (needs --sandbox DIR, --url/--token or --context)"_s;

int needsServer(VerbContext &ctx, const QString &usage)
{
    return usageError(ctx, usage,
                      tr("This needs a server: give --sandbox DIR, --url URL --token USER:TOKEN or --context NAME "
                         "(or make a context the default), or use --offline."));
}

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
    p.option(u"algo"_s, u"ALGO"_s);
    p.option(u"days"_s, u"N"_s);
    p.option(u"key-output"_s, u"FILE"_s);
    p.option(u"key-input"_s, u"FILE"_s);
    p.option(u"passphrase-file"_s, u"FILE"_s);
}

Result<PrivateKey> loadKey(const QString &path, const SecretBytes &passphrase)
{
    auto data = readWholeFile(path);
    if (!data)
        return data.error();
    auto key = importPrivateKey(*data, passphrase);
    if (!key) {
        Error e = key.error();
        e.message = tr("%1: %2").arg(path, e.message);
        if (e.code == ErrorCode::NeedsPassphrase)
            e.message += u' ' + tr("Give it with --passphrase-file.");
        return e;
    }
    return key;
}

// Writes a new private key (0600) and reads it back before anything uses it.
Status writeKey(const QString &path, const PrivateKey &key, const SecretBytes &passphrase, Overwrite overwrite)
{
    auto pem = key.toPkcs8Pem(passphrase);
    if (!pem)
        return pem.error();
    if (auto st = makeFolderFor(path, FolderMode::Private); !st) // as the workbench: a new folder is 0700
        return st;
    if (auto st = writeFileAtomically(path, pem->bytes(), FileMode::Secret, overwrite); !st)
        return st;
    auto back = loadKey(path, passphrase);
    if (!back || !back->samePublicKey(key))
        return Error(ErrorCode::Io, tr("The key written to %1 does not read back as the same key.").arg(path));
    return {};
}

// Without --force, an output that exists stops the command before any file is
// written: never a new key next to a certificate that could not be written.
std::optional<Error> refuseExisting(const QStringList &outputs, Overwrite overwrite)
{
    if (overwrite == Overwrite::Allow)
        return std::nullopt;
    for (const QString &path : outputs) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            return Error(ErrorCode::AlreadyExists,
                         tr("%1 already exists; nothing was written (use --force to replace it).").arg(path));
    }
    return std::nullopt;
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

    if (auto e = refuseExisting({keyOut, p.value(u"cert-output"_s)}, o.overwrite))
        return failure(ctx, *e);

    PrivateKey key;
    if (!keyIn.isEmpty()) {
        auto k = loadKey(keyIn, o.passphrase);
        if (!k)
            return failure(ctx, k.error());
        key = *k;
        if (!keyOut.isEmpty()) {
            if (auto st = writeKey(keyOut, key, o.passphrase, o.overwrite); !st)
                return failure(ctx, st.error());
        }
    } else {
        auto k = PrivateKey::generate(o.algorithm);
        if (!k)
            return failure(ctx, k.error());
        key = *k;
        if (auto st = writeKey(keyOut, key, o.passphrase, o.overwrite); !st)
            return failure(ctx, st.error());
    }
    auto anchor = createTrustAnchor(app, key, o.days);
    if (!anchor)
        return failure(ctx, anchor.error());
    const QString certOut = p.value(u"cert-output"_s);
    if (certOut.isEmpty()) {
        ctx.out << QString::fromLatin1(anchor->toPem());
    } else {
        if (auto st = writeFileAtomically(certOut, anchor->toPem(), FileMode::Public, o.overwrite); !st)
            return failure(ctx, st.error());
        ctx.out << tr("Trust anchor \"%1\" (%2, valid until %3) written to %4.")
                       .arg(anchor->subjectString(), key.typeName(), anchor->notAfter().toString(Qt::ISODate), certOut)
                << '\n';
    }
    if (!keyOut.isEmpty())
        ctx.err << tr("CA key written to %1 (mode 0600%2). Keep it safe: it signs every device of %3.")
                       .arg(keyOut, o.passphrase.isEmpty() ? QString() : tr(", encrypted"), app)
                << '\n';
    return 0;
}

int trustEnrollOffline(VerbContext &ctx)
{
    ArgParser p;
    addCertOptions(p);
    for (const auto &name : {u"app"_s, u"ca-key"_s, u"ca-cert"_s, u"out"_s, u"cert-input"_s})
        p.option(name, u"VALUE"_s);
    QString error;
    // --cert-input registers a certificate on the server: its own usage.
    const QString usage = ctx.args.contains(u"--cert-input"_s)
            || std::any_of(ctx.args.cbegin(), ctx.args.cend(),
                           [](const QString &a) { return a.startsWith("--cert-input="_L1); })
        ? trustRegisterUsage()
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
    if (keyOut.isEmpty() && keyIn.isEmpty())
        return usageError(ctx, kTrustEnrollUsage, tr("Give --key-output (where the new device key goes) or --key-input."));
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

    if (auto e = refuseExisting({keyOut, p.value(u"out"_s)}, o.overwrite))
        return failure(ctx, *e);

    auto caKey = loadKey(p.value(u"ca-key"_s), o.passphrase);
    if (!caKey)
        return failure(ctx, caKey.error());
    auto caData = readWholeFile(p.value(u"ca-cert"_s));
    if (!caData)
        return failure(ctx, caData.error());
    auto caCerts = importCertificates(*caData, o.passphrase);
    if (!caCerts)
        return failure(ctx, caCerts.error());
    Certificate caCert;
    for (const Certificate &c : *caCerts) {
        if (c.matches(*caKey)) {
            caCert = c;
            break;
        }
    }
    if (caCert.isNull())
        return failure(ctx, Error(ErrorCode::Mismatch,
                                  tr("The CA key %1 belongs to no certificate in %2: refusing to sign with it.")
                                      .arg(p.value(u"ca-key"_s), p.value(u"ca-cert"_s))));

    PrivateKey deviceKey;
    if (!keyIn.isEmpty()) {
        auto k = loadKey(keyIn, o.passphrase);
        if (!k)
            return failure(ctx, k.error());
        deviceKey = *k;
        if (!drogueKeyAllowed(deviceKey))
            return failure(ctx, Error(ErrorCode::UnsupportedKey,
                                      tr("The key in %1 (%2, %3 bits) is not one Drogue accepts: EC P-256, EC P-384, "
                                         "Ed25519 or RSA of 2048 bits or more.")
                                          .arg(keyIn, deviceKey.typeName())
                                          .arg(deviceKey.bits())));
    } else {
        auto k = PrivateKey::generate(o.algorithm);
        if (!k)
            return failure(ctx, k.error());
        deviceKey = *k;
    }
    auto cert = issueDeviceCertificate(device, app, deviceKey, *caKey, caCert, o.days);
    if (!cert)
        return failure(ctx, cert.error());
    // The key is on disk before the certificate that depends on it.
    if (!keyOut.isEmpty()) {
        if (auto st = writeKey(keyOut, deviceKey, {}, o.overwrite); !st)
            return failure(ctx, st.error());
    }
    if (auto st = writeFileAtomically(p.value(u"out"_s), cert->toPem(), FileMode::Public, o.overwrite); !st)
        return failure(ctx, st.error());
    ctx.out << tr("Device certificate \"%1\" issued by \"%2\" (%3, valid until %4) written to %5.")
                   .arg(cert->subjectString(), cert->issuerString(), deviceKey.typeName(),
                        cert->notAfter().toString(Qt::ISODate), p.value(u"out"_s))
            << '\n';
    if (!keyOut.isEmpty())
        ctx.out << tr("Device key written to %1 (mode 0600).").arg(keyOut) << '\n';
    return 0;
}

// ---------------------------------------------------------------- inspect

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

const RegisterVerb trustCreateVerb({u"trust create"_s, QT_TRANSLATE_NOOP("dwb", "Create an application's trust anchor (CA key + certificate)"),
                                    kTrustCreateUsage, trustCreateOffline});
const RegisterVerb trustEnrollVerb({u"trust enroll"_s, QT_TRANSLATE_NOOP("dwb", "Issue a device certificate with the app's CA key, or register one"),
                                    kTrustEnrollUsage, trustEnrollOffline});
const RegisterVerb inspectVerb({u"inspect"_s, QT_TRANSLATE_NOOP("dwb", "Show certificates, keys and certificate requests in any format"),
                                kInspectUsage, inspect});

} // namespace

} // namespace dwb::cli
