#include "core/export/FolderPackageWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dwb {

QString FolderPackageWriter::format() const { return u"folder"_s; }

QString FolderPackageWriter::description() const
{
    return QCoreApplication::translate("dwb::PackageWriter",
                                       "Folder: certificate and key as PEM and DER, chain, server CA, endpoints.json");
}

QStringList FolderPackageWriter::fileNames(const DevicePackage &package) const
{
    const QString stem = package.fileStem();
    QStringList names{stem + ".pem"_L1, stem + ".der"_L1, stem + ".key"_L1, stem + ".key.der"_L1};
    if (!package.chain.isEmpty())
        names << u"chain.pem"_s;
    if (!package.serverCa.isEmpty())
        names << u"server-ca.pem"_s;
    names << u"endpoints.json"_s;
    return names;
}

QByteArray FolderPackageWriter::endpointsJson(const DevicePackage &package)
{
    QJsonObject o{{"application"_L1, package.application},
                  {"device"_L1, package.device},
                  {"channel"_L1, package.channel}};
    if (package.mqtt.isValid())
        o.insert("mqtt"_L1, QJsonObject{{"host"_L1, package.mqtt.host}, {"port"_L1, package.mqtt.port}});
    if (!package.http.isEmpty()) {
        const int defaultPort = package.http.scheme() == "http"_L1 ? 80 : 443;
        o.insert("http"_L1, QJsonObject{{"url"_L1, package.http.toString()},
                                        {"host"_L1, package.http.host()},
                                        {"port"_L1, package.http.port(defaultPort)}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QList<ExportedFile>> FolderPackageWriter::write(const DevicePackage &package,
                                                       const ExportOptions &options) const
{
    QList<ExportedFile> files;
    const QString stem = package.fileStem();
    auto keyPem = package.key.toPkcs8Pem();
    if (!keyPem)
        return keyPem.error();
    auto keyDer = package.key.toPkcs8Der();
    if (!keyDer)
        return keyDer.error();
    // The key first: nothing that depends on it before it is on disk.
    if (Status st = writeOne(options, stem + ".key"_L1, keyPem->bytes(), true, &files); !st)
        return st.error();
    if (Status st = writeOne(options, stem + ".key.der"_L1, keyDer->bytes(), true, &files); !st)
        return st.error();
    if (Status st = writeOne(options, stem + ".pem"_L1, package.certificate.toPem(), false, &files); !st)
        return st.error();
    if (Status st = writeOne(options, stem + ".der"_L1, package.certificate.toDer(), false, &files); !st)
        return st.error();
    if (!package.chain.isEmpty()) {
        QByteArray pem;
        for (const Certificate &c : package.chain)
            pem += c.toPem();
        if (Status st = writeOne(options, u"chain.pem"_s, pem, false, &files); !st)
            return st.error();
    }
    if (!package.serverCa.isEmpty()) {
        QByteArray pem;
        for (const Certificate &c : package.serverCa)
            pem += c.toPem();
        if (Status st = writeOne(options, u"server-ca.pem"_s, pem, false, &files); !st)
            return st.error();
    }
    if (Status st = writeOne(options, u"endpoints.json"_s, endpointsJson(package), false, &files); !st)
        return st.error();
    return files;
}

} // namespace dwb
