#include "gui/wizards/enroll/EnrollDraft.h"

#include "core/token/Pkcs11Uri.h"

namespace dwb::gui {

EnrollRequest enrollRequest(const EnrollDraft &d)
{
    EnrollRequest r;
    r.app = d.app;
    r.ledger.source = QStringLiteral("gui"); // the default ledger ($DWB_LEDGER or the data folder)
    r.device = d.device;
    if (d.isRegistering()) {
        // No CA key, no device key, no files: the certificate as it is.
        r.source = EnrollRequest::Source::ExistingCertificate;
        r.deviceCertificate = d.deviceCertificate;
        r.writePem = false;
        return r;
    }
    r.caKey = d.caKey;
    r.caKeyPath = d.caKeyPath;
    r.source = d.source;
    r.algorithm = d.algorithm;
    r.days = d.days;
    r.deviceKey = d.deviceKey;
    r.deviceCertificate = d.deviceCertificate;
    r.certificateRequest = d.request;
    r.requestSigning = d.signing;
    r.outputDir = d.outputDir;
    r.writePem = d.writePem;
    r.writePkcs12 = d.writePkcs12;
    r.writeDer = d.source == EnrollRequest::Source::Request && d.writeDer;
    if (r.writePkcs12)
        r.pkcs12Passphrase = std::make_shared<SecretBytes>(d.pkcs12Passphrase.clone());
    return r;
}

BatchOptions batchOptions(const EnrollDraft &d)
{
    BatchOptions o;
    o.app = d.app;
    o.ledger.source = QStringLiteral("gui");
    o.caKeyFile = d.caKeyPath;
    o.caKeyPassphrase = d.caKeyPassphrase.clone();
    if (Pkcs11Uri::looksLike(d.caKeyPath))
        o.caKey = d.caKey; // the token's key, logged in on the CA page (the batch job never asks for a PIN)
    o.outDir = d.outputDir;
    o.algorithm = d.algorithm;
    o.days = d.days;
    o.pkcs12 = d.writePkcs12;
    if (o.pkcs12)
        o.pkcs12Passphrase = d.pkcs12Passphrase.clone();
    if (d.fromRequests) { // read again by the job, as dwb enroll-batch --csr-dir does
        o.requestDir = d.requestDir;
        o.requestNaming = d.requestNaming;
        o.copySubjectAltNames = d.copySubjectAltNames;
        o.der = d.writeDer;
        o.pkcs12 = false;
    }
    return o;
}

QStringList enrollOutputPaths(const EnrollDraft &d)
{
    QStringList out;
    if (d.source == EnrollRequest::Source::Request) { // the key stays on the board
        if (!d.writePem)
            return out;
        out << EnrollJob::certFileName(d.outputDir, d.device);
        if (d.writeDer)
            out << EnrollJob::derFileName(d.outputDir, d.device);
        return out << EnrollJob::chainFileName(d.outputDir, d.device);
    }
    if (d.writePem)
        out << EnrollJob::keyFileName(d.outputDir, d.device) << EnrollJob::certFileName(d.outputDir, d.device);
    if (d.writePkcs12)
        out << EnrollJob::pkcs12FileName(d.outputDir, d.device);
    return out;
}

} // namespace dwb::gui
