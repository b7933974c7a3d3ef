#include "core/enrollment/BatchDeviceWork.h"

#include "core/crypto/Importer.h"
#include "core/crypto/Profiles.h"
#include "core/token/TokenProbe.h"
#include "core/util/SafeFile.h"

#include <QFile>

#include <openssl/x509.h>

#include <utility>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace dwb {

QString batchKeyName(const QString &stem) { return stem + ".key"_L1; }
QString batchCertName(const QString &stem) { return stem + ".pem"_L1; }
QString batchPkcs12Name(const QString &stem) { return stem + ".p12"_L1; }
QString batchDerName(const QString &stem) { return stem + ".der"_L1; }

namespace {

bool fileExists(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

// A certificate already on disk is kept when it is for this key, this
// device and was issued by this anchor (signature checked).
bool certificateFits(const BatchWork &s, const Certificate &cert, const PrivateKey &key, const QString &device)
{
    if (cert.isNull() || !cert.matches(key))
        return false;
    if (cert.subjectString() != deviceSubjectString(device, s.app) || cert.issuerString() != s.anchorSubject)
        return false;
    const PrivateKey anchorKey = s.anchor.publicKey();
    return !anchorKey.isNull() && X509_verify(cert.get(), anchorKey.get()) == 1;
}

// The DER form of a board's certificate beside its PEM: one that holds
// exactly these bytes is kept, another one (left by an earlier run) is
// replaced only when the PEM was found there too (resumed), never in a new
// batch's files.
Status ensureDer(const BatchWork &s, const QString &stem, const QByteArray &pem, bool resumed)
{
    auto cert = Certificate::fromPem(pem);
    if (!cert)
        return cert.error();
    const QByteArray der = cert->toDer();
    const QString name = batchDerName(stem);
    const QString path = s.outDir + u'/' + name;
    const bool onDisk = !s.newBatch && fileExists(path);
    auto onDiskFits = [&] {
        auto data = readWholeFile(path, 1024 * 1024);
        return data && *data == der;
    };
    if (onDisk && onDiskFits())
        return {};
    Status st = s.write(name, der, FileMode::Public, onDisk && resumed ? Overwrite::Allow : Overwrite::Refuse);
    if (!st && st.error().code == ErrorCode::AlreadyExists && onDiskFits())
        return {};
    return st;
}

// The device's ledger record, packed: from the DER of the certificate
// just written, or of the one kept (no public key decoded for a new one:
// the caller names its key's algorithm; a kept one's is read from it).
bool fillRecord(const BatchWork &s, const DeviceListEntry &e, const Certificate &cert, const QByteArray &der,
                const QString &keyAlgorithm, QStringList files, BatchDeviceOutcome &o)
{
    if (!s.ledger)
        return true;
    if (const QString key = s.keyFiles.value(o.index); !key.isEmpty())
        files << key;
    const bool kept = !cert.isNull();
    auto r = PackedLedgerRecord::fromDeviceCertificateDer(kept ? cert.toDer() : der, e.name,
                                                          kept ? ledgerKeyAlgorithm(cert.publicKey()) : keyAlgorithm,
                                                          files, s.replaces.value(o.index));
    if (!r) {
        o.error = r.error().toString();
        return false;
    }
    o.record = std::move(*r);
    return true;
}

// After a signature failed: whether the CA key's token is gone (pulled, or
// its module lost it). Then the device is not done, nothing more is made,
// and a re-run finishes it; a failure with the token still there is the
// device's failure as before.
bool tokenGoneAfterFailure(const BatchWork &s, BatchDeviceOutcome &o)
{
    if (s.caKeyUri.isEmpty() || !s.tokenGone)
        return false;
    if (!s.tokenGone->load() && tokenPresent(s.caKeyUri))
        return false;
    s.tokenGone->store(true);
    o.cancelled = o.tokenGone = true;
    return true;
}

// A board's request: the certificate only (the key stays on the board); the
// one on disk is kept when it is for the request's key, this device and
// this anchor.
BatchDeviceOutcome ensureRequestCertificate(const BatchWork &s, const DeviceListEntry &e, int index)
{
    BatchDeviceOutcome o;
    o.index = index;
    const CertificateRequest &request = s.requests.at(index);
    const QString certFileName = batchCertName(e.fileStem);
    const QString certFile = s.outDir + u'/' + certFileName;
    const PrivateKey boardKey = request.publicKey();
    Certificate kept;
    auto onDiskFits = [&] {
        auto data = readWholeFile(certFile, 1024 * 1024);
        auto cert = data ? Certificate::fromPem(*data) : Result<Certificate>(data.error());
        if (cert && certificateFits(s, *cert, boardKey, e.name))
            kept = *cert;
        return !kept.isNull();
    };
    bool certOnDisk = !s.newBatch && fileExists(certFile);
    if (certOnDisk && onDiskFits()) {
        if (s.der) {
            auto data = readWholeFile(certFile, 1024 * 1024);
            Status st = data ? ensureDer(s, e.fileStem, *data, true) : Status(data.error());
            if (!st) {
                o.error = st.error().toString();
                return o;
            }
        }
        o.ok = fillRecord(s, e, kept, {}, {}, {certFile}, o);
        return o;
    }
    // The tray was judged before the batch began (readRequestFolder: every
    // signature verified, every key one Drogue accepts), so the device
    // profile's certificate comes from the batch's fast issuer; copied SANs
    // need the request's own extensions (and it checks the request again).
    QByteArray pem, der;
    if (!s.signing.copySubjectAltNames && !s.signing.keepSubject) {
        auto issued = s.issuer->issuePem(e.name, boardKey, &der);
        if (!issued) {
            tokenGoneAfterFailure(s, o);
            o.error = issued.error().message;
            return o;
        }
        pem = *issued;
    } else {
        auto cert = issueDeviceCertificateForRequest(e.name, s.app, request, s.caKey, s.anchor, s.signing, s.days);
        if (!cert) {
            tokenGoneAfterFailure(s, o);
            o.error = cert.error().message;
            return o;
        }
        pem = cert->toPem();
        der = cert->toDer();
    }
    Status st = s.write(certFileName, pem, FileMode::Public, certOnDisk ? Overwrite::Allow : Overwrite::Refuse);
    if (!st && st.error().code == ErrorCode::AlreadyExists && !certOnDisk) // there although the batch is new
        st = onDiskFits() ? Status() : s.write(certFileName, pem, FileMode::Public, Overwrite::Allow);
    if (!st) {
        o.error = st.error().toString();
        return o;
    }
    if (s.der) { // after the PEM, through the same writer
        if (Status derWritten = ensureDer(s, e.fileStem, pem, certOnDisk); !derWritten) {
            o.error = derWritten.error().toString();
            return o;
        }
    }
    o.generated = true;
    QStringList written{certFile};
    if (s.der)
        written << s.outDir + u'/' + batchDerName(e.fileStem);
    o.ok = fillRecord(s, e, kept, der, s.ledger ? ledgerKeyAlgorithm(boardKey) : QString(), written, o);
    return o;
}

} // namespace

BatchDeviceOutcome ensureDeviceFiles(const BatchWork &s, const DeviceListEntry &e, int index)
{
    BatchDeviceOutcome o;
    o.index = index;
    if (s.cancel->load() || (s.tokenGone && s.tokenGone->load())) {
        o.cancelled = true;
        return o;
    }
    if (!s.requests.isEmpty())
        return ensureRequestCertificate(s, e, index);
    const QString keyFileName = batchKeyName(e.fileStem), certFileName = batchCertName(e.fileStem);
    const QString keyFile = s.outDir + u'/' + keyFileName, certFile = s.outDir + u'/' + certFileName;

    PrivateKey key;
    auto keyOnDiskFits = [&] {
        if (auto data = readWholeFile(keyFile, 1024 * 1024)) {
            SecretBytes secret(std::move(*data));
            if (auto k = importPrivateKey(secret.bytes()); k && k->hasPrivate() && k->algorithm() == s.algorithm)
                key = *k;
        }
        return !key.isNull();
    };
    bool keyOnDisk = !s.newBatch && fileExists(keyFile);
    if (!keyOnDisk || !keyOnDiskFits()) {
        auto k = s.issuer->generateKey(s.algorithm, s.cancel);
        if (!k) {
            o.cancelled = k.error().code == ErrorCode::Cancelled;
            o.error = k.error().toString();
            return o;
        }
        auto pem = s.issuer->keyPem(*k);
        if (!pem) {
            o.error = pem.error().toString();
            return o;
        }
        // An unreadable key (e.g. cut short by a crash) is replaced.
        Status st = s.write(keyFileName, pem->bytes(), FileMode::Secret, keyOnDisk ? Overwrite::Allow : Overwrite::Refuse);
        if (!st && st.error().code == ErrorCode::AlreadyExists && !keyOnDisk) {
            keyOnDisk = true;   // there although the batch is new
            st = keyOnDiskFits() ? Status() : s.write(keyFileName, pem->bytes(), FileMode::Secret, Overwrite::Allow);
        }
        if (!st) {
            o.error = st.error().toString();
            return o;
        }
        if (key.isNull()) {
            key = *k;
            o.generated = true;
        }
    }

    Certificate cert;
    QByteArray issuedDer;   // the certificate written in this run
    bool certOnDisk = !s.newBatch && fileExists(certFile);
    auto certOnDiskFits = [&] {
        if (auto data = readWholeFile(certFile, 1024 * 1024)) {
            if (auto c = Certificate::fromPem(*data); c && certificateFits(s, *c, key, e.name))
                cert = *c;
        }
        return !cert.isNull();
    };
    if (o.generated || !certOnDisk || !certOnDiskFits()) {
        QByteArray der;
        auto pem = s.issuer->issuePem(e.name, key, &der);
        if (!pem) {
            tokenGoneAfterFailure(s, o); // the key written stays: a re-run uses it
            o.error = pem.error().toString();
            return o;
        }
        Status st = s.write(certFileName, *pem, FileMode::Public, certOnDisk ? Overwrite::Allow : Overwrite::Refuse);
        if (!st && st.error().code == ErrorCode::AlreadyExists && !certOnDisk) {
            certOnDisk = true;   // there although the batch is new
            st = !o.generated && certOnDiskFits() ? Status() : s.write(certFileName, *pem, FileMode::Public, Overwrite::Allow);
        }
        if (!st) {
            o.error = st.error().toString();
            return o;
        }
        if (cert.isNull()) {
            o.generated = true;
            issuedDer = der;
            if (s.pkcs12) {
                auto parsed = Certificate::fromPem(*pem);
                if (!parsed) {
                    o.error = parsed.error().toString();
                    return o;
                }
                cert = *parsed;
            }
        }
    }

    if (s.pkcs12) {
        const QString p12FileName = batchPkcs12Name(e.fileStem);
        const bool p12OnDisk = fileExists(s.outDir + u'/' + p12FileName);
        if (o.generated || !p12OnDisk) {
            auto p12 = exportPkcs12(key, cert, {s.anchor}, s.pkcs12Passphrase, e.name);
            if (!p12) {
                o.error = p12.error().toString();
                return o;
            }
            SecretBytes bytes(std::move(*p12));
            if (Status st = s.write(p12FileName, bytes.bytes(), FileMode::Secret,
                                    p12OnDisk ? Overwrite::Allow : Overwrite::Refuse);
                !st) {
                o.error = st.error().toString();
                return o;
            }
            o.generated = true;
        }
    }
    QStringList files{keyFile, certFile};
    if (s.pkcs12)
        files << s.outDir + u'/' + batchPkcs12Name(e.fileStem);
    o.ok = fillRecord(s, e, cert, issuedDer, algorithmName(s.algorithm), files, o);
    return o;
}

} // namespace dwb
