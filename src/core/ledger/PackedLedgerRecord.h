// A device's ledger record as a batch carries it from its workers to the
// ledger (issue 20: the ledger's cost to a batch). The values that differ
// from device to device are packed as the ledger stores them (UTF-8 texts,
// the fingerprint's 32 bytes, seconds) in one buffer: one allocation per
// device, no string shared between threads, nothing converted again on the
// way into SQLite. The values that all of a batch's records share (kind,
// context, application, anchor, user, source, registration) are not in it:
// they are given once, as a LedgerRecord (unpack, Ledger::addPacked).
#pragma once
#include "core/ledger/LedgerRecord.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>

namespace dwb {

class PackedLedgerRecord {
public:
    PackedLedgerRecord() = default;

    // The record of a device certificate, from its DER as a batch has just
    // issued (or kept) it, without decoding its public key (OpenSSL 3's
    // decoders cost about 100 µs per certificate): serial, subject,
    // SHA-256 fingerprint and dates read from the DER; the caller names
    // the key's algorithm. An error when the DER is not a certificate.
    static Result<PackedLedgerRecord> fromDeviceCertificateDer(QByteArrayView der, const QString &device,
                                                               const QString &keyAlgorithm, const QStringList &files,
                                                               qint64 replaces = 0);
    // A record's own values (device, serial, subject, fingerprint, key,
    // dates, files, time, renewed record), packed: what the tests and the
    // benchmark hand to the writer. A fingerprint that is not in canonical
    // form ("AB:CD:…") is kept as its text, as the ledger keeps it.
    static PackedLedgerRecord pack(const LedgerRecord &r);
    // The full record: shared's values with this record's own.
    LedgerRecord unpack(const LedgerRecord &shared) const;

    bool isNull() const { return m_data.isNull(); }
    // UTF-8, as the ledger's columns hold them.
    QByteArrayView device() const { return part(Device); }
    QByteArrayView serial() const { return part(Serial); }
    QByteArrayView subject() const { return part(Subject); }
    QByteArrayView keyAlgorithm() const { return part(KeyAlgorithm); }
    QByteArrayView filesJson() const { return part(Files); } // a JSON array of strings
    // The SHA-256's 32 bytes; or, when fingerprintIsText(), a text as given to pack().
    QByteArrayView fingerprint() const { return part(Fingerprint); }
    bool fingerprintIsText() const { return m_fingerprintIsText; }
    // Seconds since 1970 UTC (ledgerSeconds).
    qint64 notBefore() const { return m_notBefore; }
    qint64 notAfter() const { return m_notAfter; }
    qint64 recordedAt() const { return m_recordedAt; }
    qint64 replaces() const { return m_replaces; } // the record this one renews (0: none)

private:
    enum Part { Device, Serial, Subject, Fingerprint, KeyAlgorithm, Files, PartCount };
    class Packer; // writes the parts, in Part's order
    QByteArrayView part(Part p) const
    {
        const int begin = p == Device ? 0 : m_end[p - 1];
        return QByteArrayView(m_data.constData() + begin, m_end[p] - begin);
    }

    QByteArray m_data;                 // the parts, one after the other
    std::array<int, PartCount> m_end{}; // where each part ends in m_data
    qint64 m_notBefore = 0;
    qint64 m_notAfter = 0;
    qint64 m_recordedAt = 0;
    qint64 m_replaces = 0;
    bool m_fingerprintIsText = false;
};

} // namespace dwb
