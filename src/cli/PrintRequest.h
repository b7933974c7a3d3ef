// `dwb inspect` for a certificate request (CSR): the text and JSON forms.
#pragma once

#include "core/crypto/RequestInspection.h"

#include <QJsonObject>
#include <QTextStream>

namespace dwb::cli {

void printRequest(QTextStream &out, const RequestInfo &info);

} // namespace dwb::cli
