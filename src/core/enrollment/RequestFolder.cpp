#include "core/enrollment/RequestFolder.h"

#include "core/cloud/Resources.h"
#include "core/crypto/Ossl.h"
#include "core/crypto/RequestInspection.h"
#include "core/util/SafeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

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
    // Read and judged on all cores (a signature check each), then named in
    // file order.
    struct Read {
        Result<CertificateRequest> request = Error(ErrorCode::Unknown, QString());
        QString why;
    };
    const QList<Read> read = QtConcurrent::blockingMapped(names, [&folder](const QString &name) {
        const ossl::ThreadStateRelease release; // a pool thread (e.g. its error queue): freed with the work
        Read r;
        auto data = readWholeFile(folder.filePath(name), 1024 * 1024);
        if (!data) {
            r.why = data.error().message;
            return r;
        }
        r.request = CertificateRequest::fromData(*data);
        if (!r.request)
            r.why = r.request.error().message;
        else if (const DrogueVerdict verdict = drogueRequestVerdict(*r.request); !verdict.accepted)
            r.why = verdict.reasons.join(u' ');
        return r;
    });
    QHash<QString, QString> fileOfDevice;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        auto problem = [&](const QString &why) { out.list.problems.append({0, tr("%1: %2").arg(name, why)}); };
        if (!read.at(i).why.isEmpty()) {
            problem(read.at(i).why);
            continue;
        }
        const CertificateRequest &request = *read.at(i).request;
        const QString device = naming == RequestNaming::FileName ? QFileInfo(name).completeBaseName()
                                                                 : request.commonName();
        if (device.isEmpty()) {
            problem(tr("the request has no common name (CN) to name the device: name the devices after their "
                       "files instead (dwb: --name-from file)."));
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
        out.requests.append(request);
    }
    return out;
}

} // namespace dwb
