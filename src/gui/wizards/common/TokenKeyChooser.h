// A CA key on a hardware token (PKCS#11), for both wizards: the tokens the
// module shows (p11-kit's registered modules by default, as dwb), "Unlock…"
// (TokenPinDialog: the PIN is tried once; a refusal shows the token's state
// and the user decides), then the token's private keys with their type and
// label, and (the anchor wizard) a new key to be made on the token: its
// label and algorithm (ECDSA P-256/P-384, RSA 2048/3072/4096, Ed25519). A key
// the workbench cannot sign with is listed disabled, with the reason
// (TokenKeyObject::refusal). An existing key is loaded (logged in through
// libp11) as soon as it is chosen. All token work runs on a worker thread,
// one call at a time, with a busy bar; answers for an earlier token are
// dropped. The PIN stays in this widget (for the key made later by the
// anchor job), never in a draft, a log or a file.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/token/TokenProbe.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace dwb::gui {

class AlgorithmPicker;

class TokenKeyChooser : public QWidget {
    Q_OBJECT
public:
    enum class Mode { ExistingKeys, ExistingOrNewKey };

    explicit TokenKeyChooser(Mode mode, QWidget *parent = nullptr);
    ~TokenKeyChooser() override;

    // Reads the tokens again (on the worker).
    void refresh();

    bool isNewKey() const;
    KeyAlgorithm algorithm() const;
    // The chosen key's URI (pkcs11:token=…;object=…[;id=…], no PIN), or the
    // new key's (token and the label typed); empty when there is none.
    QString keyUri() const;
    // The chosen existing key, loaded (null until then, and for a new key).
    const PrivateKey &key() const { return m_key; }
    // The PIN the token accepted (empty before Unlock).
    const SecretBytes &pin() const { return m_pin; }
    bool isUnlocked() const { return !m_pin.isEmpty(); }
    // Existing: the chosen key is loaded; new: unlocked, and a label no key of the token has.
    bool isReady() const;
    bool isBusy() const { return m_busy; }
    QString statusText() const;

    QComboBox *tokenCombo() const { return m_tokenCombo; }
    QPushButton *unlockButton() const { return m_unlock; }
    QListWidget *keyList() const { return m_keyList; }

Q_SIGNALS:
    void changed();
    void keyLoaded(); // key() is the chosen key now

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    template <typename T>
    void runOnWorker(const QString &what, std::function<T()> work, std::function<void(const T &)> done);
    void setBusy(bool busy, const QString &what = {});
    void setStatus(const QString &text, bool error);
    void tokenChosen();
    void askPin();
    void unlock(SecretBytes pin);
    void keyChosen();
    void update();
    const TokenInfo *currentToken() const;
    QString existingKeyUri() const;

    Mode m_mode;
    QComboBox *m_tokenCombo;
    QPushButton *m_refresh, *m_unlock;
    QRadioButton *m_existingRadio = nullptr, *m_newRadio = nullptr;
    QListWidget *m_keyList;
    QLineEdit *m_newLabel = nullptr;
    AlgorithmPicker *m_picker = nullptr;
    QLabel *m_status;
    QProgressBar *m_busyBar;
    QList<TokenInfo> m_tokens;
    QList<TokenKeyObject> m_keys;
    SecretBytes m_pin;
    PrivateKey m_key;
    QString m_keyUri;   // whose key m_key is
    bool m_busy = false, m_listed = false, m_labelTaken = false;
    int m_generation = 0; // bumped when the token changes: older answers are dropped
};

} // namespace dwb::gui
