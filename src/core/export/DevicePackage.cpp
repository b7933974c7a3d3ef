#include "core/export/DevicePackage.h"

#include "core/crypto/Importer.h"
#include "core/enrollment/DeviceList.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace dwb {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("dwb::DevicePackage", text); }
} // namespace

Result<DevicePackage> DevicePackage::fromFiles(const QString &application, const QString &device,
                                               const QString &certPath, const QString &keyPath,
                                               const SecretBytes &keyPassphrase)
{
    DevicePackage p;
    p.application = application;
    p.device = device;
    auto data = readWholeFile(certPath);
    if (!data)
        return data.error();
    auto certs = importCertificates(*data);
    if (!certs)
        return Error(certs.error().code,
                     tr("%1 holds no certificate: %2").arg(QDir::toNativeSeparators(certPath), certs.error().message),
                     certs.error().detail);
    p.certificate = certs->first();
    // A chain file given as the certificate: what follows the first one is its chain.
    for (qsizetype i = 1; i < certs->size(); ++i)
        p.chain << certs->at(i);
    auto key = loadPrivateKeyFile(keyPath, keyPassphrase);
    if (!key)
        return key.error();
    p.key = *key;
    if (Status st = p.check(); !st)
        return Error(st.error().code,
                     tr("%1 and %2 do not go together: %3")
                         .arg(QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(certPath),
                              st.error().message));
    return p;
}

Status DevicePackage::setServer(const Endpoints &endpoints, const QString &serverCaFile)
{
    if (endpoints.mqtt.isValid())
        mqtt = endpoints.mqtt;
    if (endpoints.http.isValid() && !endpoints.http.isEmpty())
        http = endpoints.http;
    if (serverCaFile.isEmpty())
        return {};
    auto data = readWholeFile(serverCaFile);
    if (!data)
        return data.error();
    auto certs = importCertificates(*data);
    if (!certs)
        return Error(certs.error().code,
                     tr("%1 holds no CA certificate: %2")
                         .arg(QDir::toNativeSeparators(serverCaFile), certs.error().message));
    serverCa = *certs;
    return {};
}

bool DevicePackage::setChainFromAnchors(const QList<Certificate> &anchors)
{
    for (const Certificate &a : anchors) {
        if (a.isNull())
            continue;
        const PrivateKey pub = a.publicKey();
        if (X509_check_issued(a.get(), certificate.get()) == X509_V_OK
            && X509_verify(certificate.get(), pub.get()) == 1) {
            chain = {a};
            return true;
        }
    }
    return false;
}

Status DevicePackage::setChainFromFile(const QString &path)
{
    auto data = readWholeFile(path);
    if (!data)
        return data.error();
    auto certs = importCertificates(*data);
    if (!certs)
        return Error(certs.error().code,
                     tr("%1 holds no certificate: %2").arg(QDir::toNativeSeparators(path), certs.error().message));
    QList<Certificate> above;
    for (const Certificate &c : *certs) {
        if (c != certificate)
            above << c;
    }
    if (above.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 holds no certificate above the device's.").arg(QDir::toNativeSeparators(path)));
    chain = above;
    return {};
}

Status DevicePackage::check() const
{
    if (application.isEmpty() || device.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A device package needs the application and the device name."));
    if (certificate.isNull())
        return Error(ErrorCode::InvalidArgument, tr("A device package needs the device's certificate."));
    if (key.isNull() || !key.hasPrivate())
        return Error(ErrorCode::InvalidArgument, tr("A device package needs the device's private key."));
    if (!certificate.matches(key))
        return Error(ErrorCode::Mismatch, tr("The key does not belong to the certificate."));
    return {};
}

QString DevicePackage::fileStem() const { return deviceFileStem(device); }

} // namespace dwb
