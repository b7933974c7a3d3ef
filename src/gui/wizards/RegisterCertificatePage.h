// The enrollment wizard's "Register an existing device certificate" page:
// a certificate issued elsewhere (e.g. with the openssl command line) is
// registered as it is, with no CA key and no device key. Check (or choosing
// the file with Browse…) reads the application's anchors from the server and
// runs the one shared check (checkExistingDeviceCertificate): it must chain
// to a trust anchor and be one Drogue Cloud accepts; the reason is shown
// otherwise and Next stays disabled. The summary, progress (EnrollJob,
// Source::ExistingCertificate) and result pages follow.
#pragma once

#include "core/crypto/Certificate.h"
#include "core/enrollment/EnrollJob.h"
#include "core/enrollment/EnrollSupport.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;

namespace dwb::gui {

class EnrollWizard;
class FileField;

class RegisterCertificatePage : public QWizardPage {
    Q_OBJECT
public:
    explicit RegisterCertificatePage(EnrollWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

    // The checked certificate and the anchor it chains to (after Check).
    const Certificate &certificate() const { return m_cert; }
    const std::optional<AnchorMatch> &match() const { return m_match; }
    // Source::ExistingCertificate for the wizard's device: no CA key, no files.
    EnrollRequest request() const;

    FileField *certificateField() const { return m_certInput; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *statusLabel() const { return m_status; }

private:
    void reset();
    void check();

    EnrollWizard *m_wizard;
    FileField *m_certInput;
    QPushButton *m_check;
    QLabel *m_status;
    QString m_app;
    bool m_checking = false;
    Certificate m_cert;
    std::optional<AnchorMatch> m_match;
};

} // namespace dwb::gui
