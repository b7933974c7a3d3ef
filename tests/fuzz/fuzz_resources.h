// The JSON views of applications and devices (cloud/Resources.h): built from
// any JSON the server could send, every accessor and every modifier called.
#pragma once

#include "FuzzCheck.h"
#include "core/cloud/Resources.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace dwb::fuzz {

inline int resourcesInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject obj = QJsonDocument::fromJson(bytes).object();

    auto common = [](Resource &r) {
        (void)r.name();
        (void)r.uid();
        (void)r.resourceVersion();
        (void)r.generation();
        (void)r.creationTimestamp();
        const auto labels = r.labels();
        (void)r.annotations();
        (void)r.metadata();
        (void)r.spec();
        (void)r.status();
        (void)r.toUpdateJson();
        r.setLabels(labels);
        r.setSpecSection(QStringLiteral("fuzz"), QJsonValue(1));
        r.setSpecSection(QStringLiteral("fuzz"), QJsonValue());
    };

    Application app(obj);
    common(app);
    const auto pems = app.trustAnchorPems();
    (void)app.trustAnchorStatuses();
    app.addTrustAnchor(QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n"));
    check(app.trustAnchorPems().size() == pems.size() + 1, "an added anchor is there once");
    (void)app.removeTrustAnchor(int(pems.size()));
    (void)app.removeTrustAnchor(-1);

    Device dev(obj);
    common(dev);
    (void)dev.application();
    const QStringList aliases = dev.aliases();
    (void)dev.disabled();
    (void)dev.credentials();
    const QString fresh = QStringLiteral("fuzz-alias-\u00e9");
    if (!aliases.contains(fresh)) {
        check(dev.addAlias(fresh) && dev.aliases().contains(fresh) && dev.removeAlias(fresh),
              "a new alias is added and removed");
    }
    dev.setDisabled(!dev.disabled());
    dev.setAliases(aliases);
    (void)validateApplicationName(dev.name());
    (void)validateDeviceName(dev.name());
    return 0;
}

} // namespace dwb::fuzz
