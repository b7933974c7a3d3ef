#include "core/ledger/LedgerImport.h"

#include "core/crypto/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::LedgerImport", text);
}

constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

// One entry of a name (the first), as UTF-8 text.
QString nameEntry(const X509_NAME *name, int nid)
{
    const int i = name ? X509_NAME_get_index_by_NID(name, nid, -1) : -1;
    if (i < 0)
        return {};
    const ASN1_STRING *s = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i));
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, s);
    if (n < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return out;
}

// anchor issued cert: names match and the signature verifies with its key.
bool issued(const Certificate &anchor, const Certificate &cert)
{
    if (X509_check_issued(anchor.get(), cert.get()) != X509_V_OK)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(anchor.get());
    return key && X509_verify(cert.get(), key) == 1;
}

// A batch folder's manifest: its application and device names.
struct Manifest {
    QString app;
    QSet<QString> devices;
};

Manifest readManifest(const QString &path)
{
    Manifest m;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return m;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.contains("batch"_L1))
            m.app = o.value("app"_L1).toString();
        else if (const QString d = o.value("d"_L1).toString(); !d.isEmpty())
            m.devices.insert(d);
    }
    return m;
}

struct Found {
    Certificate cert;
    QStringList files;
    QString folder;    // where it was first found (for the manifest)
};

} // namespace

Result<LedgerImportResult> importIntoLedger(Ledger &ledger, const LedgerImportOptions &o)
{
    const QFileInfo root(o.dir);
    if (!root.isDir())
        return Error(ErrorCode::NotFound, tr("%1 is not a folder.").arg(QDir::toNativeSeparators(o.dir)));

    LedgerImportResult result;
    QStringList paths;
    QDirIterator it(root.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();

    QHash<QString, Manifest> manifests; // folder → its manifest
    QList<QString> order;               // fingerprints in the order found
    QHash<QString, Found> found;
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (info.fileName() == "manifest.jsonl"_L1) {
            manifests.insert(info.absolutePath(), readManifest(path));
            continue;
        }
        if (info.size() > kMaxFileSize) {
            result.skipped.append({path, tr("larger than 4 MiB: not a certificate file")});
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            result.skipped.append({path, tr("cannot be read: %1").arg(f.errorString())});
            continue;
        }
        const Result<ImportBundle> bundle = importData(f.readAll());
        if (!bundle) {
            result.skipped.append({path, bundle.error().code == ErrorCode::NeedsPassphrase
                                             ? tr("encrypted (a key or PKCS#12 file): not read")
                                             : tr("not a certificate")});
            continue;
        }
        const QList<Certificate> certs = bundle->certificates();
        if (certs.isEmpty()) {
            bool key = false, request = false;
            for (const ImportedItem &item : bundle->items) {
                key = key || item.kind == ImportedItem::Kind::PrivateKey || item.kind == ImportedItem::Kind::PublicKey;
                request = request || item.kind == ImportedItem::Kind::Request;
            }
            result.skipped.append({path, key       ? tr("a key file")
                                         : request ? tr("a certificate request")
                                                   : tr("not a certificate")});
            continue;
        }
        for (const Certificate &c : certs) {
            const QString fp = LedgerRecord::fromCertificate(c).fingerprint;
            auto at = found.find(fp);
            if (at == found.end()) {
                found.insert(fp, Found{c, {path}, info.absolutePath()});
                order << fp;
            } else if (!at->files.contains(path)) {
                at->files << path;
            }
        }
    }

    // The issuers to look for: those given, and the CA certificates found.
    QList<Certificate> anchors = o.anchors;
    for (const QString &fp : std::as_const(order))
        if (found[fp].cert.isCa())
            anchors << found[fp].cert;

    QList<LedgerRecord> records;
    for (const QString &fp : std::as_const(order)) {
        const Found &f = found[fp];
        const Result<std::optional<LedgerRecord>> known = ledger.byFingerprint(fp);
        if (!known)
            return known.error();
        if (known->has_value()) {
            ++result.known;
            continue;
        }
        Certificate issuer;
        for (const Certificate &a : std::as_const(anchors)) {
            if (issued(a, f.cert)) {
                issuer = a;
                break;
            }
        }
        LedgerRecord r = LedgerRecord::fromCertificate(f.cert, issuer);
        const X509_NAME *subject = X509_get_subject_name(f.cert.get());
        const QString cn = nameEntry(subject, NID_commonName);
        const QString org = nameEntry(subject, NID_organizationName);
        const QString unit = nameEntry(subject, NID_organizationalUnitName);
        const Manifest manifest = manifests.value(f.folder);
        r.application = !o.application.isEmpty() ? o.application
                        : !manifest.app.isEmpty() ? manifest.app
                        : org == "Drogue IoT"_L1 && r.kind == LedgerKind::Device ? unit
                        : org == "Drogue IoT"_L1                                 ? cn
                                                                                 : QString();
        if (r.kind == LedgerKind::Device) {
            const QString stem = QFileInfo(f.files.first()).completeBaseName();
            r.device = manifest.devices.contains(cn) || !manifest.devices.contains(stem) ? cn : stem;
        }
        r.context = o.context;
        r.files = f.files;
        r.source = u"import"_s;
        r.registration = Registration::Imported;
        records << r;
    }
    if (!records.isEmpty()) {
        const Result<QList<qint64>> ids = ledger.addAll(records);
        if (!ids)
            return ids.error();
    }
    result.recorded = int(records.size());
    return result;
}

} // namespace dwb
