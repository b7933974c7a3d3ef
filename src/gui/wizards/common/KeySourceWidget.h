// Where the key of the trust anchor wizard (the CA key) or of the enrollment
// wizard (the device key) comes from: a new key (algorithm picker), a key
// file, or an existing certificate (with its key file, for the anchor), and
// the validity of the certificate to be made, and under them why the files
// cannot be used. The pages give the texts and object names that differ;
// loading and checking the files stays with them.
#pragma once

#include "core/crypto/Algorithm.h"

#include <QWidget>

class QLabel;
class QRadioButton;
class QSpinBox;

namespace dwb::gui {

class AlgorithmPicker;
class FileField;

class KeySourceWidget : public QWidget {
    Q_OBJECT
public:
    enum class Choice { NewKey, ExistingKey, ExistingCertificate };

    // What differs between the two wizards. certKeyDialog empty: the
    // certificate comes without a key file field.
    struct Texts {
        QString existingKey, existingCert, validity;
        QString keyDialog, certDialog, certKeyDialog;
    };
    struct Names {
        QString newKey, existingKey, existingCert, days, keyInput, certInput, certKeyInput, status;
    };

    KeySourceWidget(const Texts &texts, const Names &names, QWidget *parent = nullptr);

    Choice choice() const;
    KeyAlgorithm algorithm() const;
    int days() const;
    QString keyPath() const;
    QString certPath() const;
    QString certKeyPath() const;
    // The files the choice needs are named.
    bool hasFiles() const;
    // Why the files cannot be used (under the choices; "" hides it, as every change does).
    void setError(const QString &error);
    // Only a new key (several devices at once); why: the tooltip of the others.
    void setOnlyNewKey(bool only, const QString &why);
    AlgorithmPicker *picker() const { return m_picker; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QRadioButton *m_newKey, *m_existingKey, *m_existingCert;
    AlgorithmPicker *m_picker;
    QSpinBox *m_days;
    FileField *m_keyInput, *m_certInput, *m_certKeyInput = nullptr;
    QLabel *m_status;
};

} // namespace dwb::gui
