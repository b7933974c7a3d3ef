// Endpoints::fromJson (contract section 1) on any JSON document, and back.
#pragma once

#include "FuzzCheck.h"
#include "core/cloud/Endpoints.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace dwb::fuzz {

inline int endpointsInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject obj = QJsonDocument::fromJson(bytes).object();
    const Endpoints e = Endpoints::fromJson(obj);
    (void)e.mqtt.isValid();
    (void)e.mqttIntegration.isValid();
    const QJsonObject back = e.toJson();
    // Unknown keys are kept.
    for (auto it = obj.begin(); it != obj.end(); ++it)
        check(back.contains(it.key()), "every key survives fromJson/toJson");
    (void)Endpoints::fromJson(back);
    return 0;
}

} // namespace dwb::fuzz
