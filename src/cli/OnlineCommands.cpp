#include "cli/OnlineCommands.h"


#include "core/config/Context.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/AnchorJob.h"
#include "core/enrollment/EnrollJob.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/ledger/AnchorDependents.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

QString when(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s; }

QString pad(const QString &s, int width) { return s.leftJustified(width); }

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace

Result<ConnectionSettings> connectionSettings(const OnlineOptions &o)
{
    if (!o.context.isEmpty() || (!o.isSet() && o.token.isEmpty()))
        return contextConnectionSettings(o);
    ConnectionSettings s;
    s.timeoutMs = o.timeoutMs;
    if (!o.sandboxDir.isEmpty()) {
        if (!o.url.isEmpty() || !o.token.isEmpty())
            return Error(ErrorCode::InvalidArgument, tr("Use either --sandbox or --url/--token, not both."));
        const QString file = QDir(o.sandboxDir).filePath(u"sandbox.json"_s);
        auto data = readWholeFile(file, 1024 * 1024);
        if (!data)
            return Error(ErrorCode::Io,
                         tr("No running sandbox in %1 (cannot read sandbox.json).").arg(o.sandboxDir),
                         data.error().toString());
        const QJsonObject info = QJsonDocument::fromJson(*data).object();
        s.apiUrl = QUrl(info.value("api"_L1).toString());
        s.credentials = Credentials::accessToken(info.value("user"_L1).toString(),
                                                 info.value("token"_L1).toString());
        s.serverCaFile = o.caFile.isEmpty() ? info.value("ca"_L1).toString() : o.caFile;
        s.contextName = Context::sandboxLedgerContext();
        if (!s.apiUrl.isValid() || s.apiUrl.isEmpty())
            return Error(ErrorCode::UnknownFormat, tr("%1 has no API URL.").arg(file));
        return s;
    }
    if (o.url.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("This command talks to Drogue Cloud: give --url URL --token USER:TOKEN, or --sandbox DIR."));
    s.apiUrl = QUrl::fromUserInput(o.url);
    if (!s.apiUrl.isValid() || (s.apiUrl.scheme() != "http"_L1 && s.apiUrl.scheme() != "https"_L1))
        return Error(ErrorCode::InvalidArgument, tr("--url: '%1' is not an http(s) URL.").arg(o.url));
    const qsizetype colon = o.token.indexOf(u':');
    if (colon <= 0 || colon == o.token.size() - 1)
        return Error(ErrorCode::InvalidArgument, tr("--token must be USER:TOKEN."));
    s.credentials = Credentials::accessToken(o.token.left(colon), o.token.mid(colon + 1));
    s.serverCaFile = o.caFile;
    s.contextName = s.apiUrl.toString();
    return s;
}

LedgerUse ledgerUse(const OnlineOptions &o, bool noLedger)
{
    LedgerUse use;
    use.enabled = !noLedger;
    use.path = o.ledgerPath;
    use.source = u"dwb"_s;
    return use;
}

Status createApp(RegistryClient &client, const QString &name, QTextStream &out)
{
    if (Status st = await(client.createApp(Application::create(name))); !st)
        return st;
    out << tr("Application '%1' created.").arg(name) << '\n';
    return {};
}

Status createDevice(RegistryClient &client, const QString &app, const QString &name, bool cert, QTextStream &out)
{
    const QString deviceName = cert ? deviceSubjectString(name, app) : name;
    if (Status st = await(client.createDevice(Device::create(app, deviceName))); !st)
        return st;
    out << tr("Device '%1' created in application '%2'.").arg(deviceName, app) << '\n';
    return {};
}

Status deleteApp(RegistryClient &client, const QString &name, QTextStream &out)
{
    if (Status st = await(client.deleteApp(name)); !st)
        return st;
    out << tr("Application '%1' deleted (with its devices).").arg(name) << '\n';
    return {};
}

Status deleteDevice(RegistryClient &client, const QString &app, const QString &name, QTextStream &out)
{
    if (Status st = await(client.deleteDevice(app, name)); !st)
        return st;
    out << tr("Device '%1' deleted from application '%2'.").arg(name, app) << '\n';
    return {};
}

