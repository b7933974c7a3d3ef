#include "core/ledger/LedgerRecord.h"

#include "core/crypto/ExtensionText.h"

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {
struct NamedRegistration {
    Registration value;
    const char *name;
};
constexpr NamedRegistration kRegistrations[] = {
    {Registration::Pending, "pending"},   {Registration::Registered, "registered"},
    {Registration::Offline, "offline"},   {Registration::Failed, "failed"},
    {Registration::Imported, "imported"},
};
} // namespace

QString registrationName(Registration r)
{
    for (const auto &n : kRegistrations)
        if (n.value == r)
            return QString::fromLatin1(n.name);
    return u"pending"_s;
}

std::optional<Registration> registrationFromName(const QString &name)
{
    for (const auto &n : kRegistrations)
        if (name == QLatin1StringView(n.name))
            return n.value;
    return std::nullopt;
}

QString ledgerKindName(LedgerKind k)
{
    return k == LedgerKind::Anchor ? u"anchor"_s : u"device"_s;
}

LedgerRecord LedgerRecord::fromCertificate(const Certificate &cert, const Certificate &anchor)
{
    LedgerRecord r;
    r.serial = cert.serialHex();
    r.subject = cert.subjectString();
    r.fingerprint = colonHex(cert.fingerprint(QCryptographicHash::Sha256));
    const PrivateKey key = cert.publicKey();
    if (const auto alg = key.algorithm())
        r.keyAlgorithm = algorithmName(*alg);
    else
        r.keyAlgorithm = u"%1 %2"_s.arg(key.typeName()).arg(key.bits());
    r.notBefore = cert.notBefore();
    r.notAfter = cert.notAfter();
    if (!anchor.isNull())
        r.anchorFingerprint = colonHex(anchor.fingerprint(QCryptographicHash::Sha256));
    r.kind = cert.isCa() && cert.isSelfIssued() ? LedgerKind::Anchor : LedgerKind::Device;
    r.recordedAt = QDateTime::currentDateTimeUtc();
    r.osUser = currentOsUser();
    return r;
}

qint64 LedgerRecord::daysLeft(const QDateTime &now) const
{
    const qint64 secs = now.secsTo(notAfter);
    // round towards minus infinity: an hour past expiry is day -1, not 0
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

QString currentOsUser()
{
    static const QString user = [] {   // once: getpwuid is not re-entrant
        if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
        return qEnvironmentVariable("USER");
    }();
    return user;
}

} // namespace dwb
