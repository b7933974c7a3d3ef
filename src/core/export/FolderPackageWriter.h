// format "folder": <stem>.pem and <stem>.der (certificate), <stem>.key
// (PKCS#8 PEM) and <stem>.key.der (PKCS#8 DER), both 0600, chain.pem (the
// anchor and anything between: openssl verify -CAfile chain.pem <stem>.pem),
// server-ca.pem (when the server's CA is known) and endpoints.json (MQTT
// and HTTP host/port, application, device, channel).
#pragma once

#include "core/export/PackageWriter.h"

#include <QByteArray>

namespace dwb {

class FolderPackageWriter : public PackageWriter {
public:
    QString format() const override;
    QString description() const override;
    QStringList fileNames(const DevicePackage &package) const override;
    Result<QList<ExportedFile>> write(const DevicePackage &package, const ExportOptions &options) const override;

    // endpoints.json's content (also read by the tests).
    static QByteArray endpointsJson(const DevicePackage &package);
};

} // namespace dwb
