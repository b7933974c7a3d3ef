// The trust anchor wizard's storage page (form: ui/AnchorStoragePage.ui):
// where the CA key is written (0600, optionally encrypted) or that an
// existing key stays where it is, and an optional copy of the anchor
// certificate. Nothing is ever overwritten.
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class AnchorStoragePage;
}

namespace dwb::gui {

struct AnchorDraft;

class AnchorStoragePage : public QWizardPage {
    Q_OBJECT
public:
    AnchorStoragePage(AnchorDraft *draft, QWidget *parent = nullptr);
    ~AnchorStoragePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

private:
    void store();
    QString problem() const;

    AnchorDraft *m_draft;
    std::unique_ptr<Ui::AnchorStoragePage> ui;
    QString m_app;
};

} // namespace dwb::gui
