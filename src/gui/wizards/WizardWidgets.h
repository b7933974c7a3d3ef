// Small widgets and helpers shared by the trust anchor and enrollment
// wizards: the algorithm picker (only the relevant size/curve per family,
// as in XCA), a file field with a browse button, key loading that asks for
// a passphrase (again on a wrong one) through Prompts.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dwb::gui {

class AlgorithmPicker : public QWidget {
    Q_OBJECT
public:
    explicit AlgorithmPicker(QWidget *parent = nullptr);
    KeyAlgorithm algorithm() const;
    void setAlgorithm(KeyAlgorithm alg);
    QComboBox *familyCombo() const { return m_family; }
    QComboBox *sizeCombo() const { return m_size; }

Q_SIGNALS:
    void algorithmChanged();

private:
    void fillSizes();
    QComboBox *m_family;
    QComboBox *m_size;
    QLabel *m_sizeLabel;
};

class FileField : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Open, Save, Folder };
    FileField(Mode mode, const QString &dialogTitle, const QString &filter, QWidget *parent = nullptr);
    // For Qt Designer forms: an Open field; setup() gives the mode, title and filter.
    explicit FileField(QWidget *parent = nullptr);
    void setup(Mode mode, const QString &dialogTitle, const QString &filter);
    QString path() const;
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

Q_SIGNALS:
    void pathChanged(const QString &path);

private:
    Mode m_mode;
    QString m_title, m_filter;
    QLineEdit *m_edit;
    QPushButton *m_browse;
};

// Loads a private key from a file; asks for the passphrase when the file is
// encrypted (and again after a wrong one, at most 5 times). A refused
// prompt gives ErrorCode::Cancelled. passphrase (optional) receives the
// passphrase that opened the key (empty for a key that is not encrypted).
Result<PrivateKey> loadKeyAsking(QWidget *parent, const QString &path, const QString &what,
                                 SecretBytes *passphrase = nullptr);
Result<Certificate> loadCertificateAsking(QWidget *parent, const QString &path);

// <AppDataLocation>/<sub>: where the wizards suggest keeping files.
QString workbenchDataPath(const QString &sub);
// Tab order in the given (visual) order; FileFields and pickers expand to their parts.
void chainTabOrder(const QList<QWidget *> &widgets);
// A label for a wrong/ok state under a field ("" hides it).
void setStatusText(QLabel *label, const QString &text, bool error);
// A path as the user's system writes it.
QString nativePath(const QString &path);
// One row of the two-column tables of the summary and result pages (escaped).
QString htmlRow(const QString &key, const QString &value);

} // namespace dwb::gui
