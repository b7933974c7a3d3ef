// format "nvs-csv": <stem>-nvs.csv (mode 0600: it holds the key), the CSV
// ESP-IDF's NVS partition generator (nvs_partition_gen.py) reads: the header
// "key,type,encoding,value", a namespace row, then one row per entry:
//   app, device, channel, mqtt_host, http_url   data,string
//   mqtt_port                                   data,u16
//   cert, key, ca, anchor                       data,base64 (DER; the key PKCS#8)
// Keys are at most 15 characters, as NVS wants; "ca" (the server's CA) and
// "anchor" only when known, mqtt_* and http_url only when known.
#pragma once

#include "core/export/PackageWriter.h"

#include <QByteArray>

namespace dwb {

class NvsCsvPackageWriter : public PackageWriter {
public:
    static constexpr const char *nvsNamespace = "drogue";

    QString format() const override;
    QString description() const override;
    QStringList fileNames(const DevicePackage &package) const override;
    Result<QList<ExportedFile>> write(const DevicePackage &package, const ExportOptions &options) const override;

    static Result<QByteArray> csv(const DevicePackage &package);
};

} // namespace dwb
