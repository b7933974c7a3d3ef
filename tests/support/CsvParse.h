// A small RFC 4180 reader for the tests of the ledger's CSV (its own code,
// written from the RFC, not the writer's): records of fields, quoted fields
// with doubled quotes, commas and line breaks inside; CRLF or LF line ends.
// *ok is false when a quoted field does not end or a quote stands inside an
// unquoted field.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dwb::test {

inline QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false, any = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                *ok = false;
            quoted = wasQuoted = any = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            wasQuoted = false;
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                record << field;
                records << record;
            }
            record.clear();
            field.clear();
            wasQuoted = any = false;
        } else {
            if (wasQuoted)
                *ok = false;
            field += c;
            any = true;
        }
    }
    if (quoted)
        *ok = false;
    if (any || !field.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

} // namespace dwb::test
