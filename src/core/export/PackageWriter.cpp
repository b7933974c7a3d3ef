#include "core/export/PackageWriter.h"

#include "core/export/CHeaderPackageWriter.h"
#include "core/export/DrogueTomlPackageWriter.h"
#include "core/export/FolderPackageWriter.h"
#include "core/export/LegacyPkcs12PackageWriter.h"
#include "core/export/NvsCsvPackageWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("dwb::PackageWriter", text); }
} // namespace

QStringList PackageWriter::formats()
{
    return {u"folder"_s, u"c-header"_s, u"nvs-csv"_s, u"drogue-toml"_s, u"p12-legacy"_s};
}

std::unique_ptr<PackageWriter> PackageWriter::create(const QString &format)
{
    if (format == "folder"_L1)
        return std::make_unique<FolderPackageWriter>();
    if (format == "c-header"_L1)
        return std::make_unique<CHeaderPackageWriter>();
    if (format == "nvs-csv"_L1)
        return std::make_unique<NvsCsvPackageWriter>();
    if (format == "drogue-toml"_L1)
        return std::make_unique<DrogueTomlPackageWriter>();
    if (format == "p12-legacy"_L1)
        return std::make_unique<LegacyPkcs12PackageWriter>();
    return nullptr;
}

QString PackageWriter::unknownFormatMessage(const QString &format)
{
    return tr("Unknown format '%1': use one of %2.").arg(format, formats().join(u", "_s));
}

Status PackageWriter::writeOne(const ExportOptions &options, const QString &name, QByteArrayView data, bool secret,
                               QList<ExportedFile> *files)
{
    const QString path = QDir(options.outDir).absoluteFilePath(name);
    if (Status st = writeFileAtomically(path, data, secret ? FileMode::Secret : FileMode::Public, options.overwrite);
        !st)
        return st;
    files->append({path, secret});
    return {};
}

Result<QList<ExportedFile>> exportPackage(const PackageWriter &writer, const DevicePackage &package,
                                          const ExportOptions &options)
{
    if (Status st = package.check(); !st)
        return st.error();
    if (options.outDir.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose the folder the package is written to."));
    if (writer.needsPassphrase() && (!options.passphrase || options.passphrase->isEmpty()))
        return Error(ErrorCode::NeedsPassphrase, tr("The %1 format needs a passphrase.").arg(writer.format()));
    if (options.overwrite == Overwrite::Refuse) {
        for (const QString &name : writer.fileNames(package)) {
            const QString path = QDir(options.outDir).absoluteFilePath(name);
            if (QFileInfo::exists(path))
                return Error(ErrorCode::AlreadyExists,
                             tr("%1 exists already: it is not overwritten.").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (Status st = makeFolder(options.outDir, FolderMode::Private); !st)
        return st.error();
    return writer.write(package, options);
}

} // namespace dwb
