// The trust anchor wizard's key page: a new CA key, an existing key, or an
// existing CA certificate with its key (checked on Next: a CA, the key
// belongs to it, a key Drogue Cloud accepts), or a key on a hardware token
// (an existing one, or one the job makes there).
#pragma once

#include "core/crypto/SecretBytes.h"

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
    // The PIN the token accepted (the job makes a new key with it); empty without a token.
    SecretBytes tokenPin() const;

private:
    void store();
    bool validateTokenKey();

    AnchorDraft *m_draft;
    KeySourceWidget *m_source;
};

} // namespace dwb::gui
