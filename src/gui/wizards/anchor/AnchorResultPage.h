// The trust anchor wizard's last page (form: ui/AnchorResultPage.ui): the
// anchor as the server has it, where its key is, and "Enroll a Device…".
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class AnchorResultPage;
}

namespace dwb::gui {

class TrustAnchorWizard;

class AnchorResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AnchorResultPage(TrustAnchorWizard *wizard);
    ~AnchorResultPage() override;

    void initializePage() override;

private:
    TrustAnchorWizard *m_wizard;
    std::unique_ptr<Ui::AnchorResultPage> ui;
};

} // namespace dwb::gui
