#include "core/enrollment/EnrollJob.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/Ossl.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/DeviceCertificateCheck.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace dwb {

QString EnrollJob::keyFileName(const QString &dir, const QString &device)
{
    return QDir(dir).filePath(device + u".key"_s);
}
QString EnrollJob::certFileName(const QString &dir, const QString &device)
{
    return QDir(dir).filePath(device + u".pem"_s);
}
QString EnrollJob::chainFileName(const QString &dir, const QString &device)
{
    return QDir(dir).filePath(device + u"-chain.pem"_s);
}

QString EnrollJob::derFileName(const QString &dir, const QString &device)
{
    return QDir(dir).filePath(device + u".der"_s);
}

QString EnrollJob::pkcs12FileName(const QString &dir, const QString &device)
{
    return QDir(dir).filePath(device + u".p12"_s);
}

EnrollJob::EnrollJob(RegistryClient *client, EnrollRequest request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
{
}

EnrollJob::~EnrollJob() = default;

void EnrollJob::cancel()
{
    Job::cancel();
    if (!isRunning())
        return;
    // A request that hangs must not hold the user: finish now, ignore its answer.
    if (m_phase == Phase::Reading) {
        finish(Error(ErrorCode::Cancelled, tr("Cancelled: nothing was written or registered.")));
    } else if (m_phase == Phase::Registering) {
        QStringList files;
        for (const QString &f : std::as_const(m_written))
            files << QDir::toNativeSeparators(f);
        finish(Error(ErrorCode::Cancelled,
                     tr("Stopped while registering device '%1': the server had not answered, and it may still "
                        "register the device with the alias '%2' (check the device list before enrolling it "
                        "again). The files written stay: %3.")
                         .arg(m_request.device, m_alias,
                              files.isEmpty() ? tr("none (the certificate is registered as it is)")
                                              : files.join(u", "_s))));
    }
}

void EnrollJob::doStart()
{
    if (!m_client && !m_request.offline) {
        finish(Error(ErrorCode::InvalidArgument, tr("Not connected to a server.")));
        return;
    }
    if (const QString why = validateDeviceName(m_request.device); !why.isEmpty()) {
        finish(Error(ErrorCode::InvalidArgument, why));
        return;
    }
    // The ledger first: one that cannot be used stops the job before anything is made.
    if (auto ledger = openLedgerFor(m_request.ledger); !ledger) {
        finish(ledger.error());
        return;
    } else {
        m_ledger = std::move(*ledger);
    }
    if (m_request.offline) { // the anchor is the certificate given with the CA key
        if (m_request.source == EnrollRequest::Source::ExistingCertificate) {
            finish(Error(ErrorCode::InvalidArgument,
                         tr("A device certificate is registered as it is on the server: it has no offline form.")));
            return;
        }
        auto cert = findCertificateForKey(m_request.offlineAnchors, m_request.caKey, m_request.caKeyPath,
                                          m_request.offlineAnchorsPath);
        prepareFiles(cert ? Result<AnchorMatch>(AnchorMatch{-1, *cert}) : Result<AnchorMatch>(cert.error()));
        return;
    }
    Q_EMIT progress(tr("Reading the trust anchors of application '%1'…").arg(m_request.app), 0, 0);
    auto *watcher = new QFutureWatcher<Result<Application>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (isFinished())
            return; // cancelled while the application was read
        const auto f = watcher->future();
        if (f.resultCount() == 0) {
            finish(Error(ErrorCode::Network, tr("The connection was closed.")));
            return;
        }
        onApplication(f.result());
    });
    watcher->setFuture(m_client->getApp(m_request.app));
}

void EnrollJob::onApplication(const Result<Application> &app)
{
    if (!app) {
        finish(app.error());
        return;
    }
    if (cancelRequested()) {
        finish(Error(ErrorCode::Cancelled, tr("Cancelled: nothing was written or registered.")));
        return;
    }
    // An existing certificate needs no CA key: it must chain to an anchor and
    // pass Drogue's device rules (one check, shared with dwb and the wizard).
    prepareFiles(m_request.source == EnrollRequest::Source::ExistingCertificate
                     ? checkExistingDeviceCertificate(*app, m_request.deviceCertificate, m_request.deviceKey,
                                                      m_request.caKey, m_request.caKeyPath)
                     : findAnchorForKey(*app, m_request.caKey, m_request.caKeyPath));
}

