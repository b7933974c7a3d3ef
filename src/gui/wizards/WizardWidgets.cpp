#include "gui/wizards/WizardWidgets.h"

#include "core/enrollment/EnrollSupport.h"
#include "gui/common/Prompts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
enum Family { Rsa, Ecdsa, EdDsa };
Family familyOf(KeyAlgorithm a)
{
    switch (a) {
    case KeyAlgorithm::Rsa2048:
    case KeyAlgorithm::Rsa3072:
    case KeyAlgorithm::Rsa4096:
        return Rsa;
    case KeyAlgorithm::EcdsaP256:
    case KeyAlgorithm::EcdsaP384:
        return Ecdsa;
    case KeyAlgorithm::Ed25519:
        break;
    }
    return EdDsa;
}
} // namespace

AlgorithmPicker::AlgorithmPicker(QWidget *parent)
    : QWidget(parent)
    , m_family(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_sizeLabel(new QLabel(tr("Si&ze:"), this))
{
    m_family->setObjectName(u"algorithmFamily"_s);
    m_size->setObjectName(u"algorithmSize"_s);
    m_family->addItem(tr("ECDSA"), int(Ecdsa));
    m_family->addItem(tr("RSA"), int(Rsa));
    m_family->addItem(tr("Ed25519"), int(EdDsa));
    m_family->setAccessibleName(tr("Key algorithm"));
    m_size->setAccessibleName(tr("Key size or curve"));
    m_sizeLabel->setBuddy(m_size);
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_family, 1);
    lay->addWidget(m_sizeLabel);
    lay->addWidget(m_size, 1);
    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        fillSizes();
        Q_EMIT algorithmChanged();
    });
    connect(m_size, &QComboBox::currentIndexChanged, this, &AlgorithmPicker::algorithmChanged);
    fillSizes();
    setAlgorithm(kDefaultAlgorithm);
}

void AlgorithmPicker::fillSizes()
{
    const QSignalBlocker block(m_size);
    m_size->clear();
    switch (Family(m_family->currentData().toInt())) {
    case Rsa:
        m_sizeLabel->setText(tr("Si&ze:"));
        m_size->addItem(tr("2048 bits"), int(KeyAlgorithm::Rsa2048));
        m_size->addItem(tr("3072 bits"), int(KeyAlgorithm::Rsa3072));
        m_size->addItem(tr("4096 bits (slow)"), int(KeyAlgorithm::Rsa4096));
        m_size->setCurrentIndex(1);
        break;
    case Ecdsa:
        m_sizeLabel->setText(tr("Cur&ve:"));
        m_size->addItem(tr("P-256"), int(KeyAlgorithm::EcdsaP256));
        m_size->addItem(tr("P-384"), int(KeyAlgorithm::EcdsaP384));
        break;
    case EdDsa:
        m_size->addItem(tr("Ed25519"), int(KeyAlgorithm::Ed25519));
        break;
    }
    const bool choice = m_size->count() > 1;
    m_size->setVisible(choice);
    m_sizeLabel->setVisible(choice);
}

KeyAlgorithm AlgorithmPicker::algorithm() const
{
    return KeyAlgorithm(m_size->currentData().toInt());
}

void AlgorithmPicker::setAlgorithm(KeyAlgorithm alg)
{
    m_family->setCurrentIndex(m_family->findData(int(familyOf(alg))));
    m_size->setCurrentIndex(m_size->findData(int(alg)));
}

FileField::FileField(Mode mode, const QString &dialogTitle, const QString &filter, QWidget *parent)
    : FileField(parent)
{
    setup(mode, dialogTitle, filter);
}