Status getApps(RegistryClient &client, bool json, QTextStream &out)
{
    auto apps = await(client.listApps());
    if (!apps)
        return apps.error();
    if (json) {
        QJsonArray a;
        for (const Application &app : *apps)
            a.append(app.json());
        printJson(out, a);
        return {};
    }
    out << pad(tr("NAME"), 32) << pad(tr("ANCHORS"), 9) << tr("CREATED") << '\n';
    for (const Application &app : *apps) {
        int valid = 0;
        for (const auto &s : app.trustAnchorStatuses())
            valid += s.valid ? 1 : 0;
        out << pad(app.name(), 32) << pad(QString::number(valid), 9) << when(app.creationTimestamp()) << '\n';
    }
    return {};
}

Status getDevices(RegistryClient &client, const QString &app, bool json, QTextStream &out)
{
    auto devices = await(client.listDevices(app));
    if (!devices)
        return devices.error();
    if (json) {
        QJsonArray a;
        for (const Device &d : *devices)
            a.append(d.json());
        printJson(out, a);
        return {};
    }
    out << pad(tr("NAME"), 40) << pad(tr("CREATED"), 22) << tr("ALIASES") << '\n';
    for (const Device &d : *devices)
        out << pad(d.name(), 40) << pad(when(d.creationTimestamp()), 22) << d.aliases().join(u"; ") << '\n';
    return {};
}

Status trustList(RegistryClient &client, const QString &app, bool json, QTextStream &out)
{
    auto a = await(client.getApp(app));
    if (!a)
        return a.error();
    const auto statuses = a->trustAnchorStatuses();
    const auto pems = a->trustAnchorPems();
    if (json) {
        QJsonArray arr;
        for (int i = 0; i < pems.size(); ++i) {
            QJsonObject o{{u"index"_s, i}};
            if (i < statuses.size()) {
                const auto &s = statuses.at(i);
                o.insert("valid"_L1, s.valid);
                if (s.valid) {
                    o.insert("subject"_L1, s.subject);
                    o.insert("notBefore"_L1, when(s.notBefore));
                    o.insert("notAfter"_L1, when(s.notAfter));
                } else {
                    o.insert("error"_L1, s.error);
                    o.insert("message"_L1, s.message);
                }
            }
            arr.append(o);
        }
        printJson(out, arr);
        return {};
    }
    if (pems.isEmpty()) {
        out << tr("Application '%1' has no trust anchors.").arg(app) << '\n';
        return {};
    }
    out << pad(tr("INDEX"), 7) << pad(tr("STATE"), 9) << pad(tr("NOT AFTER"), 22) << tr("SUBJECT / ERROR") << '\n';
    for (int i = 0; i < pems.size(); ++i) {
        const TrustAnchorStatus s = i < statuses.size() ? statuses.at(i) : TrustAnchorStatus{};
        out << pad(QString::number(i), 7) << pad(s.valid ? tr("valid") : tr("invalid"), 9)
            << pad(s.valid ? when(s.notAfter) : u"-"_s, 22)
            << (s.valid ? s.subject : s.error + u": " + s.message) << '\n';
    }
    return {};
}

