// The devices of a batch folder (dwb enroll-batch, the wizard's several
// devices) as export inputs: the application from OUT/manifest.jsonl's first
// line, and every device the manifest records with a certificate, with its
// files <stem>.pem and <stem>.key (a board that kept its key is listed
// without a key file, and cannot be exported).
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace dwb {

struct BatchPackageFiles {
    QString device;
    QString certPath;
    QString keyPath;   // empty: no key file (the board kept its key)
};

struct BatchPackages {
    QString application;
    QList<BatchPackageFiles> devices; // in manifest order

    static Result<BatchPackages> read(const QString &batchDir);
};

} // namespace dwb
