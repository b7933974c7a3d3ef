// The enrollment wizard's "Register an existing device certificate" page:
// a certificate issued elsewhere (e.g. with the openssl command line) is
// registered as it is, with no CA key and no device key. Check (or choosing
// the file with Browse…) reads the application's anchors from the server and
// runs the one shared check (checkExistingDeviceCertificate): it must chain
// to a trust anchor and be one Drogue Cloud accepts; the reason is shown
// otherwise and Next stays disabled. The summary, progress (EnrollJob,
// Source::ExistingCertificate) and result pages follow. The checked
// certificate goes into the wizard's draft.
#pragma once

#include "core/crypto/Certificate.h"
#include "core/enrollment/EnrollSupport.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

struct EnrollDraft;
class FileField;

class RegisterCertificatePage : public QWizardPage {
    Q_OBJECT
public:
    RegisterCertificatePage(EnrollDraft *draft, RegistryClient *client, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The anchor the checked certificate chains to (after Check).
    const std::optional<AnchorMatch> &match() const { return m_match; }

    FileField *certificateField() const { return m_certInput; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *statusLabel() const { return m_status; }

private:
    void reset();
    void check();

    EnrollDraft *m_draft;
    QPointer<RegistryClient> m_client;
    FileField *m_certInput;
    QPushButton *m_check;
    QLabel *m_status;
    QString m_app;
    bool m_checking = false;
    Certificate m_cert;
    std::optional<AnchorMatch> m_match;
};

} // namespace dwb::gui
