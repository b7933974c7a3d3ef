#include "core/enrollment/DeviceList.h"

#include "core/cloud/Resources.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

namespace dwb {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("DeviceList", text); }

constexpr qsizetype kMaxStem = 160;
constexpr qsizetype kMaxCommonName = 64; // the device name is the certificate's CN (RFC 5280)

bool plainByte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
           || c == '-' || c == '.';
}

// Splits one CSV line; false when a quote is not closed.
bool splitCsv(const QString &line, QStringList *fields)
{
    fields->clear();
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = wasQuoted = true;
        } else if (c == u',') {
            fields->append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    fields->append(wasQuoted ? field : field.trimmed());
    return true;
}

bool skipLine(const QString &trimmed) { return trimmed.isEmpty() || trimmed.startsWith(u'#'); }

} // namespace

QString deviceFileStem(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 8);
    static const char hex[] = "0123456789ABCDEF";
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        // A leading '.' would hide the file (or be "." / ".."): encode it.
        if (plainByte(c) && !(c == '.' && i == 0)) {
            out += c;
        } else {
            const auto b = static_cast<unsigned char>(c);
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xF];
        }
    }
    if (out.size() > kMaxStem) {
        // Cut on an encoding boundary, then a hash of the whole name keeps it unique.
        qsizetype cut = kMaxStem - 18;
        while (cut > 0 && (out.at(cut - 1) == '%' || (cut > 1 && out.at(cut - 2) == '%')))
            --cut;
        const QByteArray hash = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex().left(16);
        out = out.left(cut) + '~' + hash;
    }
    return QString::fromLatin1(out);
}

DeviceList parseDeviceList(const QByteArray &data, DeviceListFormat format, const QString &fileName)
{
    DeviceList list;
    const QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter))
        list.problems.append({0, tr("The list is not UTF-8 text.")});
    QStringList lines = text.split(u'\n');
    for (QString &l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF)))
        lines.first().remove(0, 1);

    // Format and header.
    int headerLine = -1;
    QStringList header;
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (skipLine(t))
            continue;
        QStringList fields;
        const bool okCsv = splitCsv(lines.at(i), &fields);
        for (QString &f : fields)
            f = f.trimmed().toLower();
        if (format == DeviceListFormat::Csv
            || (format == DeviceListFormat::Auto
                && (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                    || (okCsv && fields.size() >= 2 && fields.contains(QLatin1String("name")))))) {
            list.csv = true;
            headerLine = i;
            header = fields;
        }
        break;
    }

    int nameCol = -1, labelsCol = -1, aliasCol = -1;
    if (list.csv) {
        if (headerLine < 0) {
            list.problems.append({0, tr("The CSV list has no header line.")});
            return list;
        }
        nameCol = static_cast<int>(header.indexOf(QLatin1String("name")));
        labelsCol = static_cast<int>(header.indexOf(QLatin1String("labels")));
        aliasCol = static_cast<int>(header.indexOf(QLatin1String("alias")));
        if (aliasCol < 0)
            aliasCol = static_cast<int>(header.indexOf(QLatin1String("aliases")));
        if (nameCol < 0) {
            list.problems.append({headerLine + 1, tr("The CSV header has no 'name' column.")});
            return list;
        }
    }

    QHash<QString, int> nameLines, stemLines;
    nameLines.reserve(lines.size());
    stemLines.reserve(lines.size());
    list.devices.reserve(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        if (list.csv && i <= headerLine)
            continue;
        const QString trimmed = lines.at(i).trimmed();
        if (skipLine(trimmed))
            continue;
        DeviceListEntry e;
        e.line = lineNo;
        bool bad = false;
        if (list.csv) {
            QStringList fields;
            if (!splitCsv(lines.at(i), &fields)) {
                list.problems.append({lineNo, tr("A quoted field is not closed.")});
                continue;
            }
            if (fields.size() > header.size()) {
                list.problems.append({lineNo, tr("The line has %1 fields, the header %2 (quote fields "
                                                 "that contain commas).")
                                                  .arg(fields.size())
                                                  .arg(header.size())});
                continue;
            }
            e.name = fields.value(nameCol);
            if (labelsCol >= 0) {
                const QString labels = fields.value(labelsCol).trimmed();
                const auto parts = labels.split(u';', Qt::SkipEmptyParts);
                for (const QString &part : parts) {
                    const qsizetype eq = part.indexOf(u'=');
                    const QString key = part.left(eq).trimmed();
                    if (eq <= 0 || key.isEmpty()) {
                        list.problems.append({lineNo, tr("The label '%1' is not of the form key=value.")
                                                          .arg(part.trimmed())});
                        bad = true;
                        continue;
                    }
                    e.labels.insert(key, part.mid(eq + 1).trimmed());
                }
            }
            if (aliasCol >= 0) {
                const auto parts = fields.value(aliasCol).split(u';', Qt::SkipEmptyParts);
                for (const QString &part : parts) {
                    const QString alias = part.trimmed();
                    if (!alias.isEmpty() && !e.aliases.contains(alias))
                        e.aliases.append(alias);
                }
            }
        } else {
            // A text line is the name as written, without surrounding blanks.
            e.name = trimmed;
        }

        if (const QString why = validateDeviceName(e.name); !why.isEmpty()) {
            list.problems.append({lineNo, e.name.isEmpty() ? why : QStringLiteral("'%1': %2").arg(e.name, why)});
            continue;
        }
        if (e.name.size() > kMaxCommonName) {
            list.problems.append({lineNo, tr("'%1' is %2 characters long; a certificate's common name (CN) holds at "
                                             "most %3.")
                                              .arg(e.name)
                                              .arg(e.name.size())
                                              .arg(kMaxCommonName)});
            continue;
        }
        if (const auto it = nameLines.constFind(e.name); it != nameLines.cend()) {
            list.problems.append({lineNo, tr("'%1' is listed twice (first on line %2).").arg(e.name).arg(*it)});
            continue;
        }
        nameLines.insert(e.name, lineNo);
        e.fileStem = deviceFileStem(e.name);
        // The encoding is injective; a shortened stem could still meet another.
        const QString stemKey = e.fileStem;
        if (const auto it = stemLines.constFind(stemKey); it != stemLines.cend()) {
            list.problems.append({lineNo, tr("'%1' would use the same file names as the device on line %2.")
                                              .arg(e.name)
                                              .arg(*it)});
            continue;
        }
        stemLines.insert(stemKey, lineNo);
        if (!bad)
            list.devices.append(std::move(e));
    }
    if (list.problems.isEmpty() && list.devices.isEmpty())
        list.problems.append({0, tr("The list names no device.")});
    return list;
}

QString formatProblems(const QList<DeviceListProblem> &problems, const QString &fileName)
{
    QStringList out;
    for (const auto &p : problems) {
        if (p.line <= 0)
            out.append(fileName.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(fileName, p.message));
        else if (fileName.isEmpty())
            out.append(tr("line %1: %2").arg(p.line).arg(p.message));
        else
            out.append(tr("%1 line %2: %3").arg(fileName).arg(p.line).arg(p.message));
    }
    return out.join(u'\n');
}

} // namespace dwb
