// format "drogue-toml": config.toml in the layout drogue-device's build
// reads (its macros/src/configure.rs: top-level string keys of
// .drogue/config.toml, merged from $HOME, the manifest folder and its
// parents, and $DROGUE_CONFIG; the examples ask for `hostname`, `port`,
// `username` and `password` with drogue::config!). Written: hostname and
// port of the HTTP endpoint (else the MQTT one), and username
// "<device>@<application>" as the examples expect. drogue-device takes no
// certificate or key from this file: none is written into it (a comment
// says so), and no password (the device authenticates with its certificate).
#pragma once

#include "core/export/PackageWriter.h"

#include <QByteArray>

namespace dwb {

class DrogueTomlPackageWriter : public PackageWriter {
public:
    QString format() const override;
    QString description() const override;
    QStringList fileNames(const DevicePackage &package) const override;
    Result<QList<ExportedFile>> write(const DevicePackage &package, const ExportOptions &options) const override;

    static QByteArray toml(const DevicePackage &package);
};

} // namespace dwb
