// The enrollment wizard's device key page: a new key, an imported key (one
// Drogue Cloud accepts), or an existing device certificate registered as it
// is (it must chain to an anchor of the application), and the validity.
// Several devices from a list always get new keys; from a folder of
// requests, the boards' own keys (only the validity is chosen here).
#pragma once

#include <QWizardPage>

namespace dwb::gui {

struct EnrollDraft;
class KeySourceWidget;

class EnrollKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollKeyPage(EnrollDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void store();
    bool readRequest();

    EnrollDraft *m_draft;
    KeySourceWidget *m_source;
};

} // namespace dwb::gui
