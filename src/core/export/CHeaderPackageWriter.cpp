#include "core/export/CHeaderPackageWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

// A C string literal, one source line per PEM line. PEM is base64 and
// dashes: no quote or backslash to escape.
QByteArray pemLiteral(const QByteArray &pem)
{
    QByteArray out;
    const QList<QByteArray> lines = pem.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        out += "    \"" + line + "\\n\"\n";
    }
    return out;
}

QByteArray derArray(const QByteArray &der)
{
    QByteArray out;
    for (qsizetype i = 0; i < der.size(); ++i) {
        if (i % 12 == 0)
            out += i == 0 ? "    " : "\n    ";
        out += QByteArray::number(quint8(der.at(i)), 16).rightJustified(2, '0').prepend("0x");
        if (i + 1 < der.size())
            out += i % 12 == 11 ? "," : ", ";
    }
    return out + '\n';
}

QByteArray cString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (quint8(c) < 0x20 || quint8(c) >= 0x7f) {
            out += "\\" + QByteArray::number(quint8(c), 8).rightJustified(3, '0');
            continue;
        }
        out += c;
    }
    return out + '"';
}

void addBlob(QByteArray &h, const QByteArray &id, const char *what, const QByteArray &pem, const QByteArray &der)
{
    h += "static const char " + id + '_' + what + "_pem[] =\n" + pemLiteral(pem) + "    ;\n";
    h += "static const unsigned char " + id + '_' + what + "_der[] = {\n" + derArray(der) + "};\n";
    h += "static const unsigned int " + id + '_' + what + "_der_len = " + QByteArray::number(der.size()) + "u;\n\n";
}

} // namespace

QString CHeaderPackageWriter::format() const { return u"c-header"_s; }

QString CHeaderPackageWriter::description() const
{
    return QCoreApplication::translate("dwb::PackageWriter",
                                       "C header: certificate, key and CA as PEM strings and DER arrays");
}

QString CHeaderPackageWriter::cIdentifier(const QString &device)
{
    QString id;
    for (const QChar c : device.toLower()) {
        const bool ok = (c >= 'a'_L1 && c <= 'z'_L1) || (c >= '0'_L1 && c <= '9'_L1) || c == '_'_L1;
        id += ok ? c : '_'_L1;
    }
    if (id.isEmpty() || !(id.at(0) >= 'a'_L1 && id.at(0) <= 'z'_L1))
        id.prepend("dev_"_L1);
    return id;
}

QStringList CHeaderPackageWriter::fileNames(const DevicePackage &package) const
{
    return {cIdentifier(package.device) + ".h"_L1};
}

Result<QByteArray> CHeaderPackageWriter::header(const DevicePackage &package)
{
    auto keyPem = package.key.toPkcs8Pem();
    if (!keyPem)
        return keyPem.error();
    auto keyDer = package.key.toPkcs8Der();
    if (!keyDer)
        return keyDer.error();
    const QByteArray id = cIdentifier(package.device).toLatin1();
    const QByteArray ID = id.toUpper();
    const QByteArray guard = "DROGUE_" + ID + "_H";
    QByteArray h;
    h += "/* Device credentials (" + id + "), written by Drogue Workbench.\n"
         " * It holds the device's PRIVATE KEY: keep it out of version control. */\n";
    h += "#ifndef " + guard + "\n#define " + guard + "\n\n";
    h += "#define " + ID + "_APPLICATION " + cString(package.application) + '\n';
    h += "#define " + ID + "_DEVICE " + cString(package.device) + '\n';
    h += "#define " + ID + "_CHANNEL " + cString(package.channel) + '\n';
    if (package.mqtt.isValid()) {
        h += "#define " + ID + "_MQTT_HOST " + cString(package.mqtt.host) + '\n';
        h += "#define " + ID + "_MQTT_PORT " + QByteArray::number(package.mqtt.port) + '\n';
    }
    if (!package.http.isEmpty())
        h += "#define " + ID + "_HTTP_URL " + cString(package.http.toString()) + '\n';
    h += '\n';
    addBlob(h, id, "cert", package.certificate.toPem(), package.certificate.toDer());
    addBlob(h, id, "key", keyPem->bytes(), keyDer->bytes());
    if (!package.serverCa.isEmpty()) {
        QByteArray pem;
        for (const Certificate &c : package.serverCa)
            pem += c.toPem();
        addBlob(h, id, "ca", pem, package.serverCa.first().toDer());
    }
    if (!package.chain.isEmpty())
        addBlob(h, id, "anchor", package.chain.last().toPem(), package.chain.last().toDer());
    h += "#endif /* " + guard + " */\n";
    return h;
}

Result<QList<ExportedFile>> CHeaderPackageWriter::write(const DevicePackage &package,
                                                        const ExportOptions &options) const
{
    auto h = header(package);
    if (!h)
        return h.error();
    const SecretBytes text(std::move(*h)); // holds the key: wiped when written
    QList<ExportedFile> files;
    if (Status st = writeOne(options, fileNames(package).first(), text.bytes(), true, &files); !st)
        return st.error();
    return files;
}

} // namespace dwb
