// format "p12-legacy": <stem>-legacy.p12 (mode 0600), the key, the
// certificate and the chain in PKCS#12 with 3DES for both and a SHA-1 MAC,
// for old gateways and Windows/Android importers that refuse AES-256. The
// same writer as the modern PKCS#12 (exportPkcs12, Pkcs12Protection::Legacy).
#pragma once

#include "core/export/PackageWriter.h"

namespace dwb {

class LegacyPkcs12PackageWriter : public PackageWriter {
public:
    QString format() const override;
    QString description() const override;
    bool needsPassphrase() const override { return true; }
    QStringList fileNames(const DevicePackage &package) const override;
    Result<QList<ExportedFile>> write(const DevicePackage &package, const ExportOptions &options) const override;
};

} // namespace dwb
