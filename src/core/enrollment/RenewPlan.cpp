#include "core/enrollment/RenewPlan.h"

#include "core/crypto/Algorithm.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Ossl.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/enrollment/DeviceList.h"
#include "core/ledger/CurrentCertificates.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

#include <functional>
#include <variant>

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb::RenewPlan", text); }

constexpr qint64 kMaxFile = 1024 * 1024;

// The current records to choose from, by device.
Result<QHash<QString, LedgerRecord>> currentRecords(const Ledger &ledger, const RenewSelection &s)
{
    auto current = currentDeviceRecords(ledger, s.context, s.application);
    if (!current)
        return current.error();
    QHash<QString, LedgerRecord> byDevice;
    for (LedgerRecord &r : *current)
        byDevice.insert(r.device, std::move(r));
    return byDevice;
}

// The record's certificate (the file whose fingerprint is the record's).
Certificate certificateOf(const LedgerRecord &r)
{
    for (const QString &path : r.files) {
        if (!QFileInfo(path).isFile())
            continue;
        auto data = readWholeFile(path, kMaxFile);
        if (!data || !data->contains("-----BEGIN CERTIFICATE-----"))
            continue;
        auto cert = Certificate::fromPem(*data);
        if (cert && LedgerRecord::fromCertificate(*cert).fingerprint.compare(r.fingerprint, Qt::CaseInsensitive) == 0)
            return *cert;
    }
    return {};
}

// The private key among the record's files (.key first) that belongs to
// `cert`; *encrypted: a passphrase-protected key file was found instead.
PrivateKey keyOf(const LedgerRecord &r, const Certificate &cert, QString *path, QString *encrypted)
{
    QStringList files = r.files;
    std::stable_sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return a.endsWith(".key"_L1) && !b.endsWith(".key"_L1);
    });
    for (const QString &file : std::as_const(files)) {
        if (!QFileInfo(file).isFile() || file.endsWith(".p12"_L1))
            continue;
        auto data = readWholeFile(file, kMaxFile);
        if (!data || !data->contains("PRIVATE KEY-----"))
            continue;
        SecretBytes secret(std::move(*data));
        if (secret.bytes().contains("ENCRYPTED PRIVATE KEY-----")) {
            *encrypted = file;
            continue;
        }
        auto key = importPrivateKey(secret.bytes());
        if (key && key->hasPrivate() && (cert.isNull() || cert.matches(*key))) {
            *path = file;
            return *key;
        }
    }
    return {};
}

// A PKCS#10 request for `key` with exactly the subject of `cert`, signed by the key.
Result<CertificateRequest> requestFor(const PrivateKey &key, const Certificate &cert)
{
    X509_REQ *raw = X509_REQ_new();
    if (!raw)
        return Error(ErrorCode::Crypto, tr("Out of memory."), ossl::takeErrors());
    CertificateRequest request(raw);
    const int id = EVP_PKEY_get_base_id(key.get());
    const EVP_MD *md = (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448) ? nullptr : EVP_sha256();
    if (X509_REQ_set_version(raw, 0) != 1 || X509_REQ_set_subject_name(raw, X509_get_subject_name(cert.get())) != 1
        || X509_REQ_set_pubkey(raw, key.get()) != 1 || X509_REQ_sign(raw, key.get(), md) <= 0)
        return Error(ErrorCode::Crypto, tr("Could not make the certificate request."), ossl::takeErrors());
    return request;
}

// A new key of `alg` at `path`: the one a previous run left there, else a new one (0600).
Result<PrivateKey> newKeyAt(const QString &path, KeyAlgorithm alg, const std::atomic_bool *cancel)
{
    if (QFileInfo(path).isFile()) {
        if (auto data = readWholeFile(path, kMaxFile)) {
            SecretBytes secret(std::move(*data));
            if (auto k = importPrivateKey(secret.bytes()); k && k->hasPrivate() && k->algorithm() == alg)
                return *k;
        }
    }
    auto key = PrivateKey::generate(alg, cancel);
    if (!key)
        return key.error();
    auto pem = key->toPkcs8Pem();
    if (!pem)
        return pem.error();
    if (Status st = makeFolderFor(path, FolderMode::Private); !st)
        return st.error();
    if (Status st = writeFileAtomically(path, pem->bytes(), FileMode::Secret, Overwrite::Allow); !st)
        return st.error();
    return *key;
}

using Planned = std::variant<RenewalDevice, RenewProblem>;

