// What a device's firmware needs to connect (issue 22): its certificate and
// key, the chain up to the application's trust anchor, the CA of the
// server, and the endpoints (MQTT host/port, HTTP URL) as the workbench
// knows them from the connection's discovery. The input of every
// PackageWriter; plain data, filled by the window or dwb.
#pragma once

#include "core/cloud/Endpoints.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace dwb {

struct DevicePackage {
    QString application;
    QString device;
    Certificate certificate;
    PrivateKey key;
    QList<Certificate> chain;     // above the certificate, up to the application's anchor (empty when unknown)
    QList<Certificate> serverCa;  // the CA that signed the server's TLS certificate (a local CA, the
                                  // sandbox's); empty: the firmware trusts the public CAs it has
    HostPort mqtt;                // invalid when unknown
    QUrl http;                    // empty when unknown
    QString channel = QStringLiteral("temp"); // what the device publishes on (MQTT topic, HTTP /v1/<channel>)

    // The certificate and key from files (PEM or DER; an encrypted key with
    // its passphrase). The error names the file.
    static Result<DevicePackage> fromFiles(const QString &application, const QString &device,
                                           const QString &certPath, const QString &keyPath,
                                           const SecretBytes &keyPassphrase = {});

    // Adds the endpoints the server announced (discovery) and, from a
    // file, the server's CA (serverCaFile may be empty: none).
    Status setServer(const Endpoints &endpoints, const QString &serverCaFile);
    // Picks, among the application's anchors, the one that signed the
    // certificate (signature checked) as the chain. False: none did.
    bool setChainFromAnchors(const QList<Certificate> &anchors);
    // The same from a PEM file holding the anchor (and intermediates).
    Status setChainFromFile(const QString &path);

    // Names given, a certificate and a private key that belong together.
    Status check() const;
    // The file name stem of the device (deviceFileStem: '/' and ".." never leave the folder).
    QString fileStem() const;
};

} // namespace dwb