FileField::FileField(QWidget *parent)
    : QWidget(parent)
    , m_mode(Mode::Open)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
{
    m_edit->setClearButtonEnabled(true);
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_edit, 1);
    lay->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FileField::pathChanged);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        QString chosen;
        if (m_mode == Mode::Open) {
            const QStringList files = Prompts::openFiles(this, m_title, m_filter);
            chosen = files.value(0);
        } else if (m_mode == Mode::Save) {
            chosen = Prompts::saveFile(this, m_title, path(), m_filter);
        } else {
            chosen = QFileDialog::getExistingDirectory(this, m_title, path());
        }
        if (!chosen.isEmpty())
            setPath(chosen);
    });
}

void FileField::setup(Mode mode, const QString &dialogTitle, const QString &filter)
{
    m_mode = mode;
    m_title = dialogTitle;
    m_filter = filter;
    m_browse->setAccessibleName(tr("Browse: %1").arg(dialogTitle));
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

void FileField::setPath(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

Result<PrivateKey> loadKeyAsking(QWidget *parent, const QString &path, const QString &what, SecretBytes *passphrase)
{
    if (passphrase)
        *passphrase = SecretBytes();
    auto key = loadPrivateKeyFile(path);
    for (int attempt = 0; attempt < 5 && !key
         && (key.error().code == ErrorCode::NeedsPassphrase || key.error().code == ErrorCode::WrongPassphrase);
         ++attempt) {
        const bool wrong = key.error().code == ErrorCode::WrongPassphrase;
        const auto pass = Prompts::passphrase(
            parent, QCoreApplication::translate("dwb::gui::Wizards", "Passphrase"),
            wrong ? QCoreApplication::translate("dwb::gui::Wizards",
                                                "That passphrase does not open %1. Passphrase of %2:")
                        .arg(QDir::toNativeSeparators(path), what)
                  : QCoreApplication::translate("dwb::gui::Wizards", "%1 is encrypted. Passphrase of %2:")
                        .arg(QDir::toNativeSeparators(path), what));
        if (!pass)
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("dwb::gui::Wizards", "No passphrase given for %1.").arg(path));
        SecretBytes secret = SecretBytes::fromString(*pass);
        key = loadPrivateKeyFile(path, secret);
        if (key && passphrase)
            *passphrase = std::move(secret);
    }
    return key;
}

Result<Certificate> loadCertificateAsking(QWidget *parent, const QString &path)
{
    auto cert = loadCertificateFile(path);
    for (int attempt = 0; attempt < 5 && !cert
         && (cert.error().code == ErrorCode::NeedsPassphrase || cert.error().code == ErrorCode::WrongPassphrase);
         ++attempt) {
        const auto pass = Prompts::passphrase(
            parent, QCoreApplication::translate("dwb::gui::Wizards", "Passphrase"),
            QCoreApplication::translate("dwb::gui::Wizards", "Passphrase of %1:").arg(QDir::toNativeSeparators(path)));
        if (!pass)
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("dwb::gui::Wizards", "No passphrase given for %1.").arg(path));
        cert = loadCertificateFile(path, SecretBytes::fromString(*pass));
    }
    return cert;
}

QString workbenchDataPath(const QString &sub)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::home().filePath(u".local/share/drogue-workbench"_s);
    return QDir(base).filePath(sub);
}

void chainTabOrder(const QList<QWidget *> &widgets)
{
    QList<QWidget *> flat;
    for (QWidget *w : widgets) {
        if (auto *f = qobject_cast<FileField *>(w))
            flat << f->lineEdit() << f->browseButton();
        else if (auto *p = qobject_cast<AlgorithmPicker *>(w))
            flat << p->familyCombo() << p->sizeCombo();
        else
            flat << w;
    }
    for (qsizetype i = 1; i < flat.size(); ++i)
        QWidget::setTabOrder(flat.at(i - 1), flat.at(i));
}

void setStatusText(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(error ? u"color: #b00020;"_s : u"color: #1b5e20;"_s);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString htmlRow(const QString &key, const QString &value)
{
    return u"<tr><td><b>"_s + key.toHtmlEscaped() + u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
}

} // namespace dwb::gui
