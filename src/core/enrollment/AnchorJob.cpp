#include "core/enrollment/AnchorJob.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/Ossl.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/token/Pkcs11Uri.h"
#include "core/token/TokenKeyGen.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace dwb {

AnchorJob::AnchorJob(RegistryClient *client, AnchorRequest request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
{
}

// A worker still generating stops soon (Job's destructor sets the flag); it
// only touches shared state.
AnchorJob::~AnchorJob() = default;

void AnchorJob::doStart()
{
    if (!m_client && !m_request.offline) {
        finish(Error(ErrorCode::InvalidArgument, tr("Not connected to a server.")));
        return;
    }
    // The ledger first: one that cannot be used stops the job before anything is made.
    if (auto ledger = openLedgerFor(m_request.ledger); !ledger) {
        finish(ledger.error());
        return;
    } else {
        m_ledger = std::move(*ledger);
    }
    const bool generating = m_request.source == AnchorRequest::Source::NewKey;
    Q_EMIT progress(generating ? tr("Generating the %1 key…").arg(algorithmDisplayName(m_request.algorithm))
                               : tr("Preparing the anchor certificate…"),
                    0, 0);
    if (generating) {
        // OpenSSL's keygen callback counts candidate primes: show it as activity.
        startTicking([this](int ticks) {
            return tr("Generating the %1 key… (%2 candidates tried)")
                .arg(algorithmDisplayName(m_request.algorithm))
                .arg(ticks);
        });
    }
    auto *watcher = new QFutureWatcher<Result<Prepared>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        stopTicking();
        onPrepared(watcher->future().result());
    });
    // The request is copied into the worker (keys are reference-counted and
    // only read there).
    watcher->setFuture(QtConcurrent::run(&AnchorJob::prepare, m_request, cancelFlag(), ticks()));
}

Result<AnchorJob::Prepared> AnchorJob::prepare(const AnchorRequest &r,
                                               std::shared_ptr<std::atomic_bool> cancel,
                                               std::shared_ptr<std::atomic_int> ticks)
{
    const ossl::ThreadStateRelease release; // a pool thread: its OpenSSL state goes with the work
    auto tr = [](const char *t) { return QCoreApplication::translate("dwb::AnchorJob", t); };
    if (const QString why = validateApplicationName(r.app); !why.isEmpty())
        return Error(ErrorCode::InvalidArgument, why);
    const bool refuse = r.overwrite == Overwrite::Refuse;
    if (refuse && !r.keyOutput.isEmpty() && QFileInfo::exists(r.keyOutput))
        return Error(ErrorCode::AlreadyExists,
                     tr("%1 exists already: choose another file for the CA key (nothing is overwritten).")
                         .arg(r.keyOutput));
    if (refuse && !r.certOutput.isEmpty() && QFileInfo::exists(r.certOutput))
        return Error(ErrorCode::AlreadyExists,
                     tr("%1 exists already: choose another file for the anchor certificate.").arg(r.certOutput));
    const SecretBytes noPass;
    const SecretBytes &pass = r.keyPassphrase ? *r.keyPassphrase : noPass;

    Prepared out;
    PrivateKey key;
    // A new key on a token: the key stays there, keyOutput names it (no file).
    const bool onToken = r.source == AnchorRequest::Source::NewKey && Pkcs11Uri::looksLike(r.keyOutput);
    switch (r.source) {
    case AnchorRequest::Source::NewKey: {
        if (r.keyOutput.isEmpty())
            return Error(ErrorCode::InvalidArgument, tr("Choose a file for the new CA key."));
        if (onToken) { // made on the token, in one call (C_GenerateKeyPair cannot be interrupted)
            if (cancel->load())
                return Error(ErrorCode::Cancelled, tr("Cancelled: nothing was made or registered."));
            auto k = generateTokenKey(r.keyOutput, r.algorithm, r.tokenPin ? r.tokenPin->clone() : SecretBytes());
            if (!k)
                return k.error();
            key = *k;
            break;
        }
        auto k = generateKeyForJob(r.algorithm, cancel, ticks);
        if (!k)
            return k.error();
        key = *k;
        break;
    }
    case AnchorRequest::Source::ExistingKey:
        if (r.key.isNull() || !r.key.hasPrivate())
            return Error(ErrorCode::InvalidArgument, tr("Choose the CA key to use."));
        if (Status st = checkDrogueKey(r.key, r.keyInputPath); !st)
            return st.error();
        key = r.key;
        break;
    case AnchorRequest::Source::ExistingCertificate:
        if (r.certificate.isNull())
            return Error(ErrorCode::InvalidArgument, tr("Choose the CA certificate to register."));
        if (!r.certificate.isCa())
            return Error(ErrorCode::InvalidArgument,
                         tr("'%1' is not a CA certificate (basicConstraints CA:TRUE is missing): it cannot "
                            "be a trust anchor.").arg(r.certificate.subjectString()));
        if (!r.key.isNull() && !r.certificate.matches(r.key))
            return Error(ErrorCode::Mismatch,
                         tr("The key %1 does not belong to the certificate '%2'.")
                             .arg(r.keyInputPath, r.certificate.subjectString()));
        key = r.key;
        out.anchor = r.certificate;
        break;
    }
    if (cancel->load())
        return Error(ErrorCode::Cancelled,
                     onToken ? tr("Cancelled: the key %1 stays on the token; nothing was registered.").arg(r.keyOutput)
                             : tr("Cancelled: nothing was written or registered."));

    if (out.anchor.isNull()) {
        auto cert = createTrustAnchor(r.app, key, r.days);
        if (!cert)
            return cert.error();
        out.anchor = *cert;
    }
    out.key = key;
    out.keyPath = onToken ? r.keyOutput : r.keyInputPath;
    if (!onToken && !r.keyOutput.isEmpty() && !key.isNull()) {
        if (Status st = writeKeyAndReadBack(key, r.keyOutput, pass, r.overwrite); !st)
            return st.error();
        out.keyPath = r.keyOutput;
    }
    if (!r.certOutput.isEmpty()) {
        // Next to the CA key by default: that folder is private.
        if (Status st = makeFolderFor(r.certOutput, FolderMode::Private); !st)
            return st.error();
        if (Status st = writeFileAtomically(r.certOutput, out.anchor.toPem(), FileMode::Public, r.overwrite); !st)
            return st.error();
        out.certPath = r.certOutput;
    }
    return out;
}

