#include "core/enrollment/RequestFolder.h"

#include "core/cloud/Resources.h"
#include "core/crypto/RequestInspection.h"
#include "core/util/SafeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::RequestFolder", text);
}
} // namespace

RequestFolder readRequestFolder(const QString &dir, RequestNaming naming)
{
    RequestFolder out;
    const QDir folder(dir);
    if (!folder.exists()) {
        out.list.problems.append({0, tr("The folder %1 does not exist.").arg(dir)});
        return out;
    }
    const QStringList names = folder.entryList({QStringLiteral("*.csr"), QStringLiteral("*.req"),
                                                QStringLiteral("*.pem"), QStringLiteral("*.der"),
                                                QStringLiteral("*.txt")},
                                               QDir::Files | QDir::Readable, QDir::Name);
    if (names.isEmpty()) {
        out.list.problems.append(
            {0, tr("The folder %1 holds no certificate request (*.csr, *.req, *.pem, *.der, *.txt).").arg(dir)});
        return out;
    }
    QHash<QString, QString> fileOfDevice;
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        auto problem = [&](const QString &why) { out.list.problems.append({0, tr("%1: %2").arg(name, why)}); };
        auto data = readWholeFile(path, 1024 * 1024);
        if (!data) {
            problem(data.error().message);
            continue;
        }
        auto request = CertificateRequest::fromData(*data);
        if (!request) {
            problem(request.error().message);
            continue;
        }
        const DrogueVerdict verdict = drogueRequestVerdict(*request);
        if (!verdict.accepted) {
            problem(verdict.reasons.join(u' '));
            continue;
        }
        const QString device = naming == RequestNaming::FileName ? QFileInfo(name).completeBaseName()
                                                                 : request->commonName();
        if (device.isEmpty()) {
            problem(tr("the request has no common name (CN) to name the device: name it after the file with "
                       "--name-from file."));
            continue;
        }
        if (const QString why = validateDeviceName(device); !why.isEmpty()) {
            problem(tr("'%1' cannot be a device name: %2").arg(device, why));
            continue;
        }
        if (const auto first = fileOfDevice.constFind(device); first != fileOfDevice.cend()) {
            problem(tr("the device name '%1' is also that of %2: each board needs a name of its own.")
                        .arg(device, *first));
            continue;
        }
        fileOfDevice.insert(device, name);
        DeviceListEntry e;
        e.line = int(out.list.devices.size()) + 1;
        e.name = device;
        e.fileStem = deviceFileStem(device);
        out.list.devices.append(e);
        out.requests.append(*request);
        out.files.append(path);
    }
    return out;
}

} // namespace dwb
