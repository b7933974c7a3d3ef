#include "core/enrollment/BatchManifest.h"

#include "core/util/JsonText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {
constexpr int kManifestSyncEvery = 512;   // registered records between fdatasync
} // namespace

QString BatchManifest::path(const QString &outDir) { return outDir + "/manifest.jsonl"_L1; }

// The messages are the job's (translated in its context).
Status BatchManifest::open(const QString &outDir, const QString &app, KeyAlgorithm algorithm)
{
    const QString path = BatchManifest::path(outDir);
    bool haveHeader = false;
    if (QFileInfo::exists(path)) {
        auto data = readWholeFile(path, 1024LL * 1024 * 1024);
        if (!data)
            return data.error();
        const QList<QByteArray> lines = data->split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const QJsonObject obj = QJsonDocument::fromJson(line).object();
            if (obj.isEmpty())
                continue; // a line cut short by a crash
            if (obj.contains("batch"_L1)) {
                haveHeader = true;
                const QString batchApp = obj.value("app"_L1).toString();
                const QString alg = obj.value("algorithm"_L1).toString();
                if (batchApp != app)
                    return Error(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate(
                                     "dwb::BatchEnrollJob",
                                     "The folder %1 holds a batch for application '%2'; use another folder.")
                                     .arg(QDir::toNativeSeparators(outDir), batchApp));
                if (alg != algorithmName(algorithm))
                    return Error(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate(
                                     "dwb::BatchEnrollJob",
                                     "The folder %1 holds a batch made with %2 keys; run it again with --algo %2 "
                                     "or use another folder.")
                                     .arg(QDir::toNativeSeparators(outDir), alg));
                continue;
            }
            const QString device = obj.value("d"_L1).toString();
            const QString state = obj.value("s"_L1).toString();
            quint8 &flags = m_state[device];
            if (state == "key"_L1)
                flags |= KeyDone;
            else if (state == "cert"_L1)
                flags |= CertDone;
            else if (state == "registered"_L1)
                flags |= Registered;
        }
    }
    if (Status st = m_file.open(path); !st)
        return st;
    m_newBatch = !haveHeader;
    if (!haveHeader) {
        QJsonObject header{{"batch"_L1, 1},
                           {"app"_L1, app},
                           {"algorithm"_L1, algorithmName(algorithm)}};
        if (Status st = m_file.append(QJsonDocument(header).toJson(QJsonDocument::Compact)); !st)
            return st;
    }
    return {};
}

void BatchManifest::record(const QString &device, const char *state, const QString &error)
{
    if (!m_file.isOpen())
        return;
    QByteArray &out = m_pendingRecords;
    out += "{\"d\":";
    appendJsonString(out, device);
    out += ",\"s\":\"";
    out += state;
    out += '"';
    if (!error.isEmpty()) {
        out += ",\"error\":";
        appendJsonString(out, error);
    }
    out += "}\n";
    ++m_recordsSinceSync;
}

// Writes the recorded lines (one write), and fdatasyncs the manifest when
// asked or every kManifestSyncEvery records.
Status BatchManifest::flush(bool sync)
{
    if (!m_file.isOpen())
        return {};
    if (Status st = m_file.appendLines(std::exchange(m_pendingRecords, {})); !st)
        return st;
    if (sync || m_recordsSinceSync >= kManifestSyncEvery) {
        m_recordsSinceSync = 0;
        return m_file.sync();
    }
    return {};
}

void BatchManifest::close()
{
    (void)m_file.appendLines(std::exchange(m_pendingRecords, {}));
    m_file.close();
}

} // namespace dwb
