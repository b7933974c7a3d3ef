#include "core/ledger/LedgerRecord.h"

#include "core/crypto/ExtensionText.h"

#include <QCryptographicHash>

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

qint64 ledgerSeconds(const QDateTime &t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

QDateTime ledgerTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

qsizetype ledgerFingerprintBytes(QStringView text, char *out)
{
    const qsizetype n = text.size();
    if (n < 2 || (n + 1) % 3 != 0)
        return -1;
    const char16_t *c = text.utf16();
    auto digit = [](char16_t u) {
        return u >= u'0' && u <= u'9' ? int(u - u'0') : u >= u'A' && u <= u'F' ? int(u - u'A' + 10) : -1;
    };
    for (qsizetype i = 0; i < n; i += 3) {
        const int high = digit(c[i]), low = digit(c[i + 1]);
        if (high < 0 || low < 0 || (i + 2 < n && c[i + 2] != u':'))
            return -1;
        *out++ = char(high << 4 | low);
    }
    return (n + 1) / 3;
}

QByteArray ledgerFingerprintBytes(QStringView text)
{
    QByteArray bytes((text.size() + 1) / 3, Qt::Uninitialized);
    if (ledgerFingerprintBytes(text, bytes.data()) < 0)
        return {};
    return bytes;
}

LedgerRecord LedgerRecord::fromCertificate(const Certificate &cert, const Certificate &anchor)
{
    LedgerRecord r;
    r.serial = cert.serialHex();
    r.subject = cert.subjectString();
    r.fingerprint = colonHex(cert.fingerprint(QCryptographicHash::Sha256));
    r.keyAlgorithm = ledgerKeyAlgorithm(cert.publicKey());
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

QString ledgerKeyAlgorithm(const PrivateKey &key)
{
    if (const auto alg = key.algorithm())
        return algorithmName(*alg);
    return u"%1 %2"_s.arg(key.typeName()).arg(key.bits());
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
