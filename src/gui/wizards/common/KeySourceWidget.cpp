#include "gui/wizards/common/KeySourceWidget.h"

#include "core/crypto/Profiles.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/common/TokenKeyChooser.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
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
    if (!texts.request.isEmpty())
        addRequestChoice(texts, names, group, lay);
    lay->addWidget(m_existingCert);
    QFormLayout *certForm = indentedForm(lay);
    certForm->addRow(tr("Cer&tificate file:"), m_certInput);
    if (!texts.certKeyDialog.isEmpty()) {
        m_certKeyInput = new FileField(FileField::Mode::Open, texts.certKeyDialog, keys, this);
        m_certKeyInput->lineEdit()->setObjectName(names.certKeyInput);
        certForm->addRow(tr("Its ke&y file:"), m_certKeyInput);
    }
    if (!texts.token.isEmpty()) {
        m_token = new QRadioButton(texts.token, this);
        m_token->setObjectName(names.token);
        group->addButton(m_token);
        m_tokenChooser = new TokenKeyChooser(TokenKeyChooser::Mode::ExistingOrNewKey, this);
        lay->addWidget(m_token);
        auto *indent = new QVBoxLayout;
        indent->setContentsMargins(24, 0, 0, 0);
        indent->addWidget(m_tokenChooser);
        lay->addLayout(indent);
        connect(m_tokenChooser, &TokenKeyChooser::changed, this, &KeySourceWidget::changed);
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

    for (QRadioButton *b : {m_newKey, m_existingKey, m_existingCert, m_request, m_token})
        if (b)
            connect(b, &QRadioButton::toggled, this, &KeySourceWidget::update);
    for (FileField *f : {m_keyInput, m_certInput, m_certKeyInput, m_requestInput})
        if (f)
            connect(f, &FileField::pathChanged, this, &KeySourceWidget::update);
    connect(m_picker, &AlgorithmPicker::algorithmChanged, this, &KeySourceWidget::changed);
    connect(m_days, &QSpinBox::valueChanged, this, &KeySourceWidget::changed);
    update();
    QList<QWidget *> order{m_newKey, m_picker, m_existingKey, m_keyInput};
    if (m_request)
        order << m_request << m_requestInput << m_requestPaste << m_keepSubject << m_copySan;
    order << m_existingCert << m_certInput;
    if (m_certKeyInput)
        order << m_certKeyInput;
    if (m_token)
        order << m_token;
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
    if (m_tokenChooser)
        m_tokenChooser->setEnabled(m_token->isChecked());
    if (m_request) {
        const bool on = m_request->isChecked();
        for (QWidget *w : std::initializer_list<QWidget *>{m_requestInput, m_requestPaste, m_keepSubject, m_copySan})
            w->setEnabled(on);
        if (!m_requestInput->path().isEmpty() && !m_pasted.isEmpty()) { // a file chosen after a paste
            m_pasted.clear();
            m_pastedNote->hide();
        }
    }
    setError({});
    Q_EMIT changed();
}

void KeySourceWidget::setError(const QString &error)
{
    setStatusText(m_status, error, !error.isEmpty());
}

KeySourceWidget::Choice KeySourceWidget::choice() const
{
    if (m_request && m_request->isChecked())
        return Choice::Request;
    if (m_token && m_token->isChecked())
        return Choice::Token;
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
    case Choice::Request:
        return m_onlyBoardKeys || !requestPath().isEmpty() || !m_pasted.isEmpty();
    case Choice::Token:
        return m_tokenChooser->isReady();
    }
    return false;
}

void KeySourceWidget::setOnlyNewKey(bool only, const QString &why)
{
    for (QRadioButton *b : {m_existingKey, m_existingCert, m_request, m_token}) {
        if (!b)
            continue;
        b->setEnabled(!only);
        b->setToolTip(only ? why : QString());
    }
    if (only)
        m_newKey->setChecked(true);
}

void KeySourceWidget::setOnlyBoardKeys(bool only, const QString &why)
{
    if (!m_request || only == m_onlyBoardKeys)
        return;
    m_onlyBoardKeys = only;
    for (QRadioButton *b : {m_newKey, m_existingKey, m_existingCert, m_token}) {
        if (!b)
            continue;
        b->setEnabled(!only);
        b->setToolTip(only ? why : QString());
    }
    for (int row = 0; row < m_requestForm->rowCount(); ++row)
        m_requestForm->setRowVisible(row, !only);
    if (!only)
        m_pastedNote->setVisible(!m_pasted.isEmpty());
    if (only) {
        m_request->setEnabled(true); // a device list before may have turned it off
        m_request->setToolTip({});
        m_request->setChecked(true);
    } else
        m_newKey->setChecked(true);
    update();
}

void KeySourceWidget::addRequestChoice(const Texts &texts, const Names &names, QButtonGroup *group, QVBoxLayout *lay)
{
    m_request = new QRadioButton(texts.request, this);
    m_request->setObjectName(names.request);
    group->addButton(m_request);
    m_requestInput = new FileField(FileField::Mode::Open, tr("Certificate Request"),
                                   tr("Certificate requests (*.csr *.req *.pem *.der *.txt);;All files (*)"), this);
    m_requestInput->lineEdit()->setObjectName(names.requestInput);
    m_requestPaste = new QPushButton(tr("&Paste…"), this);
    m_requestPaste->setObjectName(names.requestPaste);
    m_requestPaste->setToolTip(tr("Paste the request as the board printed it on its console"));
    connect(m_requestPaste, &QPushButton::clicked, this, &KeySourceWidget::pasteRequest);
    auto *row = new QHBoxLayout;
    row->addWidget(m_requestInput, 1);
    row->addWidget(m_requestPaste);
    m_pastedNote = new QLabel(this);
    m_pastedNote->hide();
    m_keepSubject = new QCheckBox(tr("Keep the request's own s&ubject (default: CN=<device>, O=Drogue IoT, OU=<app>)"), this);
    m_keepSubject->setObjectName(names.keepSubject);
    m_copySan = new QCheckBox(tr("Copy its subject alternative &names"), this);
    m_copySan->setObjectName(names.copySan);
    for (QCheckBox *b : {m_keepSubject, m_copySan})
        connect(b, &QCheckBox::toggled, this, &KeySourceWidget::changed);
    lay->addWidget(m_request);
    QFormLayout *form = indentedForm(lay);
    m_requestForm = form;
    auto *label = new QLabel(tr("Re&quest file:"), this); // a row of two widgets: the label needs its buddy
    label->setBuddy(m_requestInput->lineEdit());
    form->addRow(label, row);
    form->addRow(QString(), m_pastedNote);
    form->addRow(QString(), m_keepSubject);
    form->addRow(QString(), m_copySan);
}

void KeySourceWidget::pasteRequest()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Paste the Certificate Request"),
        tr("The request as the board printed it (from -----BEGIN CERTIFICATE REQUEST----- to the END line; text "
           "around it is ignored):"),
        QApplication::clipboard()->text(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    m_pasted = text.toUtf8();
    m_requestInput->setPath({});
    m_pastedNote->setText(tr("Pasted text (%n line(s)) is used.", nullptr, int(text.trimmed().count(u'\n')) + 1));
    m_pastedNote->show();
    update();
}

QString KeySourceWidget::requestPath() const
{
    return m_requestInput ? m_requestInput->path() : QString();
}

bool KeySourceWidget::keepSubject() const
{
    return m_keepSubject && m_keepSubject->isChecked();
}

bool KeySourceWidget::copySubjectAltNames() const
{
    return m_copySan && m_copySan->isChecked();
}

} // namespace dwb::gui
