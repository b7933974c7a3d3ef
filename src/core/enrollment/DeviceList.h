// The device list of a batch enrollment: a text file (one device name per
// line, blank lines and '#' comments skipped) or a CSV file whose header has
// a `name` column and optional `labels` (k=v;k2=v2) and `alias` (extra
// aliases, ';'-separated) columns; fields may be quoted ("a, b", "" for ").
//
// Every problem of the list is collected (with its line number) so that the
// user sees all of them at once, before anything is written.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dwb {

struct DeviceListEntry {
    int line = 0;                     // 1-based line in the list file
    QString name;
    QMap<QString, QString> labels;    // CSV `labels`
    QStringList aliases;              // CSV `alias` (besides the certificate subject)
    QString fileStem;                 // safe, unique file name stem (see deviceFileStem)
};

struct DeviceListProblem {
    int line = 0;                     // 0: the file as a whole
    QString message;
};

struct DeviceList {
    bool csv = false;
    QList<DeviceListEntry> devices;
    QList<DeviceListProblem> problems; // empty = the list can be used
};

// A file name stem for a device name: deterministic and injective. Every
// byte of the UTF-8 name outside [A-Za-z0-9_-] (and '.' except inside the
// name) is percent-encoded, so '/' or ".." can never leave the folder and
// two names never share a stem. Very long names are cut and get a hash.
QString deviceFileStem(const QString &name);

enum class DeviceListFormat { Auto, Text, Csv };

// Auto: CSV when the file name ends with .csv, or when the first
// non-comment line, read as CSV, has a `name` column and at least one more.
DeviceList parseDeviceList(const QByteArray &data, DeviceListFormat format = DeviceListFormat::Auto,
                           const QString &fileName = {});

// Problems as "line N: message", one per line, for the user.
QString formatProblems(const QList<DeviceListProblem> &problems, const QString &fileName = {});

} // namespace dwb
