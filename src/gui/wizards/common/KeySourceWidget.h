// Where the key of the trust anchor wizard (the CA key) or of the enrollment
// wizard (the device key) comes from: a new key (algorithm picker), a key
// file, a certificate request from a board that keeps its key (a file or
// pasted text; the enrollment wizard only), or an existing certificate
// (with its key file, for the anchor), a key on a hardware token (the
// anchor wizard: TokenKeyChooser, an existing key or one made there), and
// the validity of the certificate to be made, and under them why the files
// cannot be used. The pages give the texts and object names that differ;
// loading and checking the files stays with them.
#pragma once

#include "core/crypto/Algorithm.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
class QPushButton;
class QVBoxLayout;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace dwb::gui {

class AlgorithmPicker;
class FileField;
class TokenKeyChooser;

class KeySourceWidget : public QWidget {
    Q_OBJECT
public:
    enum class Choice { NewKey, ExistingKey, ExistingCertificate, Request, Token };

    // What differs between the two wizards. certKeyDialog empty: the
    // certificate comes without a key file field. request empty: no
    // certificate request choice.
    struct Texts {
        QString existingKey, existingCert, validity;
        QString keyDialog, certDialog, certKeyDialog;
        QString request = {};
        QString token = {}; // empty: no hardware token choice
    };
    struct Names {
        QString newKey, existingKey, existingCert, days, keyInput, certInput, certKeyInput, status;
        QString request = {}, requestInput = {}, requestPaste = {}, keepSubject = {}, copySan = {};
        QString token = {};
    };

    KeySourceWidget(const Texts &texts, const Names &names, QWidget *parent = nullptr);

    Choice choice() const;
    KeyAlgorithm algorithm() const;
    int days() const;
    QString keyPath() const;
    QString certPath() const;
    QString certKeyPath() const;
    // Choice::Request: the request file, or the text pasted instead (then
    // requestPath() is empty), and how to sign it.
    QString requestPath() const;
    QByteArray pastedRequest() const { return m_pasted; }
    bool keepSubject() const;
    bool copySubjectAltNames() const;
    // The files the choice needs are named.
    bool hasFiles() const;
    // Why the files cannot be used (under the choices; "" hides it, as every change does).
    void setError(const QString &error);
    // Only a new key (several devices at once); why: the tooltip of the others.
    void setOnlyNewKey(bool only, const QString &why);
    // Only the boards' own keys (a folder of their requests, chosen before):
    // the request choice without its file, paste and signing options, and
    // the validity; why: the tooltip of the other choices.
    void setOnlyBoardKeys(bool only, const QString &why);
    AlgorithmPicker *picker() const { return m_picker; }
    // Choice::Token: the token, its key or the new key's label and algorithm.
    TokenKeyChooser *tokenChooser() const { return m_tokenChooser; }

Q_SIGNALS:
    void changed();

private:
    void update();
    void addRequestChoice(const Texts &texts, const Names &names, QButtonGroup *group, QVBoxLayout *lay);
    void pasteRequest();

    QRadioButton *m_newKey, *m_existingKey, *m_existingCert;
    AlgorithmPicker *m_picker;
    QSpinBox *m_days;
    FileField *m_keyInput, *m_certInput, *m_certKeyInput = nullptr;
    QLabel *m_status;
    QRadioButton *m_request = nullptr, *m_token = nullptr;
    TokenKeyChooser *m_tokenChooser = nullptr;
    FileField *m_requestInput = nullptr;
    QPushButton *m_requestPaste = nullptr;
    QCheckBox *m_keepSubject = nullptr, *m_copySan = nullptr;
    QLabel *m_pastedNote = nullptr;
    QFormLayout *m_requestForm = nullptr;
    bool m_onlyBoardKeys = false;
    QByteArray m_pasted;
};

} // namespace dwb::gui
