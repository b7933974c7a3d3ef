// The renewal wizard's first choices: the devices (as chosen in the
// Certificates view, or those on the old anchor in a rotation), the CA key
// the new certificates are issued under (checked against the application's
// anchors; in a rotation it must be another anchor than the one retired),
// same or new keys, the lifetime and the output folder.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class FileField;
struct RenewDraft;

class RenewSetupPage : public QWizardPage {
    Q_OBJECT
public:
    RenewSetupPage(RenewDraft *draft, RegistryClient *client, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    FileField *caKeyField() const { return m_caKey; }
    FileField *outputField() const { return m_out; }
    QCheckBox *newKeyBox() const { return m_newKey; }
    // The key a rotation created a moment ago (checked at once).
    void setCaKeyPath(const QString &path);

private:
    void check();

    RenewDraft *m_draft;
    RegistryClient *m_client;
    QLabel *m_devices, *m_caStatus;
    FileField *m_caKey, *m_out;
    QCheckBox *m_newKey;
    QSpinBox *m_days;
    bool m_checking = false;
};

} // namespace dwb::gui
