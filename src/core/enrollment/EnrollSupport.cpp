#include "core/enrollment/EnrollSupport.h"

#include "core/token/Pkcs11Uri.h"
#include "core/token/TokenKeys.h"

#include "core/crypto/Importer.h"
#include "core/crypto/Inspection.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Enrollment", text);
}

Error named(const QString &path, const Error &e)
{
    return Error(e.code, tr("%1: %2").arg(path, e.message), e.detail);
}
} // namespace

Result<PrivateKey> loadPrivateKeyFile(const QString &path, const SecretBytes &passphrase)
{
    if (Pkcs11Uri::looksLike(path)) // a key on a hardware token: it signs there
        return loadTokenKey(path);
    auto data = readWholeFile(path);
    if (!data)
        return data.error();
    auto key = importPrivateKey(*data, passphrase);
    if (!key)
        return named(path, key.error());
    if (!key->hasPrivate())
        return Error(ErrorCode::UnknownFormat, tr("%1 holds no private key.").arg(path));
    return key;
}

Result<Certificate> loadCertificateFile(const QString &path, const SecretBytes &passphrase)
{
    auto data = readWholeFile(path);
    if (!data)
        return data.error();
    auto certs = importCertificates(*data, passphrase);
    if (!certs)
        return named(path, certs.error());
    if (certs->isEmpty())
        return Error(ErrorCode::UnknownFormat, tr("%1 holds no certificate.").arg(path));
    return certs->first();
}

Result<CertificateRequest> loadCertificateRequestFile(const QString &path)
{
    auto data = readWholeFile(path);
    if (!data)
        return data.error();
    auto request = CertificateRequest::fromData(*data);
    if (!request)
        return named(path, request.error());
    return request;
}

Result<PrivateKey> generateKeyForJob(KeyAlgorithm algorithm, const std::shared_ptr<std::atomic_bool> &cancel,
                                     const std::shared_ptr<std::atomic_int> &ticks)
{
    auto key = PrivateKey::generate(algorithm, cancel.get(), [ticks, cancel](int) {
        ticks->fetch_add(1);
        return !cancel->load();
    });
    if (!key && key.error().code == ErrorCode::Cancelled)
        return Error(ErrorCode::Cancelled, tr("Cancelled while generating the key: nothing was written or registered."));
    return key;
}

Status writeKeyAndReadBack(const PrivateKey &key, const QString &path, const SecretBytes &passphrase,
                           Overwrite overwrite)
{
    auto pem = key.toPkcs8Pem(passphrase);
    if (!pem)
        return pem.error();
    // The folder may not exist yet (the default keys/ on a fresh home): only you may enter it.
    if (Status st = makeFolderFor(path, FolderMode::Private); !st)
        return st;
    if (Status st = writeFileAtomically(path, pem->bytes(), FileMode::Secret, overwrite); !st)
        return st;
    auto back = readWholeFile(path);
    if (!back)
        return back.error();
    auto reread = importPrivateKey(*back, passphrase);
    if (!reread || !reread->samePublicKey(key))
        return Error(ErrorCode::Io,
                     tr("The key written to %1 does not read back correctly; nothing was registered.").arg(path),
                     reread ? QString() : reread.error().toString());
    return {};
}

static bool anchorUsable(int index, const QList<TrustAnchorStatus> &statuses)
{
    // The server's verdict when it gave one; otherwise our own parse decides.
    return index >= statuses.size() || statuses.at(index).valid;
}

Result<AnchorMatch> findAnchorForKey(const Application &app, const PrivateKey &caKey,
                                     const QString &keyLabel)
{
    const auto pems = app.trustAnchorPems();
    const auto statuses = app.trustAnchorStatuses();
    int invalidMatches = 0;
    for (int i = 0; i < pems.size(); ++i) {
        auto cert = Certificate::fromPem(pems.at(i));
        if (!cert || !cert->isCa() || !cert->matches(caKey))
            continue;
        if (!anchorUsable(i, statuses)) {
            ++invalidMatches;
            continue;
        }
        return AnchorMatch{i, *cert};
    }
    if (invalidMatches > 0)
        return Error(ErrorCode::Mismatch,
                     tr("The CA key %1 belongs to an anchor of application '%2' that the server marks as "
                        "invalid (expired or malformed). Create a new trust anchor.")
                         .arg(keyLabel, app.name()));
    if (pems.isEmpty())
        return Error(ErrorCode::Mismatch,
                     tr("Application '%1' has no trust anchor. Create one first (Registry > Create Trust "
                        "Anchor…).").arg(app.name()));
    return Error(ErrorCode::Mismatch,
                 tr("The CA key %1 belongs to none of the %2 trust anchor(s) of application '%3'. "
                    "Choose the key of one of its anchors.")
                     .arg(keyLabel, QString::number(pems.size()), app.name())); // one pass: a URI's "%0F" stays
}

Result<Certificate> findCertificateForKey(const QList<Certificate> &certificates, const PrivateKey &caKey,
                                          const QString &keyLabel, const QString &certificatesLabel)
{
    for (const Certificate &c : certificates) {
        if (c.isCa() && c.matches(caKey))
            return c;
    }
    return Error(ErrorCode::Mismatch, tr("The CA key %1 belongs to no CA certificate in %2: refusing to sign with it.")
                                          .arg(keyLabel, certificatesLabel));
}

Result<AnchorMatch> findAnchorForCertificate(const Application &app, const Certificate &leaf)
{
    const auto pems = app.trustAnchorPems();
    const auto statuses = app.trustAnchorStatuses();
    if (pems.isEmpty())
        return Error(ErrorCode::Mismatch,
                     tr("Application '%1' has no trust anchor: register the CA that issued '%2' first.")
                         .arg(app.name(), leaf.subjectString()));
    // Why each anchor did not do, so the refusal says which check failed.
    QStringList why;
    for (int i = 0; i < pems.size(); ++i) {
        auto cert = Certificate::fromPem(pems.at(i));
        if (!cert) {
            why << tr("anchor #%1 cannot be read").arg(i);
            continue;
        }
        if (!anchorUsable(i, statuses)) {
            why << tr("anchor #%1 (%2) is marked invalid by the server").arg(i).arg(cert->subjectString());
            continue;
        }
        const ChainResult chain = verifyChain(leaf, {*cert});
        if (chain.ok)
            return AnchorMatch{i, *cert};
        why << tr("anchor #%1 (%2): %3").arg(i).arg(cert->subjectString(), chain.error);
    }
    return Error(ErrorCode::Mismatch,
                 tr("The certificate '%1' (issuer '%2') was not issued under a trust anchor of application '%3': %4.")
                     .arg(leaf.subjectString(), leaf.issuerString(), app.name(), why.join(u"; "_s)));
}

QStringList devicesWithCertificateAliases(const QList<Device> &devices, const QString &app)
{
    const QString marker = u"OU="_s + app;
    QStringList names;
    for (const Device &d : devices) {
        const QStringList aliases = d.aliases();
        for (const QString &a : aliases) {
            const QStringList parts = a.split(u", "_s);
            if (parts.contains(marker)) {
                names << d.name();
                break;
            }
        }
    }
    return names;
}

} // namespace dwb