void AnchorJob::onPrepared(const Result<Prepared> &prepared)
{
    if (!prepared) {
        finish(prepared.error());
        return;
    }
    const Prepared p = *prepared;
    if (!p.keyPath.isEmpty() && p.keyPath == m_request.keyOutput && !Pkcs11Uri::looksLike(p.keyPath))
        Q_EMIT keyWritten(p.keyPath);
    const QString keptAt = p.keyPath.isEmpty() ? QString() : tr(" The CA key is kept at %1.").arg(p.keyPath);
    if (!record(p))
        return;
    if (m_request.offline) { // files only: done
        AnchorOutcome o;
        o.app = m_request.app;
        o.anchor = p.anchor;
        o.keyPath = p.keyPath;
        o.key = p.key;
        o.certPath = p.certPath;
        finish(o);
        return;
    }
    if (cancelRequested()) {
        finish(Error(ErrorCode::Cancelled, tr("Cancelled before the anchor was sent: nothing was registered.") + keptAt));
        return;
    }
    if (!m_client) {
        finish(Error(ErrorCode::Network, tr("The connection was closed: the anchor was not added.") + keptAt));
        return;
    }
    Q_EMIT progress(tr("Adding the anchor to application '%1'…").arg(m_request.app), 0, 0);
    const QByteArray pem = p.anchor.toPem();
    auto *watcher = new QFutureWatcher<Result<Application>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, p, pem, keptAt] {
        watcher->deleteLater();
        const QFuture<Result<Application>> f = watcher->future();
        if (f.resultCount() == 0) {
            finish(Error(ErrorCode::Network, tr("The connection was closed: the anchor was not added.") + keptAt));
            return;
        }
        const Result<Application> app = f.result();
        if (!app) {
            (void)recordOutcome(false, app.error().toString());
            finish(Error(app.error().code,
                         tr("The server did not add the anchor: %1.").arg(app.error().message) + keptAt,
                         app.error().detail));
            return;
        }
        const auto pems = app->trustAnchorPems();
        const auto statuses = app->trustAnchorStatuses();
        const int index = int(pems.lastIndexOf(pem));
        if (index < 0) {
            finish(Error(ErrorCode::MalformedResponse,
                         tr("The server's answer does not list the new anchor.") + keptAt));
            return;
        }
        if (index < statuses.size() && !statuses.at(index).valid) {
            finish(Error(ErrorCode::BadRequest,
                         tr("The server stored the anchor but marks it invalid: %1 %2.")
                             .arg(statuses.at(index).error, statuses.at(index).message) + keptAt));
            return;
        }
        if (Status st = recordOutcome(true, {}); !st) {
            finish(Error(st.error().code,
                         tr("The anchor was added, but the ledger could not record it: %1").arg(st.error().message)
                             + keptAt,
                         st.error().detail));
            return;
        }
        AnchorOutcome o;
        o.app = m_request.app;
        o.index = index;
        o.anchor = p.anchor;
        o.keyPath = p.keyPath;
        o.key = p.key;
        o.certPath = p.certPath;
        o.resourceVersion = app->resourceVersion();
        finish(o);
    });
    watcher->setFuture(m_client->modifyApp(m_request.app, [pem](Application &a) {
        a.addTrustAnchor(pem);
        return Status();
    }));
}

bool AnchorJob::record(const Prepared &p)
{
    if (!m_ledger)
        return true;
    LedgerRecord r = LedgerRecord::fromCertificate(p.anchor, p.anchor); // an anchor issues itself
    r.kind = LedgerKind::Anchor;
    r.context = m_request.ledger.contextFor(m_request.offline || !m_client,
                                            m_client ? m_client->settings().contextName : QString());
    r.application = m_request.app;
    r.source = m_request.ledger.source;
    // The key is listed when this job wrote it (not a key it was only given).
    // (A key made on a token is no file: only the certificate is listed.)
    const QString writtenKey
        = p.keyPath == m_request.keyOutput && !Pkcs11Uri::looksLike(p.keyPath) ? p.keyPath : QString();
    const Result<qint64> id = recordBeforeRegistration(*m_ledger, r, {writtenKey, p.certPath}, m_request.offline);
    if (!id) {
        finish(id.error());
        return false;
    }
    m_recordId = *id;
    return true;
}

Status AnchorJob::recordOutcome(bool registered, const QString &detail)
{
    return recordRegistration(m_ledger.get(), m_recordId, registered, detail);
}

void AnchorJob::finish(Result<AnchorOutcome> result)
{
    if (isFinished())
        return;
    m_result.emplace(std::move(result));
    Job::finish(statusOf(*m_result));
}

} // namespace dwb
