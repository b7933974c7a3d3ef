#include "core/token/RawModule.h"

#include "core/token/TokenKeys.h"

#include <QCoreApplication>
#include <QFile>

#include <dlfcn.h>

#include <vector>

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Token", text);
}
} // namespace

QString pkcs11Field(const unsigned char *p, size_t n)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(p), static_cast<qsizetype>(n)).trimmed();
}

RawModule::~RawModule()
{
    if (f && initialised)
        f->C_Finalize(nullptr);
    if (handle)
        dlclose(handle);
}

Status RawModule::open(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    handle = dlopen(encoded.constData(), RTLD_NOW | RTLD_LOCAL);
    auto get = handle ? reinterpret_cast<CK_C_GetFunctionList>(dlsym(handle, "C_GetFunctionList")) : nullptr;
    if (!get || get(&f) != CKR_OK || !f)
        return Error(ErrorCode::Io, tr("Cannot load the PKCS#11 module %1.").arg(path));
    CK_C_INITIALIZE_ARGS args {};
    args.flags = CKF_OS_LOCKING_OK;
    const CK_RV rv = f->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED)
        return Error(ErrorCode::Io, tr("The PKCS#11 module %1 does not start.").arg(path));
    initialised = rv == CKR_OK; // already initialised: it belongs to someone else in this process
    return {};
}

Status RawModule::openToken(const QString &path, const Pkcs11Uri &uri, CK_SLOT_ID *slot, CK_TOKEN_INFO *info)
{
    if (Status st = open(path); !st)
        return st;
    if (!findToken(uri, slot, info))
        return Error(ErrorCode::NotFound, tr("No token matches %1 (module %2).").arg(uri.toString(), path));
    return {};
}

Status RawModule::Session::login(CK_SLOT_ID slot, QByteArrayView pin, const QString &label)
{
    const CK_RV rv = f->C_Login(h, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(const_cast<char *>(pin.data())),
                                static_cast<CK_ULONG>(pin.size()));
    if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) {
        CK_TOKEN_INFO after {};
        f->C_GetTokenInfo(slot, &after);
        return Error(ErrorCode::WrongPassphrase, tr("The token '%1' refused the PIN (not retried). Token state: %2.")
                                                     .arg(label, describeTokenFlags(after.flags)));
    }
    loggedIn = rv == CKR_OK;
    return {};
}

bool RawModule::findToken(const Pkcs11Uri &uri, CK_SLOT_ID *slot, CK_TOKEN_INFO *info) const
{
    CK_ULONG nslots = 0;
    if (f->C_GetSlotList(CK_TRUE, nullptr, &nslots) != CKR_OK || nslots == 0)
        return false;
    std::vector<CK_SLOT_ID> slots(nslots);
    if (f->C_GetSlotList(CK_TRUE, slots.data(), &nslots) != CKR_OK)
        return false;
    for (CK_ULONG i = 0; i < nslots; ++i) {
        CK_TOKEN_INFO t {};
        // A token that was pulled (or whose store went away) answers with
        // an error here: CKR_TOKEN_NOT_PRESENT, CKR_DEVICE_REMOVED, or
        // SoftHSM2's CKR_GENERAL_ERROR for a removed token folder.
        if (f->C_GetTokenInfo(slots[i], &t) != CKR_OK || !(t.flags & CKF_TOKEN_INITIALIZED))
            continue;
        if (uri.matchesToken(pkcs11Field(t.label, sizeof t.label), pkcs11Field(t.manufacturerID, sizeof t.manufacturerID),
                             pkcs11Field(t.model, sizeof t.model), pkcs11Field(t.serialNumber, sizeof t.serialNumber))) {
            *slot = slots[i];
            *info = t;
            return true;
        }
    }
    return false;
}

RawModule::Session::~Session()
{
    if (loggedIn)
        f->C_Logout(h);
    if (h != CK_INVALID_HANDLE)
        f->C_CloseSession(h);
}

} // namespace dwb
