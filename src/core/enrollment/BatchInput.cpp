#include "core/enrollment/BatchInput.h"

#include "core/cloud/Resources.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/RequestFolder.h"
#include "core/token/Pkcs11Uri.h"
#include "core/token/TokenKeys.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>

namespace dwb {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dwb", text, disambiguation, n);
}
} // namespace

Status checkBatchOptions(const BatchOptions &o, bool clientGiven)
{
    if (const QString why = validateApplicationName(o.app); !why.isEmpty())
        return Error(ErrorCode::InvalidArgument, why);
    if (o.outDir.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("No output folder was given."));
    if (o.days < 1)
        return Error(ErrorCode::InvalidArgument, tr("The validity must be at least one day."));
    if (o.pkcs12 && o.pkcs12Passphrase.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("PKCS#12 files need a passphrase."));
    if (!o.offline && !clientGiven)
        return Error(ErrorCode::InvalidArgument, tr("Online enrollment needs a connection to the registry."));
    if (o.offline && o.caCertFile.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Offline enrollment needs the CA certificate (--ca-cert)."));
    return {};
}

Result<BatchInput> readBatchInput(const BatchOptions &o, QList<DeviceListProblem> *problems)
{
    if (o.pkcs12 && !o.requestDir.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("Boards that keep their key get certificates only: a PKCS#12 file would need the key."));
    if (o.der && o.requestDir.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("DER certificates are written for a folder of certificate requests (--csr-dir)."));
    BatchInput in;
    if (!o.renewal.isEmpty()) {
        for (const RenewalDevice &d : o.renewal) {
            DeviceListEntry e{static_cast<int>(in.list.devices.size()) + 1, d.device, {}, {}, d.fileStem};
            if (d.subject != deviceSubjectString(d.device, o.app))
                e.aliases << d.subject; // the alias it has: the subject stays
            in.list.devices.push_back(std::move(e));
            in.requests << d.request;
        }
        return in;
    }
    if (!o.requestDir.isEmpty()) {
        RequestFolder tray = readRequestFolder(o.requestDir, o.requestNaming);
        in.list = std::move(tray.list);
        in.requests = std::move(tray.requests);
        if (!in.list.problems.isEmpty()) {
            *problems = in.list.problems;
            return Error(ErrorCode::InvalidArgument,
                         tr("The requests in %1 have %n problem(s); nothing was signed.", nullptr,
                            static_cast<int>(in.list.problems.size()))
                             .arg(o.requestDir),
                         formatProblems(in.list.problems));
        }
        return in;
    }
    auto listData = readWholeFile(o.deviceListFile);
    if (!listData)
        return listData.error();
    in.list = parseDeviceList(*listData, DeviceListFormat::Auto, o.deviceListFile);
    if (!in.list.problems.isEmpty()) {
        *problems = in.list.problems;
        return Error(ErrorCode::InvalidArgument,
                     tr("The device list %1 has %n problem(s); nothing was written.", nullptr,
                        static_cast<int>(in.list.problems.size()))
                         .arg(o.deviceListFile),
                     formatProblems(in.list.problems));
    }
    return in;
}

Result<PrivateKey> loadBatchCaKey(const BatchOptions &o)
{
    auto key = [&]() -> Result<PrivateKey> {
        if (!o.caKey.isNull())
            return o.caKey;
        if (Pkcs11Uri::looksLike(o.caKeyFile))
            return loadTokenKey(o.caKeyFile);
        auto caData = readWholeFile(o.caKeyFile, 1024 * 1024);
        if (!caData)
            return caData.error();
        SecretBytes caSecret(std::move(*caData));
        return importPrivateKey(caSecret.bytes(), o.caKeyPassphrase);
    }();
    if (key && !key->hasPrivate())
        return Error(ErrorCode::InvalidArgument, tr("%1 holds no private key.").arg(o.caKeyFile));
    return key;
}

} // namespace dwb
