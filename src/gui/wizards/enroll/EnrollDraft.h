// What the enrollment wizard's pages have chosen so far: plain values, no
// widgets. The wizard owns one and hands it to every page; each page fills
// its part. The mode (one device, several from a list, or an existing
// certificate registered as it is) is set by the device page; the wizard's
// nextId() and the mappings below are where the modes part ways.
#pragma once

#include "core/cloud/Resources.h"
#include "core/crypto/Algorithm.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/crypto/SecretBytes.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/DeviceList.h"
#include "core/enrollment/EnrollJob.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/enrollment/RequestFolder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwb::gui {

struct EnrollDraft {
    enum class Mode { Single, Batch, Register };

    QString app;
    std::optional<Application> application; // as the first page last read it (with its anchors)
    Mode mode = Mode::Single;
    // Device page, one device (Single, Register).
    QString device;
    bool deviceExists = false;
    // Device page, several devices (Batch): the list as parsed, its text.
    DeviceList list;
    QByteArray listData;
    int existingCount = 0;                  // devices of the list the application has already
    // Several devices from a tray of boards (Batch): the folder of their
    // certificate requests; `list` is then its boards as read on the page.
    bool fromRequests = false;
    QString requestDir;
    RequestNaming requestNaming = RequestNaming::CommonName;
    bool copySubjectAltNames = false;
    // CA key page (or handed over by the anchor wizard).
    QString caKeyPath;                      // a file, or a token key's pkcs11: URI (never a PIN)
    PrivateKey caKey;
    SecretBytes caKeyPassphrase;            // what opened the CA key (the batch job reads the file again)
    std::optional<AnchorMatch> caMatch;
    bool caKeyGiven = false;                // no CA key page: the anchor wizard gave it
    // Key page.
    EnrollRequest::Source source = EnrollRequest::Source::NewKey;
    KeyAlgorithm algorithm = kDefaultAlgorithm;
    int days = kDefaultValidityDays;
    PrivateKey deviceKey;                   // ImportedKey (loaded on Next)
    Certificate deviceCertificate;          // ExistingCertificate, or the register page's
    CertificateRequest request;             // Request (read and judged on Next)
    RequestSigning signing;                 // Request: keep its subject, copy its SANs
    // Files page.
    QString outputDir;
    bool writePem = true;
    bool writePkcs12 = false;
    bool writeDer = false;                  // Request (one or a tray): the certificate also as DER
    SecretBytes pkcs12Passphrase;

    bool isBatch() const { return mode == Mode::Batch; }
    bool isRegistering() const { return mode == Mode::Register; }
    // The keys stay on the boards: one request, or a folder of them.
    bool keysOnBoards() const
    {
        return isBatch() ? fromRequests : !isRegistering() && source == EnrollRequest::Source::Request;
    }
};

// The job request for one device (Single, Register).
EnrollRequest enrollRequest(const EnrollDraft &draft);
// The batch job's options (Batch), without deviceListFile (with requestDir
// for a tray of boards).
BatchOptions batchOptions(const EnrollDraft &draft);
// The files one device gets (Single): key and certificate PEM, PKCS#12; or
// for a request the certificate (PEM, DER) and the chain.
QStringList enrollOutputPaths(const EnrollDraft &draft);

} // namespace dwb::gui