// One device's part of the plan, or why it is left out.
Planned planDevice(const LedgerRecord &r, bool newKey, const QString &outDir, const std::atomic_bool *cancel)
{
    if (cancel && cancel->load())
        return RenewProblem{r.device, tr("Cancelled.")};
    RenewalDevice d;
    d.device = r.device;
    d.fileStem = renewalFileStem(r);
    d.subject = r.subject;
    d.replaces = r;
    const Certificate old = certificateOf(r);
    if (old.isNull())
        return RenewProblem{r.device, tr("Its certificate file is not at hand (the ledger lists: %1), so "
                                         "its subject cannot be kept.")
                                          .arg(r.files.isEmpty() ? tr("no files") : r.files.join(u", "_s))};
    QString keyFile, encrypted;
    PrivateKey key = keyOf(r, old, &keyFile, &encrypted);
    if (newKey) {
        std::optional<KeyAlgorithm> alg = key.isNull() ? parseAlgorithm(r.keyAlgorithm) : key.algorithm();
        if (!alg)
            alg = old.publicKey().algorithm();
        if (!alg)
            return RenewProblem{r.device, tr("Its key algorithm (%1) is not one the workbench makes.")
                                              .arg(r.keyAlgorithm)};
        keyFile = outDir + u'/' + d.fileStem + u".key"_s;
        auto made = newKeyAt(keyFile, *alg, cancel);
        if (!made)
            return RenewProblem{r.device, made.error().toString()};
        key = *made;
        d.newKey = true;
    } else if (key.isNull() && !encrypted.isEmpty()) {
        return RenewProblem{r.device, tr("Its key file %1 is protected by a passphrase; renew it with a "
                                         "new key (--new-key).")
                                          .arg(encrypted)};
    } else if (key.isNull()) {
        return RenewProblem{r.device, tr("Its key file is not at hand (the ledger lists: %1); renew it "
                                         "with a new key (--new-key), or give it the key file back.")
                                          .arg(r.files.join(u", "_s))};
    }
    auto request = requestFor(key, old);
    if (!request)
        return RenewProblem{r.device, request.error().toString()};
    d.request = *request;
    d.subject = old.subjectString();
    d.keyFile = QFileInfo(keyFile).absoluteFilePath();
    return d;
}

} // namespace

QString renewalFileStem(const LedgerRecord &record)
{
    return deviceFileStem(record.device) + u"-renew-"_s + QString::number(record.id);
}

Result<RenewPlan> planRenewal(const Ledger &ledger, const RenewSelection &s, const std::atomic_bool *cancel)
{
    if (s.devices.isEmpty() && !s.all && !s.expiringWithinDays)
        return Error(ErrorCode::InvalidArgument, tr("Name the devices to renew, or choose all or those expiring."));
    if (s.newKey && s.outDir.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("New keys need an output folder."));
    auto current = currentRecords(ledger, s);
    if (!current)
        return current.error();

    RenewPlan plan;
    QList<LedgerRecord> chosen;
    if (!s.devices.isEmpty()) {
        for (const QString &name : s.devices) {
            if (auto it = current->constFind(name); it != current->constEnd())
                chosen << *it;
            else
                plan.problems << RenewProblem{name, tr("The ledger holds no certificate of this device in application "
                                                       "'%1'.").arg(s.application)};
        }
    } else {
        chosen = current->values();
        std::sort(chosen.begin(), chosen.end(),
                  [](const LedgerRecord &a, const LedgerRecord &b) { return a.device < b.device; });
    }
    if (s.expiringWithinDays) {
        const QDateTime limit = s.now.addDays(*s.expiringWithinDays);
        chosen.removeIf([&](const LedgerRecord &r) { return r.notAfter > limit; });
    }

    // Each device on its own (its files read, a new key made, its request
    // signed), on all cores; the plan keeps the order of `chosen`.
    const QString outDir = s.outDir.isEmpty() ? QString() : QDir(s.outDir).absolutePath();
    const std::function<Planned(const LedgerRecord &)> one = [&](const LedgerRecord &r) {
        return planDevice(r, s.newKey, outDir, cancel);
    };
    // A pool of its own: the caller may be a thread of the global pool
    // (RenewPlanJob), which would wait for itself on a machine with one core.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const QList<Planned> planned = QtConcurrent::blockingMapped(&pool, chosen, one);
    if (cancel && cancel->load())
        return Error(ErrorCode::Cancelled, tr("Cancelled."));
    for (const Planned &p : planned) {
        if (const auto *d = std::get_if<RenewalDevice>(&p))
            plan.devices << *d;
        else
            plan.problems << std::get<RenewProblem>(p);
    }
    return plan;
}

} // namespace dwb
