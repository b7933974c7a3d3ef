// The trust anchor wizard's key page: a new CA key, an existing key, or an
// existing CA certificate with its key (checked on Next: a CA, the key
// belongs to it, a key Drogue Cloud accepts).
#pragma once

#include <QWizardPage>

namespace dwb::gui {

struct AnchorDraft;
class KeySourceWidget;

class AnchorKeyPage : public QWizardPage {
    Q_OBJECT
public:
    AnchorKeyPage(AnchorDraft *draft, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void store();

    AnchorDraft *m_draft;
    KeySourceWidget *m_source;
};

} // namespace dwb::gui
