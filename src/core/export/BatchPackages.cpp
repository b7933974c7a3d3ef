#include "core/export/BatchPackages.h"

#include "core/enrollment/BatchDeviceWork.h"
#include "core/enrollment/BatchManifest.h"
#include "core/enrollment/DeviceList.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dwb {

Result<BatchPackages> BatchPackages::read(const QString &batchDir)
{
    const QString manifest = BatchManifest::path(batchDir);
    if (!QFileInfo::exists(manifest))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("dwb::BatchPackages", "%1 is not a batch folder: it has no %2.")
                         .arg(QDir::toNativeSeparators(batchDir), u"manifest.jsonl"_s));
    auto data = readWholeFile(manifest, 1024LL * 1024 * 1024);
    if (!data)
        return data.error();
    BatchPackages out;
    QSet<QString> seen;
    const QDir dir(batchDir);
    for (const QByteArray &line : data->split('\n')) {
        const QJsonObject obj = QJsonDocument::fromJson(line).object();
        if (obj.isEmpty())
            continue;
        if (obj.contains("batch"_L1)) {
            out.application = obj.value("app"_L1).toString();
            continue;
        }
        const QString device = obj.value("d"_L1).toString();
        const QString state = obj.value("s"_L1).toString();
        if (device.isEmpty() || (state != "cert"_L1 && state != "registered"_L1) || seen.contains(device))
            continue;
        seen.insert(device);
        const QString stem = deviceFileStem(device);
        BatchPackageFiles f{device, dir.absoluteFilePath(batchCertName(stem)), dir.absoluteFilePath(batchKeyName(stem))};
        if (!QFileInfo::exists(f.keyPath))
            f.keyPath.clear();
        out.devices << f;
    }
    if (out.application.isEmpty())
        return Error(ErrorCode::UnknownFormat,
                     QCoreApplication::translate("dwb::BatchPackages", "%1 names no application.")
                         .arg(QDir::toNativeSeparators(manifest)));
    return out;
}

} // namespace dwb
