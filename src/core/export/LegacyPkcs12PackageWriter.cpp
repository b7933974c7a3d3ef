#include "core/export/LegacyPkcs12PackageWriter.h"

#include "core/crypto/Importer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb {

QString LegacyPkcs12PackageWriter::format() const { return u"p12-legacy"_s; }

QString LegacyPkcs12PackageWriter::description() const
{
    return QCoreApplication::translate("dwb::PackageWriter", "PKCS#12 for old importers: 3DES and a SHA-1 MAC");
}

QStringList LegacyPkcs12PackageWriter::fileNames(const DevicePackage &package) const
{
    return {package.fileStem() + "-legacy.p12"_L1};
}

Result<QList<ExportedFile>> LegacyPkcs12PackageWriter::write(const DevicePackage &package,
                                                             const ExportOptions &options) const
{
    static const SecretBytes none;
    auto p12 = exportPkcs12(package.key, package.certificate, package.chain,
                            options.passphrase ? *options.passphrase : none, package.device,
                            Pkcs12Protection::Legacy);
    if (!p12)
        return p12.error();
    QList<ExportedFile> files;
    if (Status st = writeOne(options, fileNames(package).first(), *p12, true, &files); !st)
        return st.error();
    return files;
}

} // namespace dwb
