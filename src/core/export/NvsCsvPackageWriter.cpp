#include "core/export/NvsCsvPackageWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

// A CSV field (RFC 4180 quoting, which the generator's csv reader reads).
QByteArray field(const QString &value)
{
    QByteArray v = value.toUtf8();
    if (!v.contains(',') && !v.contains('"') && !v.contains('\n') && !v.contains('\r'))
        return v;
    v.replace("\"", "\"\"");
    return '"' + v + '"';
}

void row(QByteArray &out, const char *key, const char *encoding, const QByteArray &value)
{
    out += QByteArray(key) + ",data," + encoding + ',' + value + '\n';
}

} // namespace

QString NvsCsvPackageWriter::format() const { return u"nvs-csv"_s; }

QString NvsCsvPackageWriter::description() const
{
    return QCoreApplication::translate("dwb::PackageWriter",
                                       "ESP-IDF NVS partition CSV: certificate, key and CA as binary entries");
}

QStringList NvsCsvPackageWriter::fileNames(const DevicePackage &package) const
{
    return {package.fileStem() + "-nvs.csv"_L1};
}

Result<QByteArray> NvsCsvPackageWriter::csv(const DevicePackage &package)
{
    auto keyDer = package.key.toPkcs8Der();
    if (!keyDer)
        return keyDer.error();
    QByteArray out = "key,type,encoding,value\n";
    out += QByteArray(nvsNamespace) + ",namespace,,\n";
    row(out, "app", "string", field(package.application));
    row(out, "device", "string", field(package.device));
    row(out, "channel", "string", field(package.channel));
    if (package.mqtt.isValid()) {
        row(out, "mqtt_host", "string", field(package.mqtt.host));
        row(out, "mqtt_port", "u16", QByteArray::number(package.mqtt.port));
    }
    if (!package.http.isEmpty())
        row(out, "http_url", "string", field(package.http.toString()));
    row(out, "cert", "base64", package.certificate.toDer().toBase64());
    row(out, "key", "base64", keyDer->bytes().toBase64());
    if (!package.serverCa.isEmpty())
        row(out, "ca", "base64", package.serverCa.first().toDer().toBase64());
    if (!package.chain.isEmpty())
        row(out, "anchor", "base64", package.chain.last().toDer().toBase64());
    return out;
}

Result<QList<ExportedFile>> NvsCsvPackageWriter::write(const DevicePackage &package,
                                                       const ExportOptions &options) const
{
    auto text = csv(package);
    if (!text)
        return text.error();
    const SecretBytes secret(std::move(*text)); // holds the key: wiped when written
    QList<ExportedFile> files;
    if (Status st = writeOne(options, fileNames(package).first(), secret.bytes(), true, &files); !st)
        return st.error();
    return files;
}

} // namespace dwb
