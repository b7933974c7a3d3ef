#include "core/config/SecretStore.h"

#include "core/config/SecretServiceLock.h"
#include "core/util/ErrorDetail.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}

struct JobOutcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Runs a job and waits for it (with a local event loop) at most timeoutMs.
// The job deletes itself when it finishes, even after a timeout.
JobOutcome runJob(QKeychain::Job *job, int timeoutMs)
{
    JobOutcome out;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *j) {
        out.finished = true;
        out.error = j->error();
        out.errorString = j->errorString();
        if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            out.text = r->textData();
        loop.quit();
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text fallback
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
    timer.start(timeoutMs);
    if (!out.finished)
        loop.exec();
    if (!out.finished)
        QObject::disconnect(job, nullptr, &loop, nullptr);
    return out;
}

// QtKeychain's errorString is often just "Unknown error" (no Secret Service
// on D-Bus): kept as the detail only when it says something.
Error noStore(const QString &detail)
{
    const QString message = noKeyStoreMessage();
    return Error(ErrorCode::Refused, message, usefulDetail(message, detail));
}

} // namespace

QString lockedKeyStoreMessage()
{
    return tr("The system key store is locked: the secrets in it cannot be read or added until it is "
              "unlocked. Unlock it (log in to the desktop again, or unlock the “Login” keyring in your "
              "password manager), then try again.");
}

QString noKeyStoreMessage()
{
    return tr("No system key store is available (no Secret Service or KWallet answers on D-Bus). "
              "Secrets can be kept for this session only, or, after an explicit choice, in a "
              "file readable only by you (plain text on disk).");
}

// ---- KeychainSecretStore ---------------------------------------------------

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

QString KeychainSecretStore::kindName() const
{
    return tr("system key store");
}

Status KeychainSecretStore::availability() const
{
    if (m_lockedSeen) {
        // Until the collection is unlocked (by the user, elsewhere).
        if (SecretServiceLock::defaultCollectionLocked(m_timeoutMs))
            return lockedError();
        m_lockedSeen = false;
    }
    if (m_probe)
        return *m_probe;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(u"dwb-probe"_s);
    const JobOutcome out = runJob(job, m_timeoutMs);
    if (!out.finished)
        m_probe = Status(noStore(u"key store did not answer within %1 ms"_s.arg(m_timeoutMs)));
    else if (out.error == QKeychain::NoError || out.error == QKeychain::EntryNotFound)
        m_probe = Status();
    else
        m_probe = Status(noStore(out.errorString));
    return *m_probe;
}

std::optional<QString> KeychainSecretStore::read(const QString &ref) const
{
    if (!availability())
        return std::nullopt;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(ref);
    const JobOutcome out = runJob(job, m_timeoutMs);
    if (!out.finished || out.error != QKeychain::NoError) {
        // Not returned: absent, or there but locked (an unlock prompt that
        // could not be shown or was dismissed reads as "not found").
        m_lockedSeen = SecretServiceLock::itemLocked(m_service, ref, m_timeoutMs);
        return std::nullopt;
    }
    m_lockedSeen = false;
    return out.text;
}

Error KeychainSecretStore::lockedError() const
{
    return Error(ErrorCode::Refused, lockedKeyStoreMessage());
}

Status KeychainSecretStore::store(const QString &ref, const QString &secret)
{
    if (Status st = availability(); !st)
        return st;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(ref);
    job->setTextData(secret);
    const JobOutcome out = runJob(job, m_timeoutMs);
    if (!out.finished)
        return noStore(u"write did not finish within %1 ms"_s.arg(m_timeoutMs));
    if (out.error != QKeychain::NoError) {
        if (SecretServiceLock::defaultCollectionLocked(m_timeoutMs)) {
            m_lockedSeen = true;
            return lockedError();
        }
        const QString message = tr("The system key store refused to store the secret.");
        return Error(ErrorCode::Refused, message, usefulDetail(message, out.errorString));
    }
    return {};
}

void KeychainSecretStore::write(const QString &ref, const QString &secret)
{
    (void)store(ref, secret);
}

void KeychainSecretStore::remove(const QString &ref)
{
    if (!availability())
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(ref);
    (void)runJob(job, m_timeoutMs);
}

// ---- FileSecretStore -------------------------------------------------------

FileSecretStore::FileSecretStore(QString path)
    : m_path(std::move(path))
{
}

QString FileSecretStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"Drogue IoT/Drogue Workbench/secrets.json"_s);
}

QString FileSecretStore::kindName() const
{
    return tr("file readable only by you (plain text)");
}

Result<QHash<QString, QString>> FileSecretStore::load() const
{
    QHash<QString, QString> h;
    if (!QFile::exists(m_path))
        return h;
    auto data = readWholeFile(m_path, 4 * 1024 * 1024);
    if (!data)
        return data.error();
    const QJsonDocument doc = QJsonDocument::fromJson(*data);
    if (!doc.isObject())
        return Error(ErrorCode::UnknownFormat,
                     tr("The secrets file %1 is damaged.").arg(QDir::toNativeSeparators(m_path)));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        h.insert(it.key(), it.value().toString());
    return h;
}

std::optional<QString> FileSecretStore::read(const QString &ref) const
{
    auto h = load();
    if (!h || !h->contains(ref))
        return std::nullopt;
    return h->value(ref);
}

Status FileSecretStore::store(const QString &ref, const QString &secret)
{
    auto h = load();
    if (!h)
        return h.error();
    h->insert(ref, secret);
    QJsonObject o;
    for (auto it = h->cbegin(); it != h->cend(); ++it)
        o.insert(it.key(), it.value());
    if (Status st = makeFolderFor(m_path, FolderMode::Private); !st)
        return st;
    return writeFileAtomically(m_path, QJsonDocument(o).toJson(), FileMode::Secret, Overwrite::Allow);
}

void FileSecretStore::write(const QString &ref, const QString &secret)
{
    (void)store(ref, secret);
}

void FileSecretStore::remove(const QString &ref)
{
    auto h = load();
    if (!h || !h->contains(ref))
        return;
    h->remove(ref);
    QJsonObject o;
    for (auto it = h->cbegin(); it != h->cend(); ++it)
        o.insert(it.key(), it.value());
    (void)writeFileAtomically(m_path, QJsonDocument(o).toJson(), FileMode::Secret, Overwrite::Allow);
}

// ---- TestSecretStore -------------------------------------------------------

std::optional<QString> TestSecretStore::read(const QString &ref) const
{
    if (!m_available || !m_secrets.contains(ref))
        return std::nullopt;
    return m_secrets.value(ref);
}

void TestSecretStore::write(const QString &ref, const QString &secret)
{
    (void)store(ref, secret);
}

void TestSecretStore::remove(const QString &ref)
{
    m_secrets.remove(ref);
}

Status TestSecretStore::availability() const
{
    return m_available ? Status() : Status(noStore(u"test store set unavailable"_s));
}

Status TestSecretStore::store(const QString &ref, const QString &secret)
{
    if (Status st = availability(); !st)
        return st;
    m_secrets.insert(ref, secret);
    return {};
}

std::unique_ptr<SecretStore> makeSecretStore(const QString &kind)
{
    if (kind == "session"_L1 || kind == "memory"_L1)
        return std::make_unique<InMemorySecretStore>();
    if (kind == "file"_L1)
        return std::make_unique<FileSecretStore>(FileSecretStore::defaultPath());
    if (kind == "test"_L1)
        return std::make_unique<TestSecretStore>();
    return std::make_unique<KeychainSecretStore>();
}

} // namespace dwb
