// The manifest of a batch folder (BatchEnrollJob.h): OUT/manifest.jsonl,
// append-only, one JSON object per line. The first line names the batch's
// application and key algorithm; then each device's states: "key", "cert",
// "registered" (and "failed" with the reason).
//
//   BatchManifest m;
//   m.open(outDir, app, algorithm);            // reads what is recorded
//   m.record(device, "key"); …                 // collected in memory
//   m.flush(false);                            // one write per turn
//   m.close();
//
// Used on the job's thread only.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/enrollment/BatchFiles.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace dwb {

class BatchManifest {
public:
    enum : quint8 { KeyDone = 1, CertDone = 2, Registered = 4 };

    static QString path(const QString &outDir);

    // Reads the states recorded in the folder's manifest (a batch of another
    // application or algorithm is refused), then opens it for appending;
    // a new manifest gets its first line.
    Status open(const QString &outDir, const QString &app, KeyAlgorithm algorithm);
    // The folder held no batch manifest when open() was called.
    bool isNewBatch() const { return m_newBatch; }
    // A device's states (KeyDone, CertDone, Registered) as recorded.
    quint8 &state(const QString &device) { return m_state[device]; }

    // Adds a line (written by the next flush()).
    void record(const QString &device, const char *state, const QString &error = {});
    Status flush(bool sync);
    // Writes the recorded lines (a write error is not reported) and closes.
    void close();

private:
    AppendFile m_file;
    QHash<QString, quint8> m_state;
    bool m_newBatch = false;   // the folder held no batch manifest when this run started
    int m_recordsSinceSync = 0;
    QByteArray m_pendingRecords;       // manifest lines not written yet (one write per turn)
};

} // namespace dwb
