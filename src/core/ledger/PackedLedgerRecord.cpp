#include "core/ledger/PackedLedgerRecord.h"

#include "core/crypto/DrogueName.h"
#include "core/crypto/ExtensionText.h"
#include "core/util/JsonText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <openssl/evp.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace dwb {

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

// The SHA-256 of der into out (32 bytes), by OpenSSL: a batch records one
// per device, and Qt 6.4's own implementation takes four times as long.
void sha256(QByteArrayView der, char *out)
{
    // Fetched once: EVP_sha256() is fetched anew from the provider at every
    // digest, under a lock that a batch's workers share (issue 20). Kept
    // until the process ends. One context per thread, reused: a new one per
    // digest is an allocation and a free in each of a batch's workers.
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    unsigned int length = 0;
    if (!md || !context || EVP_DigestInit_ex2(context.get(), md, nullptr) != 1
        || EVP_DigestUpdate(context.get(), der.data(), size_t(der.size())) != 1
        || EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(out), &length) != 1 || length != 32) {
        const QByteArray digest = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
        std::memcpy(out, digest.constData(), 32);
    }
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

// A scratch buffer of this thread with room for bound bytes: a record is
// packed there, then copied into a buffer of its own, of its exact size.
char *scratch(qsizetype bound)
{
    thread_local QByteArray buffer;
    if (buffer.size() < bound)
        buffer.resize(std::max<qsizetype>(bound, 1024));
    return buffer.data();
}

// Upper-case hex, 2 bytes per byte.
char *writeHex(char *out, QByteArrayView bytes)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const char b : bytes) {
        *out++ = hex[uchar(b) >> 4];
        *out++ = hex[uchar(b) & 0xf];
    }
    return out;
}

} // namespace

// The parts are written one after the other into a scratch buffer of this
// thread, then copied into the record's own buffer, of their exact size.
class PackedLedgerRecord::Packer {
public:
    explicit Packer(qsizetype bound) : m_start(scratch(bound)), m_out(m_start) {}

    void utf8(QStringView text) { next(writeUtf8(m_out, text)); }
    void hex(QByteArrayView bytes) { next(writeHex(m_out, bytes)); }
    void sha256Of(QByteArrayView der)
    {
        sha256(der, m_out);
        next(m_out + 32);
    }
    // A fingerprint's bytes; its text (and false) when not in canonical form.
    bool fingerprint(QStringView text)
    {
        const qsizetype n = ledgerFingerprintBytes(text, m_out);
        next(n >= 0 ? m_out + n : writeUtf8(m_out, text));
        return n >= 0;
    }
    void files(const QStringList &items) { next(writeJsonStringArray(m_out, items)); }
    void finish(PackedLedgerRecord &r) const
    {
        Q_ASSERT(m_parts == PartCount);
        r.m_data = QByteArray(m_start, m_out - m_start);
        r.m_end = m_end;
    }

private:
    void next(char *end)
    {
        m_out = end;
        m_end[m_parts++] = int(m_out - m_start);
    }

    char *const m_start;
    char *m_out;
    std::array<int, PartCount> m_end{};
    int m_parts = 0;
};

Result<PackedLedgerRecord> PackedLedgerRecord::fromDeviceCertificateDer(QByteArrayView der, const QString &device,
                                                                          const QString &keyAlgorithm,
                                                                          const QStringList &files, qint64 replaces)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.data());
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
    // The serial as BN_bn2hex prints a positive number: no leading zero
    // bytes, whole bytes in upper-case hex (Certificate::serialHex).
    const unsigned char *serial = e.content;
    while (e.end() - serial > 1 && *serial == 0)
        ++serial;
    const QByteArrayView serialBytes(serial, e.end() - serial);
    Element signature, issuer, validity, notBefore, notAfter, subject;
    if (!element(e.end(), tbs.end(), &signature) || !element(signature.end(), tbs.end(), &issuer)
        || !element(issuer.end(), tbs.end(), &validity) || validity.tag != 0x30
        || !element(validity.content, validity.end(), &notBefore)
        || !element(notBefore.end(), validity.end(), &notAfter)
        || !element(validity.end(), tbs.end(), &subject) || subject.tag != 0x30)
        return bad();
    const QDateTime from = timeOf(notBefore), until = timeOf(notAfter);
    if (!from.isValid() || !until.isValid())
        return bad();
    const QString subjectText = drogueNameStringFromDer(
        QByteArray::fromRawData(reinterpret_cast<const char *>(validity.end()), qsizetype(subject.end() - validity.end())));

    PackedLedgerRecord r;
    Packer packer(3 * device.size() + 2 * serialBytes.size() + 3 * subjectText.size() + 32
                  + 3 * keyAlgorithm.size() + jsonStringArrayBound(files));
    packer.utf8(device);
    packer.hex(serialBytes);
    packer.utf8(subjectText);
    packer.sha256Of(der);
    packer.utf8(keyAlgorithm);
    packer.files(files);
    packer.finish(r);
    r.m_notBefore = ledgerSeconds(from);
    r.m_notAfter = ledgerSeconds(until);
    r.m_recordedAt = QDateTime::currentSecsSinceEpoch();
    r.m_replaces = replaces;
    return r;
}

PackedLedgerRecord PackedLedgerRecord::pack(const LedgerRecord &record)
{
    PackedLedgerRecord r;
    Packer packer(3 * (record.device.size() + record.serial.size() + record.subject.size()
                       + record.fingerprint.size() + record.keyAlgorithm.size())
                  + jsonStringArrayBound(record.files));
    packer.utf8(record.device);
    packer.utf8(record.serial);
    packer.utf8(record.subject);
    r.m_fingerprintIsText = !packer.fingerprint(record.fingerprint);
    packer.utf8(record.keyAlgorithm);
    packer.files(record.files);
    packer.finish(r);
    r.m_notBefore = ledgerSeconds(record.notBefore);
    r.m_notAfter = ledgerSeconds(record.notAfter);
    r.m_recordedAt = ledgerSeconds(record.recordedAt.isValid() ? record.recordedAt : QDateTime::currentDateTimeUtc());
    r.m_replaces = record.replaces;
    return r;
}

LedgerRecord PackedLedgerRecord::unpack(const LedgerRecord &shared) const
{
    LedgerRecord r = shared;
    r.id = 0;
    r.device = QString::fromUtf8(device());
    r.serial = QString::fromUtf8(serial());
    r.subject = QString::fromUtf8(subject());
    r.fingerprint = m_fingerprintIsText ? QString::fromUtf8(fingerprint()) : colonHex(fingerprint().toByteArray());
    r.keyAlgorithm = QString::fromUtf8(keyAlgorithm());
    r.notBefore = ledgerTime(m_notBefore);
    r.notAfter = ledgerTime(m_notAfter);
    r.files = readJsonStringArray(filesJson());
    r.recordedAt = ledgerTime(m_recordedAt);
    r.replaces = m_replaces;
    return r;
}

} // namespace dwb