Status trustDelete(RegistryClient &client, const QString &app, int index, const TrustDeleteOptions &options,
                   QTextStream &out, QTextStream &err)
{
    auto noAnchor = [&](qsizetype count) {
        return Error(ErrorCode::InvalidArgument, tr("Application '%1' has no trust anchor with index %2 (it has %3).")
                                                     .arg(app)
                                                     .arg(index)
                                                     .arg(count));
    };
    // The anchor to delete, as read now: the ledger is asked about it, and
    // only it is removed below.
    auto current = await(client.getApp(app));
    if (!current)
        return current.error();
    const QList<QByteArray> pems = current->trustAnchorPems();
    if (index < 0 || index >= pems.size())
        return noAnchor(pems.size());
    QByteArray chosen = pems.at(index);

    // The devices that would be locked out (AnchorDependents.h).
    const QString ledgerPath = options.ledger.effectivePath();
    if (!options.ledger.enabled) {
        err << tr("Note: the ledger is not used (--no-ledger): devices still under this anchor are not looked "
                  "for.")
            << '\n';
    } else if (!QFileInfo::exists(ledgerPath)) {
        err << tr("Note: there is no ledger (%1): devices still under this anchor are not looked for.").arg(ledgerPath)
            << '\n';
    } else {
        auto anchor = Certificate::fromPem(chosen);
        auto ledger = Ledger::open(ledgerPath);
        if (!ledger)
            return ledger.error();
        const QString fingerprint = anchor ? LedgerRecord::fromCertificate(*anchor).fingerprint : QString();
        auto dependents = anchorDependents(**ledger, options.ledger.contextFor(false, client.settings().contextName),
                                           app, fingerprint);
        if (!dependents)
            return dependents.error();
        if (!dependents->isEmpty() && !options.force)
            return Error(ErrorCode::Refused,
                         QCoreApplication::translate(
                             "dwb",
                             "Trust anchor %1 of application '%2' still issued the current, unexpired certificate of "
                             "%n device(s) in the ledger: %3. Deleting it would lock them out. Renew them under "
                             "another anchor first (dwb renew --app %2 --all --ca-key NEW.key), or delete it "
                             "anyway with --force.",
                             nullptr, static_cast<int>(dependents->size()))
                             .arg(index)
                             .arg(app, describeDependents(*dependents)));
        if (!dependents->isEmpty())
            err << QCoreApplication::translate("dwb",
                                               "Note: --force: %n device(s) still under this anchor will be "
                                               "refused by the broker: %1.",
                                               nullptr, static_cast<int>(dependents->size()))
                       .arg(describeDependents(*dependents))
                << '\n';
    }
    err.flush();

    // When the change runs again (after a 409 or a lost answer) it removes
    // that certificate if it is still there, never whatever moved to the
    // index meanwhile.
    auto r = await(client.modifyApp(app, [&chosen](Application &a) -> Status {
        if (const int at = int(a.trustAnchorPems().indexOf(chosen)); at >= 0)
            a.removeTrustAnchor(at);
        return {};
    }));
    if (!r)
        return r.error();
    out << tr("Trust anchor %1 removed from application '%2'.").arg(index).arg(app) << '\n';
    return {};
}

Status trustCreate(RegistryClient &client, const TrustCreateOptions &o, QTextStream &out)
{
    if (const QString why = validateApplicationName(o.app); !why.isEmpty())
        return Error(ErrorCode::InvalidArgument, why);
    // A typo in the application name should not leave a new CA key behind.
    if (auto existing = await(client.getApp(o.app)); !existing)
        return existing.error();
    AnchorRequest request;
    request.app = o.app;
    request.algorithm = o.algorithm;
    request.days = o.days;
    request.certOutput = o.certOutput;
    request.ledger = o.ledger;
    if (!o.certInput.isEmpty()) { // an existing CA, registered as it is
        auto cert = loadCertificateFile(o.certInput);
        if (!cert)
            return cert.error();
        request.source = AnchorRequest::Source::ExistingCertificate;
        request.certificate = *cert;
    } else if (o.keyInput.isEmpty()) {
        if (o.keyOutput.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         tr("Give --key-output FILE for the new CA key (or --key-input to use an existing key)."));
        request.keyOutput = o.keyOutput;
    }
    // A pkcs11: --key-output: the job makes the key on the token (after its
    // checks of the outputs) and writes no key file.
    if (!o.keyInput.isEmpty()) {
        auto key = loadPrivateKeyFile(o.keyInput);
        if (!key)
            return key.error();
        if (request.source == AnchorRequest::Source::NewKey)
            request.source = AnchorRequest::Source::ExistingKey;
        request.key = *key;
        request.keyInputPath = o.keyInput;
    }
    // The same job as the wizard's: key on disk (0600, read back) before the anchor is sent.
    AnchorJob job(&client, std::move(request));
    if (Status st = job.exec(); !st)
        return st;
    const AnchorOutcome &r = *job.result();
    out << tr("Trust anchor added to application '%1' (index %2): %3, valid until %4.")
               .arg(r.app)
               .arg(r.index)
               .arg(r.anchor.subjectString(), when(r.anchor.notAfter()))
        << '\n';
    return {};
}

