#include "gui/wizards/common/KeySourceWidget.h"

#include "core/crypto/Profiles.h"
#include "gui/wizards/WizardWidgets.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
// A form indented under its radio button.
QFormLayout *indentedForm(QVBoxLayout *into)
{
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    into->addLayout(form);
    return form;
}
} // namespace

KeySourceWidget::KeySourceWidget(const Texts &texts, const Names &names, QWidget *parent)
    : QWidget(parent)
{
    const QString keys = tr("Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)");
    m_newKey = new QRadioButton(tr("&Generate a new key"), this);
    m_newKey->setObjectName(names.newKey);
    m_existingKey = new QRadioButton(texts.existingKey, this);
    m_existingKey->setObjectName(names.existingKey);
    m_existingCert = new QRadioButton(texts.existingCert, this);
    m_existingCert->setObjectName(names.existingCert);
    auto *group = new QButtonGroup(this);
    group->addButton(m_newKey);
    group->addButton(m_existingKey);
    group->addButton(m_existingCert);
    m_newKey->setChecked(true);
    m_picker = new AlgorithmPicker(this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(names.days);
    m_days->setRange(1, 36500);
    m_days->setValue(kDefaultValidityDays);
    m_days->setSuffix(tr(" days"));
    m_keyInput = new FileField(FileField::Mode::Open, texts.keyDialog, keys, this);
    m_keyInput->lineEdit()->setObjectName(names.keyInput);
    m_certInput = new FileField(FileField::Mode::Open, texts.certDialog,
                                tr("Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"), this);
    m_certInput->lineEdit()->setObjectName(names.certInput);

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_newKey);
    indentedForm(lay)->addRow(tr("A&lgorithm:"), m_picker);
    lay->addWidget(m_existingKey);
    indentedForm(lay)->addRow(tr("&Key file:"), m_keyInput);
    lay->addWidget(m_existingCert);
    QFormLayout *certForm = indentedForm(lay);
    certForm->addRow(tr("Cer&tificate file:"), m_certInput);
    if (!texts.certKeyDialog.isEmpty()) {
        m_certKeyInput = new FileField(FileField::Mode::Open, texts.certKeyDialog, keys, this);
        m_certKeyInput->lineEdit()->setObjectName(names.certKeyInput);
        certForm->addRow(tr("Its ke&y file:"), m_certKeyInput);
    }
    auto *daysForm = new QFormLayout;
    daysForm->setContentsMargins(0, 12, 0, 0);
    auto *daysLabel = new QLabel(texts.validity, this);
    daysLabel->setBuddy(m_days);
    daysForm->addRow(daysLabel, m_days);
    lay->addLayout(daysForm);
    lay->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(names.status);
    m_status->setWordWrap(true);
    m_status->hide();
    lay->addWidget(m_status);

    for (QRadioButton *b : {m_newKey, m_existingKey, m_existingCert})
        connect(b, &QRadioButton::toggled, this, &KeySourceWidget::update);
    for (FileField *f : {m_keyInput, m_certInput, m_certKeyInput})
        if (f)
            connect(f, &FileField::pathChanged, this, &KeySourceWidget::update);
    connect(m_picker, &AlgorithmPicker::algorithmChanged, this, &KeySourceWidget::changed);
    connect(m_days, &QSpinBox::valueChanged, this, &KeySourceWidget::changed);
    update();
    QList<QWidget *> order{m_newKey, m_picker, m_existingKey, m_keyInput, m_existingCert, m_certInput};
    if (m_certKeyInput)
        order << m_certKeyInput;
    chainTabOrder(order << m_days);
}

void KeySourceWidget::update()
{
    m_picker->setEnabled(m_newKey->isChecked());
    m_keyInput->setEnabled(m_existingKey->isChecked());
    m_certInput->setEnabled(m_existingCert->isChecked());
    if (m_certKeyInput)
        m_certKeyInput->setEnabled(m_existingCert->isChecked());
    m_days->setEnabled(!m_existingCert->isChecked());
    setError({});
    Q_EMIT changed();
}

void KeySourceWidget::setError(const QString &error)
{
    setStatusText(m_status, error, !error.isEmpty());
}

KeySourceWidget::Choice KeySourceWidget::choice() const
{
    return m_newKey->isChecked() ? Choice::NewKey
        : m_existingKey->isChecked() ? Choice::ExistingKey
                                     : Choice::ExistingCertificate;
}

KeyAlgorithm KeySourceWidget::algorithm() const
{
    return m_picker->algorithm();
}

int KeySourceWidget::days() const
{
    return m_days->value();
}

QString KeySourceWidget::keyPath() const
{
    return m_keyInput->path();
}

QString KeySourceWidget::certPath() const
{
    return m_certInput->path();
}

QString KeySourceWidget::certKeyPath() const
{
    return m_certKeyInput ? m_certKeyInput->path() : QString();
}

bool KeySourceWidget::hasFiles() const
{
    switch (choice()) {
    case Choice::NewKey:
        return true;
    case Choice::ExistingKey:
        return !keyPath().isEmpty();
    case Choice::ExistingCertificate:
        return !certPath().isEmpty() && (!m_certKeyInput || !certKeyPath().isEmpty());
    }
    return false;
}

void KeySourceWidget::setOnlyNewKey(bool only, const QString &why)
{
    m_existingKey->setEnabled(!only);
    m_existingCert->setEnabled(!only);
    m_existingKey->setToolTip(only ? why : QString());
    m_existingCert->setToolTip(only ? why : QString());
    if (only)
        m_newKey->setChecked(true);
}

} // namespace dwb::gui
