// The user PIN of a PKCS#11 token, asked as a QInputDialog would with
// password echo, naming the token (label, maker, model, serial) and
// showing its PIN warnings (describeTokenFlags: "final try", …) before the
// user types. The PIN is handed out once (takePin(): the field is wiped),
// never logged, never written; the workbench never retries it on its own.
// open() it (window-modal) and read takePin() on accepted.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/token/TokenProbe.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dwb::gui {

class TokenPinDialog : public QDialog {
    Q_OBJECT
public:
    TokenPinDialog(const TokenInfo &token, QWidget *parent = nullptr);
    ~TokenPinDialog() override;

    // The PIN typed, moved out of the field (which is cleared).
    SecretBytes takePin();
    QLineEdit *pinEdit() const { return m_pin; }
    QPushButton *okButton() const { return m_ok; }

    void done(int result) override;

private:
    QLineEdit *m_pin;
    QPushButton *m_ok;
};

} // namespace dwb::gui
