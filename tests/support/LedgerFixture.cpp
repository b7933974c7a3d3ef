#include "support/LedgerFixture.h"

#include <QDebug>

namespace dwb::test {

std::unique_ptr<Ledger> openLedgerOrWarn(const QString &file)
{
    Result<std::unique_ptr<Ledger>> l = Ledger::open(file);
    if (!l) {
        qWarning().noquote() << l.error().toString();
        return nullptr;
    }
    return std::move(*l);
}

LedgerRecord syntheticLedgerRecord(const QString &app, const QString &device, const QDateTime &notAfter,
                                   const QString &anchor)
{
    LedgerRecord r;
    r.application = app;
    r.device = device;
    r.serial = QString::fromLatin1(device.toUtf8().toHex().toUpper());
    r.subject = QStringLiteral("CN=%1, O=Drogue IoT, OU=%2").arg(device, app);
    r.fingerprint = QStringLiteral("FP:%1:%2").arg(app, device);
    r.keyAlgorithm = QStringLiteral("ed25519");
    r.notBefore = notAfter.addDays(-365);
    r.notAfter = notAfter;
    r.anchorFingerprint = anchor;
    r.source = QStringLiteral("test");
    return r;
}

} // namespace dwb::test
