// The enrollment wizard's CA key page (form: ui/EnrollCaPage.ui): the key
// file (its passphrase asked through Prompts), checked against the
// application's trust anchors as the server has them: the matching anchor
// is shown, or a clear refusal, and Next waits for a match.
#pragma once

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class EnrollCaPage;
}

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

struct EnrollDraft;

class EnrollCaPage : public QWizardPage {
    Q_OBJECT
public:
    EnrollCaPage(EnrollDraft *draft, RegistryClient *client, QWidget *parent = nullptr);
    ~EnrollCaPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

    // The CA key handed over with its anchor (the anchor wizard's "Enroll a Device…").
    void setCheckedKey(const QString &path);

private:
    void verify();

    EnrollDraft *m_draft;
    QPointer<RegistryClient> m_client;
    std::unique_ptr<Ui::EnrollCaPage> ui;
    QString m_app;
    bool m_checking = false;
};

} // namespace dwb::gui
