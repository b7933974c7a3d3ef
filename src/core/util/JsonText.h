// JSON strings written by hand, as UTF-8 (the one escaper of the project):
// the batch's manifest writes two lines per device and the ledger a files
// column per certificate, where a QJsonDocument (or a QString per value)
// would be a batch's cost (issue 20). Both are read back with
// QJsonDocument. `"` and `\` get a backslash, control characters become
// \u00xx, everything else is its UTF-8.
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

namespace dwb {

// text's UTF-8 into out (room for 3 bytes per UTF-16 unit); the end. The one
// way text is written into a UTF-8 buffer (the JSON strings below, the
// ledger's packed records and its statement's values).
char *writeUtf8(char *out, QStringView text);

// Bytes that writeJsonString(text) writes at most: the quotes, and per
// UTF-16 unit at most 6 (an escaped control character; UTF-8 takes 3).
constexpr qsizetype jsonStringBound(QStringView text) { return 2 + 6 * text.size(); }
// text as a JSON string into out (room for jsonStringBound(text)); the end.
char *writeJsonString(char *out, QStringView text);
// The same, appended to out.
void appendJsonString(QByteArray &out, QStringView text);

// Bytes that writeJsonStringArray(items) writes at most.
qsizetype jsonStringArrayBound(const QStringList &items);
// items as a JSON array of strings (["a","b"]) into out; the end.
char *writeJsonStringArray(char *out, const QStringList &items);
// The strings of a JSON array of strings (what writeJsonStringArray wrote);
// empty when json is not an array.
QStringList readJsonStringArray(QByteArrayView json);

} // namespace dwb
