#include "core/ledger/LedgerRecord.h"

#include "core/crypto/DrogueName.h"
#include "core/crypto/ExtensionText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <openssl/evp.h>

#include <memory>

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

namespace {

// One DER element at p: its tag, where its content starts and its length.
struct Element {
    unsigned char tag = 0;
    const unsigned char *content = nullptr;
    size_t length = 0;
    const unsigned char *end() const { return content + length; }
};

bool element(const unsigned char *p, const unsigned char *limit, Element *e)
{
    if (limit - p < 2)
        return false;
    e->tag = p[0];
    size_t len = p[1];
    p += 2;
    if (len & 0x80) {
        const size_t n = len & 0x7f;
        if (n == 0 || n > 4 || size_t(limit - p) < n)
            return false;
        len = 0;
        for (size_t i = 0; i < n; ++i)
            len = (len << 8) | *p++;
    }
    if (size_t(limit - p) < len)
        return false;
    e->content = p;
    e->length = len;
    return true;
}

// The SHA-256 fingerprint of der, "AB:CD:…", by OpenSSL: a batch records
// one per device, and Qt 6.4's own implementation takes four times as long.
QString sha256Fingerprint(const QByteArray &der)
{
    // Fetched once: EVP_sha256() is fetched anew from the provider at every
    // digest, under a lock that a batch's workers share (issue 20). Kept
    // until the process ends. One context per thread, reused: a new one per
    // digest is an allocation and a free in each of a batch's workers.
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    unsigned char digest[32];
    unsigned int length = 0;
    if (!md || !context || EVP_DigestInit_ex2(context.get(), md, nullptr) != 1
        || EVP_DigestUpdate(context.get(), der.constData(), size_t(der.size())) != 1
        || EVP_DigestFinal_ex(context.get(), digest, &length) != 1 || length != sizeof digest)
        return colonHex(QCryptographicHash::hash(der, QCryptographicHash::Sha256));
    return upperHex(QByteArrayView(digest, sizeof digest), u':');
}

// UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ (DER: seconds and Z).
QDateTime timeOf(const Element &e)
{
    const bool utc = e.tag == 0x17;
    if ((e.tag != 0x17 && e.tag != 0x18) || e.length != (utc ? 13u : 15u) || e.content[e.length - 1] != 'Z')
        return {};
    const unsigned char *at = e.content;
    bool digits = true;
    auto number = [&](int count) {
        int v = 0;
        for (int i = 0; i < count; ++i, ++at) {
            digits = digits && *at >= '0' && *at <= '9';
            v = v * 10 + (*at - '0');
        }
        return v;
    };
    int year = number(utc ? 2 : 4);
    if (utc)
        year += year >= 50 ? 1900 : 2000;
    const int month = number(2), day = number(2), hour = number(2), minute = number(2), second = number(2);
    if (!digits)
        return {};
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace

Result<LedgerRecord> LedgerRecord::fromDeviceCertificateDer(const QByteArray &der, const QString &keyAlgorithm)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *limit = begin + der.size();
    const auto bad = [] {
        return Error(ErrorCode::UnknownFormat, QCoreApplication::translate("dwb::Ledger", "Not a certificate."));
    };
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version, serial,
    //   signature, issuer, validity SEQUENCE { notBefore, notAfter }, subject, … } … }
    Element cert, tbs, e;
    if (!element(begin, limit, &cert) || cert.tag != 0x30 || !element(cert.content, cert.end(), &tbs) || tbs.tag != 0x30)
        return bad();
    const unsigned char *p = tbs.content;
    if (!element(p, tbs.end(), &e))
        return bad();
    if (e.tag == 0xa0) { // version
        p = e.end();
        if (!element(p, tbs.end(), &e))
            return bad();
    }
    if (e.tag != 0x02 || e.length == 0)
        return bad();
    LedgerRecord r;
    {   // serial: as BN_bn2hex prints a positive number (no leading zero
        // bytes, whole bytes in upper-case hex)
        const unsigned char *b = e.content;
        while (e.end() - b > 1 && *b == 0)
            ++b;
        r.serial = upperHex(QByteArrayView(b, e.end() - b));
    }
    Element signature, issuer, validity, notBefore, notAfter, subject;
    if (!element(e.end(), tbs.end(), &signature) || !element(signature.end(), tbs.end(), &issuer)
        || !element(issuer.end(), tbs.end(), &validity) || validity.tag != 0x30
        || !element(validity.content, validity.end(), &notBefore)
        || !element(notBefore.end(), validity.end(), &notAfter)
        || !element(validity.end(), tbs.end(), &subject) || subject.tag != 0x30)
        return bad();
    r.notBefore = timeOf(notBefore);
    r.notAfter = timeOf(notAfter);
    if (!r.notBefore.isValid() || !r.notAfter.isValid())
        return bad();
    r.subject = drogueNameStringFromDer(QByteArray::fromRawData(reinterpret_cast<const char *>(validity.end()),
                                                                qsizetype(subject.end() - validity.end())));
    r.fingerprint = sha256Fingerprint(der);
    r.keyAlgorithm = keyAlgorithm;
    r.kind = LedgerKind::Device;
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
