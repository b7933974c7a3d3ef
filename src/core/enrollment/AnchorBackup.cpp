#include "core/enrollment/AnchorBackup.h"

#include "core/crypto/Importer.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("AnchorBackup", text); }

Status refuseExisting(const QString &path)
{
    if (!path.isEmpty() && QFileInfo::exists(path))
        return Error(ErrorCode::AlreadyExists, tr("%1 exists already: it is not overwritten.").arg(path));
    return {};
}

} // namespace

Result<Certificate> AnchorBackup::anchorOf(const Application &app, const PrivateKey &caKey, const QString &keyLabel)
{
    auto match = findAnchorForKey(app, caKey, keyLabel);
    if (!match)
        return match.error();
    return match->certificate;
}

Result<Certificate> AnchorBackup::anchorAmong(const QList<Certificate> &certificates, const PrivateKey &caKey,
                                              const QString &keyLabel, const QString &certificatesLabel)
{
    return findCertificateForKey(certificates, caKey, keyLabel, certificatesLabel);
}

Status AnchorBackup::write(const QString &path, const PrivateKey &caKey, const Certificate &anchor,
                           const SecretBytes &passphrase, const QString &app)
{
    if (passphrase.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("A backup of a CA key needs a passphrase: an empty one is refused."));
    if (path.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose the file the backup is written to."));
    if (Status st = refuseExisting(path); !st)
        return st;
    if (!anchor.isCa())
        return Error(ErrorCode::Mismatch,
                     tr("The certificate \"%1\" is not a CA certificate: it is no trust anchor.")
                         .arg(anchor.subjectString()));
    if (!anchor.matches(caKey))
        return Error(ErrorCode::Mismatch, tr("The CA key does not belong to the trust anchor \"%1\".")
                                              .arg(anchor.subjectString()));
    auto p12 = exportPkcs12(caKey, anchor, {}, passphrase, app);
    if (!p12)
        return p12.error();
    // Read it back before it is written: what is on disk must open.
    auto back = importData(*p12, passphrase);
    if (!back || back->privateKeys().isEmpty() || !back->privateKeys().first().samePublicKey(caKey)
        || back->certificates().isEmpty())
        return Error(ErrorCode::Crypto, tr("The PKCS#12 file made for the backup does not read back."),
                     back ? QString() : back.error().toString());
    if (Status st = makeFolderFor(path, FolderMode::Private); !st)
        return st;
    return writeFileAtomically(path, *p12, FileMode::Secret, Overwrite::Refuse);
}

Result<AnchorBackup::Contents> AnchorBackup::read(const QString &path, const SecretBytes &passphrase)
{
    const QString name = QFileInfo(path).fileName();
    if (passphrase.isEmpty())
        return Error(ErrorCode::NeedsPassphrase, tr("%1 needs its passphrase.").arg(name));
    auto data = readWholeFile(path);
    if (!data)
        return data.error();
    auto bundle = importData(*data, passphrase);
    if (!bundle) {
        if (bundle.error().code == ErrorCode::WrongPassphrase)
            return Error(ErrorCode::WrongPassphrase, tr("The passphrase does not open %1.").arg(name));
        return Error(bundle.error().code, tr("%1 cannot be read as a backup: %2").arg(name, bundle.error().message),
                     bundle.error().detail);
    }
    if (bundle->container != "PKCS#12"_L1)
        return Error(ErrorCode::UnknownFormat,
                     tr("%1 is no PKCS#12 file (it is %2): a backup is one.").arg(name, bundle->container));
    const QList<PrivateKey> keys = bundle->privateKeys();
    if (keys.isEmpty())
        return Error(ErrorCode::Mismatch, tr("%1 holds no private key: there is nothing to restore.").arg(name));
    const QList<Certificate> certs = bundle->certificates();
    if (certs.isEmpty())
        return Error(ErrorCode::Mismatch,
                     tr("%1 holds no certificate: the key cannot be checked against its anchor.").arg(name));
    Contents c;
    c.key = keys.first();
    for (const Certificate &cert : certs) {
        if (cert.matches(c.key)) {
            c.certificate = cert;
            break;
        }
    }
    if (c.certificate.isNull())
        return Error(ErrorCode::Mismatch,
                     tr("The key in %1 does not belong to its certificate \"%2\": refusing to restore it.")
                         .arg(name, certs.first().subjectString()));
    if (!c.certificate.isCa())
        return Error(ErrorCode::Mismatch,
                     tr("The certificate \"%1\" in %2 is not a CA certificate: the file is no trust anchor backup.")
                         .arg(c.certificate.subjectString(), name));
    for (const ImportedItem &item : bundle->items) {
        if (!item.label.isEmpty()) {
            c.friendlyName = item.label;
            break;
        }
    }
    return c;
}

Status AnchorBackup::restore(const Contents &contents, const QString &keyOutput, const SecretBytes &keyPassphrase,
                             const QString &certOutput)
{
    if (keyOutput.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose the file the CA key is written to."));
    if (Status st = refuseExisting(keyOutput); !st)
        return st;
    if (Status st = refuseExisting(certOutput); !st)
        return st;
    if (Status st = writeKeyAndReadBack(contents.key, keyOutput, keyPassphrase, Overwrite::Refuse); !st)
        return st;
    if (certOutput.isEmpty())
        return {};
    if (Status st = makeFolderFor(certOutput); !st)
        return st;
    return writeFileAtomically(certOutput, contents.certificate.toPem(), FileMode::Public, Overwrite::Refuse);
}

bool AnchorBackup::isAnchorOf(const Application &app, const Certificate &certificate)
{
    const auto pems = app.trustAnchorPems();
    for (const QByteArray &pem : pems) {
        auto cert = Certificate::fromPem(pem);
        if (cert && cert->toDer() == certificate.toDer())
            return true;
    }
    return false;
}

} // namespace dwb
