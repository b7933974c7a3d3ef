#include "core/export/DrogueTomlPackageWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

// A TOML basic string.
QByteArray tomlString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        const auto u = quint8(c);
        if (c == '"' || c == '\\')
            out += '\\' + QByteArray(1, c);
        else if (u < 0x20 || u == 0x7f)
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        else
            out += c;
    }
    return out + '"';
}

} // namespace

QString DrogueTomlPackageWriter::format() const { return u"drogue-toml"_s; }

QString DrogueTomlPackageWriter::description() const
{
    return QCoreApplication::translate("dwb::PackageWriter",
                                       "drogue-device config.toml: hostname, port, username (no certificate)");
}

QStringList DrogueTomlPackageWriter::fileNames(const DevicePackage &) const { return {u"config.toml"_s}; }

QByteArray DrogueTomlPackageWriter::toml(const DevicePackage &package)
{
    QString host;
    int port = 0;
    if (!package.http.isEmpty()) {
        host = package.http.host();
        port = package.http.port(package.http.scheme() == "http"_L1 ? 80 : 443);
    } else if (package.mqtt.isValid()) {
        host = package.mqtt.host;
        port = package.mqtt.port;
    }
    QByteArray out;
    out += "# drogue-device build configuration (~/.drogue/config.toml, or $DROGUE_CONFIG),\n"
           "# written by Drogue Workbench for device ";
    out += tomlString(package.device) + " of application " + tomlString(package.application) + ".\n";
    out += "# drogue-device reads top-level string keys; it takes no certificate or key from\n"
           "# this file. This device logs in with its certificate: give the firmware the\n"
           "# certificate and key (export the folder or c-header format) and, where an\n"
           "# example also asks for `password`, add the device's password credential.\n";
    if (!host.isEmpty()) {
        out += "hostname = " + tomlString(host) + '\n';
        out += "port = " + tomlString(QString::number(port)) + '\n';
    } else {
        out += "# hostname and port: unknown (no server was given); fill them in.\n";
    }
    out += "username = " + tomlString(package.device + u'@' + package.application) + '\n';
    return out;
}

Result<QList<ExportedFile>> DrogueTomlPackageWriter::write(const DevicePackage &package,
                                                           const ExportOptions &options) const
{
    QList<ExportedFile> files;
    if (Status st = writeOne(options, u"config.toml"_s, toml(package), false, &files); !st)
        return st.error();
    return files;
}

} // namespace dwb
