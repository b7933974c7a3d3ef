// Enroll Device wizard: application; device (existing or a new name
// validated as the server does); CA key (passphrase asked through Prompts,
// the matching anchor shown, or a clear refusal); device key (new with
// algorithm and validity, imported in any supported format, or an existing
// device certificate registered as is); output (PEM files and/or PKCS#12
// with passphrase); summary; progress; result with "Test Connection".
//
// An existing device certificate (issued elsewhere) registered as it is:
// the device page's "Register an existing device certificate" leads to
// RegisterCertificatePage (no CA key page, no key page), then the summary.
//
// Several devices at once: the device page takes a list (pasted, or loaded
// from a text/CSV file) checked as the batch job checks it, or a folder of
// the boards' certificate requests (RequestFolderBox, as dwb enroll-batch
// --csr-dir: certificates only, the keys stay on the boards); the key page
// offers only new keys (or, for the folder, only the validity); the output page a folder (an earlier batch there is
// resumed); the progress page runs dwb::BatchEnrollJob (done/total, rate,
// ETA, Stop, Resume); the result page lists enrolled/skipped/failed and
// offers Test Connection for a chosen device of the list that is complete.
//
// The pages (enroll/, common/) fill an EnrollDraft that the wizard owns;
// nextId() and the draft's mappings (request, batch options, summary) are
// where the three modes part ways.
#pragma once

#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/EnrollJob.h"
#include "core/enrollment/EnrollSupport.h"

#include <QPointer>
#include <QWizard>

#include <memory>

class QTemporaryFile;

namespace dwb {
class Job;
class RegistryClient;
}

namespace dwb::gui {

struct EnrollDraft;
class ApplicationPage;
class EnrollCaPage;
class JobProgressPage;

class EnrollWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { AppPageId, DevicePageId, CaPageId, KeyPageId, OutputPageId, SummaryPageId,
                  ProgressPageId, ResultPageId, RegisterPageId };

    EnrollWizard(RegistryClient *client, const QString &app, const QString &device = {},
                 QWidget *parent = nullptr);
    ~EnrollWizard() override;

    RegistryClient *client() const { return m_client; }
    ApplicationPage *applicationPage() const;
    QString applicationName() const;
    QString deviceName() const;
    EnrollJob *job() const { return m_job; }
    // Several devices: the list as parsed on the device page, the batch job.
    bool isBatch() const;
    // One device whose existing certificate is registered as it is (device
    // page's choice): RegisterPageId replaces the CA key, key and files pages.
    bool isRegistering() const;
    const DeviceList &deviceList() const;
    BatchEnrollJob *batchJob() const { return m_batch; }
    BatchOptions batchOptions() const;   // without deviceListFile

    EnrollRequest request() const;
    QString summaryText() const;
    int nextId() const override;
    void reject() override;

    // From the anchor wizard ("Enroll a Device…"): the application (given
    // to the constructor) and its CA key with the anchor it matches are
    // known, so the wizard starts at the device page and skips the CA page.
    // passphrase: what opens the key file (the batch job reads it again).
    void useCaKey(const QString &path, const PrivateKey &key, const SecretBytes &passphrase,
                  const AnchorMatch &match);

    static QString suggestedOutputDir(const QString &app);
    static QString suggestedBatchDir(const QString &app);

Q_SIGNALS:
    // The result page's "Test Connection": the device's certificate and key files.
    void testConnectionRequested(const QString &app, const QString &device, const QString &certFile,
                                 const QString &keyFile);
    void deviceEnrolled(const QString &app, const QString &device);
    void devicesEnrolled(const QString &app, int count);

protected:
    void initializePage(int id) override;

private:
    // The progress page's job for the draft's mode.
    Result<Job *> makeJob(QObject *parent);
    Result<Job *> makeBatchJob(QObject *parent);

    QPointer<RegistryClient> m_client;
    QPointer<EnrollJob> m_job;
    QPointer<BatchEnrollJob> m_batch;
    std::unique_ptr<EnrollDraft> m_draft;
    std::unique_ptr<QTemporaryFile> m_listFile; // the list as checked, for the batch job
    ApplicationPage *m_appPage;
    EnrollCaPage *m_caPage;
    JobProgressPage *m_progress;
};

} // namespace dwb::gui