Status trustEnroll(RegistryClient &client, const EnrollOptions &o, QTextStream &out)
{
    if (const QString why = validateDeviceName(o.device); !why.isEmpty())
        return Error(ErrorCode::InvalidArgument, why);
    if (o.app.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Give the application with --app."));
    if (o.caKey.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Give the application's CA key with --ca-key."));
    if (o.out.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Give --out FILE for the device certificate."));
    if (o.keyInput.isEmpty() && o.keyOutput.isEmpty() && o.csr.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Give --key-output FILE for the new device key (or --key-input)."));
    EnrollRequest request;
    request.app = o.app;
    request.device = o.device;
    request.algorithm = o.algorithm;
    request.days = o.days;
    request.certOutput = o.out;
    request.keyOutput = o.keyOutput;
    request.caKeyPath = o.caKey;
    request.ledger = o.ledger;
    auto caKey = loadPrivateKeyFile(o.caKey);
    if (!caKey)
        return caKey.error();
    request.caKey = *caKey;
    if (!o.keyInput.isEmpty()) {
        auto key = loadPrivateKeyFile(o.keyInput);
        if (!key)
            return key.error();
        request.source = EnrollRequest::Source::ImportedKey;
        request.deviceKey = *key;
        request.deviceKeyPath = o.keyInput;
    }
    if (!o.csr.isEmpty()) { // the key stays on the board: no key file
        auto csr = loadCertificateRequestFile(o.csr);
        if (!csr)
            return csr.error();
        request.source = EnrollRequest::Source::Request;
        request.certificateRequest = *csr;
        request.requestSigning = o.signing;
        request.chainOutput = o.chainOutput;
        request.derOutput = o.derOutput;
    }
    // The same job as the wizard's: the anchor of this CA key (never just sign
    // with whatever key), files first, then the device with the subject as alias.
    EnrollJob job(&client, std::move(request));
    if (Status st = job.exec(); !st)
        return st;
    const EnrollOutcome &r = *job.result();
    out << tr("Device '%1' enrolled in application '%2' with the alias '%3'.").arg(r.device, r.app, r.alias) << '\n';
    out << tr("Certificate: %1").arg(r.certPath) << '\n';
    if (!r.derPath.isEmpty())
        out << tr("The certificate as DER: %1").arg(r.derPath) << '\n';
    if (!r.chainPath.isEmpty())
        out << tr("Chain (certificate, then trust anchor): %1").arg(r.chainPath) << '\n';
    if (!o.csr.isEmpty())
        out << tr("No key file was written: the private key stays on the board.") << '\n';
    return {};
}

Status trustRegister(RegistryClient &client, const RegisterOptions &o, QTextStream &out)
{
    EnrollRequest request;
    request.app = o.app;
    request.device = o.device;
    request.source = EnrollRequest::Source::ExistingCertificate;
    request.ledger = o.ledger;
    auto cert = loadCertificateFile(o.certInput);
    if (!cert)
        return cert.error();
    request.deviceCertificate = *cert;
    if (!o.keyInput.isEmpty()) {
        auto key = loadPrivateKeyFile(o.keyInput);
        if (!key)
            return key.error();
        request.deviceKey = *key;
    }
    if (!o.caKey.isEmpty()) {
        auto key = loadPrivateKeyFile(o.caKey);
        if (!key)
            return key.error();
        request.caKey = *key;
        request.caKeyPath = o.caKey;
    }
    // The same job as the wizard's: reads the anchors, checks, registers.
    EnrollJob job(&client, std::move(request));
    (void)job.exec();
    if (!job.result())
        return job.result().error();
    const EnrollOutcome &r = *job.result();
    out << (r.created ? tr("Device '%1' created in application '%2' with the alias '%3'.")
                      : tr("Device '%1' of application '%2' updated with the alias '%3'."))
               .arg(r.device, r.app, r.alias)
        << '\n';
    out << tr("Certificate %1 registered as it is: issued under trust anchor #%2 (%3), valid until %4.")
               .arg(o.certInput)
               .arg(r.anchorIndex)
               .arg(r.anchor.subjectString(), when(r.certificate.notAfter()))
        << '\n';
    return {};
}

} // namespace dwb::cli
