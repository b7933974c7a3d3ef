// One device package format (issue 22): a class per format behind this
// small interface, chosen by name with PackageWriter::create():
//   folder       certificate PEM+DER, key PEM+DER (0600), chain, server CA, endpoints.json
//   c-header     <ident>.h: PEM string literals and DER arrays (0600)
//   nvs-csv      <stem>-nvs.csv for ESP-IDF's NVS partition generator (0600)
//   drogue-toml  config.toml as drogue-device reads it at build time
//   p12-legacy   <stem>-legacy.p12: 3DES, SHA-1 MAC (0600, passphrase)
// exportPackage() is the one way to run one: the package is checked, every
// target name is refused when it exists (unless overwrite) before anything
// is written, every file goes through SafeFile, files with key material get
// mode 0600, and the answer lists the files and which hold the private key.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/export/DevicePackage.h"
#include "core/util/Result.h"
#include "core/util/SafeFile.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace dwb {

struct ExportOptions {
    QString outDir;                            // made (0700) when absent
    std::shared_ptr<SecretBytes> passphrase;   // p12-legacy
    Overwrite overwrite = Overwrite::Refuse;
};

struct ExportedFile {
    QString path;           // absolute
    bool holdsKey = false;  // the device's private key is in it (mode 0600)
};

class PackageWriter {
public:
    virtual ~PackageWriter() = default;

    virtual QString format() const = 0;          // "folder", "c-header", …
    virtual QString description() const = 0;     // one translated line
    virtual bool needsPassphrase() const { return false; }
    // The file names (inside the output folder) write() makes for this package.
    virtual QStringList fileNames(const DevicePackage &package) const = 0;
    // Writes them; called by exportPackage() after the checks.
    virtual Result<QList<ExportedFile>> write(const DevicePackage &package, const ExportOptions &options) const = 0;

    // Every format name, in the order above.
    static QStringList formats();
    // The writer of a format, nullptr for an unknown name.
    static std::unique_ptr<PackageWriter> create(const QString &format);
    // "Unknown format 'x': use folder, c-header, …"
    static QString unknownFormatMessage(const QString &format);

protected:
    // One file of the package into options.outDir through SafeFile;
    // secret: mode 0600 and listed as holding the key.
    static Status writeOne(const ExportOptions &options, const QString &name, QByteArrayView data, bool secret,
                           QList<ExportedFile> *files);
};

// Checks, makes the folder, refuses existing names, writes (see above).
Result<QList<ExportedFile>> exportPackage(const PackageWriter &writer, const DevicePackage &package,
                                          const ExportOptions &options);

} // namespace dwb
