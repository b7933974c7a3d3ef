// One certificate in the ledger: what the workbench issued or registered,
// where its files went and what the server said (issue 20). Plain data; the
// database is Ledger.
#pragma once
#include "core/crypto/Certificate.h"
#include "core/util/Result.h"
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace dwb {

enum class LedgerKind { Device, Anchor };

// What became of the certificate on the server. A record is written as
// Pending before anything is sent, then updated.
enum class Registration {
    Pending,     // recorded, not (yet) registered: a run that stopped here left it so
    Registered,  // the server holds the alias / anchor
    Offline,     // issued with --offline: nothing was sent
    Failed,      // the server refused or could not be reached (detail says why)
    Imported,    // recorded by `dwb certs import`: made before the ledger
};

QString registrationName(Registration r);                 // "pending", "registered", ...
std::optional<Registration> registrationFromName(const QString &name);
QString ledgerKindName(LedgerKind k);                     // "device", "anchor"
qint64 ledgerSeconds(const QDateTime &t);                 // a time column: seconds since 1970 UTC, 0 if invalid
QDateTime ledgerTime(qint64 seconds);                     // a time column's value as a UTC time
// A fingerprint column (schema 3): the bytes of a fingerprint in its
// canonical text ("AB:CD:…", upper case, as colonHex writes it); null when
// the text is anything else, which the ledger then keeps as text, so that
// every value reads back as it was written.
QByteArray ledgerFingerprintBytes(QStringView text);
// The same into out (room for (text.size() + 1) / 3 bytes): the number of
// bytes, or -1 when the text is not in canonical form.
qsizetype ledgerFingerprintBytes(QStringView text, char *out);

struct LedgerRecord {
    qint64 id = 0;                 // 0 until stored
    LedgerKind kind = LedgerKind::Device;
    QString context;               // the saved connection, "sandbox", or "" (offline)
    QString application;
    QString device;                // empty for an anchor
    QString serial;                // upper-case hex, as Certificate::serialHex
    QString subject;               // the Drogue subject string (the device alias)
    QString fingerprint;           // SHA-256 over the DER, "AB:CD:…" as openssl x509 -fingerprint prints it
    QString keyAlgorithm;          // algorithmName: "ed25519", "ecdsa-p256", "rsa2048", … (else OpenSSL's type and size)
    QDateTime notBefore;           // UTC
    QDateTime notAfter;            // UTC
    QString anchorFingerprint;     // the issuing anchor's fingerprint, same form ("" when unknown)
    QStringList files;             // absolute paths written for this certificate
    QDateTime recordedAt;          // UTC
    QString osUser;
    QString source;                // "gui", "dwb", "batch", "import", "renew"
    Registration registration = Registration::Pending;
    QString registrationDetail;    // the server's message when it failed
    qint64 replaces = 0;           // the record this one renews (0: none)

    // Serial, subject, fingerprint, key and dates from the certificate, the
    // anchor's fingerprint when an anchor is given; the caller fills the rest.
    static LedgerRecord fromCertificate(const Certificate &cert, const Certificate &anchor = {});

    // Days until notAfter from `now` (negative once expired), rounded down.
    qint64 daysLeft(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const { return notAfter <= now; }
};

// The ledger's name of a key's algorithm: algorithmName ("ed25519", …),
// else OpenSSL's type and size.
QString ledgerKeyAlgorithm(const PrivateKey &key);

// The user running this process (for the record), from the password database.
QString currentOsUser();

} // namespace dwb
