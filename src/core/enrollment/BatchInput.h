// What a batch starts from, read and checked before anything is written
// (BatchEnrollJob::prepare): the options' consistency, the devices (a
// device list, a tray of certificate requests, or a renewal plan) and the
// CA key (a key file, or a token's key by its pkcs11: URI).
#pragma once

#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"
#include "core/enrollment/DeviceList.h"
#include "core/util/Result.h"

#include <QList>

namespace dwb {

struct BatchOptions;

struct BatchInput {
    DeviceList list;
    QList<CertificateRequest> requests; // a tray or a renewal: one per device of list
};

// The options that cannot work together, or lack what they need (no client
// online: clientGiven false).
Status checkBatchOptions(const BatchOptions &options, bool clientGiven);

// The devices. On bad list lines or requests: the error, and every problem
// in *problems (nothing was written).
Result<BatchInput> readBatchInput(const BatchOptions &options, QList<DeviceListProblem> *problems);

// The CA key, with its private part (or a token's key that signs there).
Result<PrivateKey> loadBatchCaKey(const BatchOptions &options);

} // namespace dwb
