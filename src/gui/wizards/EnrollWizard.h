// Enroll Device wizard: application; device (existing or a new name
// validated as the server does); CA key (passphrase asked through Prompts,
// the matching anchor shown, or a clear refusal); device key (new with
// algorithm and validity, imported in any supported format, or an existing
// device certificate registered as is); output (PEM files and/or PKCS#12
// with passphrase); summary; progress; result with "Test Connection".
#pragma once

#include "core/enrollment/EnrollJob.h"

#include <QPointer>
#include <QWizard>

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class ApplicationPage;

class EnrollWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { AppPageId, DevicePageId, CaPageId, KeyPageId, OutputPageId, SummaryPageId,
                  ProgressPageId, ResultPageId };

    EnrollWizard(RegistryClient *client, const QString &app, const QString &device = {},
                 QWidget *parent = nullptr);
    ~EnrollWizard() override;

    RegistryClient *client() const { return m_client; }
    ApplicationPage *applicationPage() const;
    QString applicationName() const;
    QString deviceName() const;
    EnrollJob *job() const { return m_job; }

    EnrollRequest request() const;
    QString summaryText() const;
    int nextId() const override;
    void reject() override;

    static QString suggestedOutputDir(const QString &app);

Q_SIGNALS:
    // The result page's "Test Connection": the device's certificate and key files.
    void testConnectionRequested(const QString &app, const QString &device, const QString &certFile,
                                 const QString &keyFile);
    void deviceEnrolled(const QString &app, const QString &device);

private:
    friend class EnrollProgressPage;
    QPointer<RegistryClient> m_client;
    QPointer<EnrollJob> m_job;
};

} // namespace dwb::gui