void EnrollJob::prepareFiles(const Result<AnchorMatch> &match)
{
    if (!match) {
        finish(match.error());
        return;
    }
    m_anchor = match->certificate;
    m_anchorIndex = match->index;
    m_phase = Phase::Preparing;

    if (m_request.source == EnrollRequest::Source::NewKey) {
        Q_EMIT progress(tr("Generating the %1 device key…").arg(algorithmDisplayName(m_request.algorithm)), 0, 0);
        startTicking([this](int ticks) {
            return tr("Generating the %1 device key… (%2 candidates tried)")
                .arg(algorithmDisplayName(m_request.algorithm))
                .arg(ticks);
        });
    } else {
        Q_EMIT progress(tr("Writing the files…"), 0, 0);
    }
    auto *watcher = new QFutureWatcher<Result<Prepared>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        stopTicking();
        onPrepared(watcher->future().result());
    });
    watcher->setFuture(QtConcurrent::run(&EnrollJob::prepare, m_request, m_anchor, cancelFlag(), ticks()));
}

Result<EnrollJob::Prepared> EnrollJob::prepare(const EnrollRequest &r, const Certificate &anchor,
                                               std::shared_ptr<std::atomic_bool> cancel,
                                               std::shared_ptr<std::atomic_int> ticks)
{
    const ossl::ThreadStateRelease release; // a pool thread: its OpenSSL state goes with the work
    auto tr = [](const char *t) { return QCoreApplication::translate("dwb::EnrollJob", t); };
    Prepared out;
    if (r.source == EnrollRequest::Source::ExistingCertificate) {
        out.certificate = r.deviceCertificate; // checked in onApplication()
        return out; // registered as it is: nothing to write
    }
    if (r.source == EnrollRequest::Source::Request)
        return prepareFromRequest(r, anchor);
    if (r.writeDer || !r.derOutput.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("A DER certificate is written for a certificate request; a device key made or imported "
                        "here gets PEM files or PKCS#12."));
    // The files: <outputDir>/<device>.* (the wizard), or those named (dwb).
    const bool named = !r.certOutput.isEmpty();
    if (!named && !r.writePem && !r.writePkcs12)
        return Error(ErrorCode::InvalidArgument, tr("Choose PEM files, a PKCS#12 file or both."));
    if (!named && r.outputDir.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose a folder for the device's files."));
    if (named && r.keyOutput.isEmpty() && r.source == EnrollRequest::Source::NewKey)
        return Error(ErrorCode::InvalidArgument, tr("Choose a file for the new device key."));
    const QString keyPath = named ? r.keyOutput : r.writePem ? keyFileName(r.outputDir, r.device) : QString();
    const QString certPath = named ? r.certOutput : r.writePem ? certFileName(r.outputDir, r.device) : QString();
    const QString p12Path = !named && r.writePkcs12 ? pkcs12FileName(r.outputDir, r.device) : QString();
    for (const QString &p : {keyPath, certPath, p12Path}) {
        if (r.overwrite == Overwrite::Refuse && !p.isEmpty() && QFileInfo::exists(p))
            return Error(ErrorCode::AlreadyExists,
                         named ? tr("%1 exists already: nothing was written (nothing is overwritten).").arg(p)
                               : tr("%1 exists already: choose another folder (nothing is overwritten).").arg(p));
    }
    if (!named) {
        if (Status st = makeFolder(r.outputDir, FolderMode::Private); !st) // it will hold the device key
            return st.error();
    }

    PrivateKey key;
    if (r.source == EnrollRequest::Source::NewKey) {
        auto k = generateKeyForJob(r.algorithm, cancel, ticks);
        if (!k)
            return k.error();
        key = *k;
    } else {
        if (r.deviceKey.isNull() || !r.deviceKey.hasPrivate())
            return Error(ErrorCode::InvalidArgument, tr("Choose the device key to import."));
        if (Status st = checkDrogueKey(r.deviceKey, r.deviceKeyPath); !st)
            return st.error();
        key = r.deviceKey;
    }
    if (cancel->load())
        return Error(ErrorCode::Cancelled, tr("Cancelled: nothing was written or registered."));
    auto cert = issueDeviceCertificate(r.device, r.app, key, r.caKey, anchor, r.days);
    if (!cert)
        return cert.error();
    out.certificate = *cert;

    // Key first (0600, read back), then the certificate, then PKCS#12.
    if (!keyPath.isEmpty()) {
        if (Status st = writeKeyAndReadBack(key, keyPath, {}, r.overwrite); !st)
            return st.error();
        out.keyPath = keyPath;
    }
    if (!certPath.isEmpty()) {
        if (Status st = writeFileAtomically(certPath, cert->toPem(), FileMode::Public, r.overwrite); !st)
            return st.error();
        out.certPath = certPath;
    }
    if (!p12Path.isEmpty()) {
        const SecretBytes none;
        auto p12 = exportPkcs12(key, *cert, {anchor}, r.pkcs12Passphrase ? *r.pkcs12Passphrase : none, r.device);
        if (!p12)
            return p12.error();
        if (Status st = writeFileAtomically(p12Path, *p12, FileMode::Secret, Overwrite::Refuse); !st)
            return st.error();
        out.pkcs12Path = p12Path;
    }
    return out;
}

Result<EnrollJob::Prepared> EnrollJob::prepareFromRequest(const EnrollRequest &r, const Certificate &anchor)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("dwb::EnrollJob", t); };
    const bool named = !r.certOutput.isEmpty();
    if (!named && !r.writePem)
        return Error(ErrorCode::InvalidArgument,
                     tr("A certificate request gets a PEM certificate: a PKCS#12 file would need the private key, "
                        "which stays on the board."));
    if (!named && r.outputDir.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose a folder for the device's files."));
    const QString certPath = named ? r.certOutput : certFileName(r.outputDir, r.device);
    const QString chainPath = named ? r.chainOutput : chainFileName(r.outputDir, r.device);
    const QString derPath = named ? r.derOutput : r.writeDer ? derFileName(r.outputDir, r.device) : QString();
    for (const QString &p : {certPath, derPath, chainPath}) {
        if (r.overwrite == Overwrite::Refuse && !p.isEmpty() && QFileInfo::exists(p))
            return Error(ErrorCode::AlreadyExists,
                         named ? tr("%1 exists already: nothing was written (nothing is overwritten).").arg(p)
                               : tr("%1 exists already: choose another folder (nothing is overwritten).").arg(p));
    }
    // Refuses a request whose signature does not verify or whose key Drogue
    // does not accept before anything is signed (the reasons in the message).
    auto cert = issueDeviceCertificateForRequest(r.device, r.app, r.certificateRequest, r.caKey, anchor,
                                                 r.requestSigning, r.days);
    if (!cert)
        return cert.error();
    if (!named) {
        if (Status st = makeFolder(r.outputDir, FolderMode::Private); !st)
            return st.error();
    }
    if (Status st = writeFileAtomically(certPath, cert->toPem(), FileMode::Public, r.overwrite); !st)
        return st.error();
    Prepared out;
    out.certificate = *cert;
    out.certPath = certPath;
    if (!derPath.isEmpty()) { // the same certificate, DER-encoded
        if (Status st = writeFileAtomically(derPath, cert->toDer(), FileMode::Public, r.overwrite); !st)
            return st.error();
        out.derPath = derPath;
    }
    if (!chainPath.isEmpty()) {
        if (Status st = writeFileAtomically(chainPath, QByteArray(cert->toPem() + anchor.toPem()), FileMode::Public,
                                                r.overwrite);
            !st)
            return st.error();
        out.chainPath = chainPath;
    }
    return out;
}

