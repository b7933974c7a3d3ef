// format "c-header": one header <ident>.h (mode 0600: it holds the key) for
// firmware that embeds its credentials (mbedTLS, wolfSSL, Arduino):
//   <ident>_cert_pem, <ident>_key_pem, <ident>_ca_pem      PEM string literals
//   <ident>_cert_der[], <ident>_key_der[], <ident>_ca_der[] DER arrays
//   <ident>_cert_der_len, …                               their lengths
//   <IDENT>_APPLICATION, _DEVICE, _MQTT_HOST, _MQTT_PORT, _HTTP_URL, _CHANNEL
// include-guarded by DROGUE_<IDENT>_H. The key is PKCS#8; "ca" is the
// server's CA (absent when unknown) and "anchor" the application's trust
// anchor (when known).
#pragma once

#include "core/export/PackageWriter.h"

#include <QByteArray>

namespace dwb {

class CHeaderPackageWriter : public PackageWriter {
public:
    QString format() const override;
    QString description() const override;
    QStringList fileNames(const DevicePackage &package) const override;
    Result<QList<ExportedFile>> write(const DevicePackage &package, const ExportOptions &options) const override;

    // The C identifier of a device name. The rule: lower case; every
    // character that is not an ASCII letter, digit or '_' becomes '_'; a
    // name that does not then start with a letter gets "dev_" in front
    // ("sensor-1" -> sensor_1, "7up" -> dev_7up, "Küche.2" -> k_che_2).
    static QString cIdentifier(const QString &device);
    // The header's text.
    static Result<QByteArray> header(const DevicePackage &package);
};

} // namespace dwb