void EnrollJob::onPrepared(const Result<Prepared> &prepared)
{
    if (!prepared) {
        finish(prepared.error());
        return;
    }
    const Prepared p = *prepared;
    if (!record(p))
        return;
    if (m_request.offline) { // files only: done
        EnrollOutcome o;
        o.app = m_request.app;
        o.device = m_request.device;
        o.certificate = p.certificate;
        o.anchor = m_anchor;
        o.alias = p.certificate.subjectString();
        o.keyPath = p.keyPath;
        o.certPath = p.certPath;
        o.pkcs12Path = p.pkcs12Path;
        o.chainPath = p.chainPath;
        o.derPath = p.derPath;
        finish(o);
        return;
    }
    if (cancelRequested()) {
        finish(Error(ErrorCode::Cancelled,
                     tr("Cancelled before the device was registered; the files written stay in %1.")
                         .arg(m_request.outputDir)));
        return;
    }
    if (!m_client) {
        finish(Error(ErrorCode::Network, tr("The connection was closed: the device was not registered.")));
        return;
    }
    const QString subject = p.certificate.subjectString();
    m_phase = Phase::Registering;
    m_alias = subject;
    m_written.clear();
    for (const QString &f : {p.keyPath, p.certPath, p.pkcs12Path, p.derPath, p.chainPath})
        if (!f.isEmpty())
            m_written << f;
    Q_EMIT progress(tr("Registering device '%1' with the alias '%2'…").arg(m_request.device, subject), 0, 0);
    auto *watcher = new QFutureWatcher<Result<Device>>(this);
    auto created = std::make_shared<bool>(false);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, p, subject, created] {
        watcher->deleteLater();
        if (isFinished())
            return; // cancelled while registering: cancel() has said what may have happened
        const auto f = watcher->future();
        if (f.resultCount() == 0) {
            finish(Error(ErrorCode::Network, tr("The connection was closed: the device was not registered.")));
            return;
        }
        const Result<Device> dev = f.result();
        if (!dev) {
            QString why = dev.error().message;
            if (why.endsWith(u'.'))
                why.chop(1); // the sentence below ends it
            (void)recordOutcome(false, dev.error().toString()); // the server's refusal is the message
            finish(Error(dev.error().code,
                         m_written.isEmpty()
                             ? tr("The device was not registered: %1.").arg(why)
                             : tr("The device was not registered: %1. The files written stay where they are.")
                                   .arg(why),
                         dev.error().detail));
            return;
        }
        if (Status st = recordOutcome(true, {}); !st) {
            finish(Error(st.error().code,
                         tr("Device '%1' was registered, but the ledger could not record it: %2")
                             .arg(m_request.device, st.error().message),
                         st.error().detail));
            return;
        }
        EnrollOutcome o;
        o.app = m_request.app;
        o.device = m_request.device;
        o.certificate = p.certificate;
        o.anchor = m_anchor;
        o.anchorIndex = m_anchorIndex;
        o.alias = subject;
        o.created = *created;
        o.keyPath = p.keyPath;
        o.certPath = p.certPath;
        o.pkcs12Path = p.pkcs12Path;
        o.chainPath = p.chainPath;
        o.derPath = p.derPath;
        o.stored = *dev;
        finish(o);
    });
    watcher->setFuture(m_client->modifyDevice(
        m_request.app, m_request.device,
        [subject, created](Device &d) {
            *created = d.resourceVersion().isEmpty();
            d.addAlias(subject);
            return Status();
        },
        true));
}

bool EnrollJob::record(const Prepared &p)
{
    if (!m_ledger)
        return true;
    LedgerRecord r = LedgerRecord::fromCertificate(p.certificate, m_anchor);
    r.kind = LedgerKind::Device;
    r.context = m_request.ledger.contextFor(m_request.offline || !m_client,
                                            m_client ? m_client->settings().contextName : QString());
    r.application = m_request.app;
    r.device = m_request.device;
    r.source = m_request.ledger.source;
    const Result<qint64> id = recordBeforeRegistration(
        *m_ledger, r, {p.keyPath, p.certPath, p.pkcs12Path, p.derPath, p.chainPath}, m_request.offline);
    if (!id) {
        finish(id.error());
        return false;
    }
    m_recordId = *id;
    return true;
}

Status EnrollJob::recordOutcome(bool registered, const QString &detail)
{
    return recordRegistration(m_ledger.get(), m_recordId, registered, detail);
}

void EnrollJob::finish(Result<EnrollOutcome> result)
{
    if (isFinished())
        return;
    m_result.emplace(std::move(result));
    Job::finish(statusOf(*m_result));
}

} // namespace dwb
