#include "gui/wizards/common/TokenKeyChooser.h"

#include "core/token/Pkcs11Uri.h"
#include "core/token/TokenKeys.h"
#include "gui/common/Async.h"
#include "gui/common/TokenPinDialog.h"
#include "gui/wizards/WizardWidgets.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
// The token's URI with the key's object= and id= (and its module-path= kept).
QString withKey(const QString &tokenUri, const QString &object, const QByteArray &id)
{
    auto uri = Pkcs11Uri::parse(tokenUri);
    if (!uri)
        return {};
    uri->object = object;
    uri->id = id;
    QString text = uri->toString();
    if (!uri->modulePath.isEmpty())
        text += u"?module-path="_s + uri->modulePath;
    return text;
}
} // namespace

TokenKeyChooser::TokenKeyChooser(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_tokenCombo(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_unlock(new QPushButton(tr("&Unlock…"), this))
    , m_keyList(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
{
    m_tokenCombo->setObjectName(u"tokenCombo"_s);
    m_tokenCombo->setAccessibleName(tr("Token"));
    m_tokenCombo->setPlaceholderText(tr("(no token found)"));
    m_refresh->setObjectName(u"tokenRefresh"_s);
    m_refresh->setToolTip(tr("Look for tokens again (after plugging one in)"));
    m_unlock->setObjectName(u"tokenUnlockButton"_s);
    m_unlock->setToolTip(tr("Log in to the token with its user PIN, to list and use its private keys"));
    m_keyList->setObjectName(u"tokenKeyList"_s);
    m_keyList->setAccessibleName(tr("Private keys on the token"));
    m_keyList->setMaximumHeight(110);
    m_status->setObjectName(u"tokenStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_busyBar->setObjectName(u"tokenBusy"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumHeight(10);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    auto *tokenRow = new QHBoxLayout;
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_tokenCombo);
    tokenRow->addWidget(tokenLabel);
    tokenRow->addWidget(m_tokenCombo, 1);
    tokenRow->addWidget(m_refresh);
    tokenRow->addWidget(m_unlock);
    lay->addLayout(tokenRow);
    if (mode == Mode::ExistingOrNewKey) {
        m_existingRadio = new QRadioButton(tr("Use a key &on the token:"), this);
        m_existingRadio->setObjectName(u"tokenExistingRadio"_s);
        m_newRadio = new QRadioButton(tr("Generate a ne&w key on the token"), this);
        m_newRadio->setObjectName(u"tokenNewRadio"_s);
        auto *group = new QButtonGroup(this);
        group->addButton(m_existingRadio);
        group->addButton(m_newRadio);
        m_existingRadio->setChecked(true);
        lay->addWidget(m_existingRadio);
        lay->addWidget(m_keyList);
        lay->addWidget(m_newRadio);
        m_newLabel = new QLineEdit(this);
        m_newLabel->setObjectName(u"tokenNewLabel"_s);
        m_newLabel->setPlaceholderText(tr("e.g. app-ca"));
        m_picker = new AlgorithmPicker(this);
        auto *form = new QFormLayout;
        form->setContentsMargins(24, 0, 0, 0);
        form->addRow(tr("L&abel:"), m_newLabel);
        form->addRow(tr("Algor&ithm:"), m_picker);
        lay->addLayout(form);
        connect(m_newRadio, &QRadioButton::toggled, this, &TokenKeyChooser::update);
        connect(m_existingRadio, &QRadioButton::toggled, this, [this](bool on) {
            if (on && m_keyUri != existingKeyUri())
                keyChosen(); // the row chosen before is loaded now
            else
                update();
        });
        connect(m_newLabel, &QLineEdit::textChanged, this, &TokenKeyChooser::update);
        connect(m_picker, &AlgorithmPicker::algorithmChanged, this, &TokenKeyChooser::changed);
    } else {
        auto *keysLabel = new QLabel(tr("Private ke&ys:"), this);
        keysLabel->setBuddy(m_keyList);
        lay->addWidget(keysLabel);
        lay->addWidget(m_keyList);
    }
    lay->addWidget(m_busyBar);
    lay->addWidget(m_status);
    lay->addStretch(1); // room to spare goes below, not between the rows

    connect(m_refresh, &QPushButton::clicked, this, &TokenKeyChooser::refresh);
    connect(m_unlock, &QPushButton::clicked, this, &TokenKeyChooser::askPin);
    connect(m_tokenCombo, &QComboBox::currentIndexChanged, this, &TokenKeyChooser::tokenChosen);
    connect(m_keyList, &QListWidget::currentRowChanged, this, &TokenKeyChooser::keyChosen);
    update();
}

TokenKeyChooser::~TokenKeyChooser()
{
    m_pin.clear();
}

template <typename T>
void TokenKeyChooser::runOnWorker(const QString &what, std::function<T()> work, std::function<void(const T &)> done)
{
    setBusy(true, what);
    const int generation = m_generation;
    // The widgets that start work are disabled while it runs: one call at a
    // time (RawModule's C_Initialize/C_Finalize are the process's).
    onFinished(this, QtConcurrent::run(std::move(work)), [this, generation, done = std::move(done)](const T &r) {
        setBusy(false);
        if (generation == m_generation)
            done(r);
        update();
    });
}

void TokenKeyChooser::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    if (busy)
        setStatus(what, false);
    update();
}

void TokenKeyChooser::setStatus(const QString &text, bool error)
{
    setStatusText(m_status, text, error);
}

QString TokenKeyChooser::statusText() const
{
    return m_status->text();
}

void TokenKeyChooser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_listed && isEnabled() && !m_busy)
        refresh();
}

void TokenKeyChooser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange && isEnabled() && isVisible() && !m_listed && !m_busy)
        refresh();
}

void TokenKeyChooser::refresh()
{
    if (m_busy)
        return;
    m_listed = true;
    runOnWorker<Result<QList<TokenInfo>>>(
        tr("Looking for tokens…"), [] { return availableTokens(); },
        [this](const Result<QList<TokenInfo>> &tokens) {
            const QString before = currentToken() ? currentToken()->uri : QString();
            {
                const QSignalBlocker block(m_tokenCombo);
                m_tokenCombo->clear();
                m_tokens = tokens ? *tokens : QList<TokenInfo>();
                for (const TokenInfo &t : std::as_const(m_tokens))
                    m_tokenCombo->addItem(tr("%1 (%2, %3)").arg(t.label, t.manufacturer, t.model), t.uri);
                const int again = m_tokenCombo->findData(before);
                m_tokenCombo->setCurrentIndex(again >= 0 ? again : m_tokens.isEmpty() ? -1 : 0);
            }
            if (!tokens)
                setStatus(tokens.error().message, true);
            else if (m_tokens.isEmpty())
                setStatus(tr("No token found (module %1). Plug one in, then Refresh.").arg(tokenModulePath()), true);
            else
                setStatus(tr("%n token(s) found. Unlock one with its PIN to see its keys.", nullptr,
                             int(m_tokens.size())),
                          false);
            const QString now = currentToken() ? currentToken()->uri : QString();
            if (now != before)
                tokenChosen();
        });
}

const TokenInfo *TokenKeyChooser::currentToken() const
{
    const int i = m_tokenCombo->currentIndex();
    return i >= 0 && i < m_tokens.size() ? &m_tokens.at(i) : nullptr;
}

// Another token: its PIN, keys and loaded key are forgotten.
void TokenKeyChooser::tokenChosen()
{
    ++m_generation;
    m_pin.clear();
    m_keys.clear();
    m_key = {};
    m_keyUri.clear();
    m_keyList->clear();
    if (const TokenInfo *t = currentToken())
        setStatus(tr("Token '%1': %2. Unlock it with its user PIN to see its keys.")
                      .arg(t->label, describeTokenFlags(t->flags)),
                  false);
    update();
}

void TokenKeyChooser::askPin()
{
    const TokenInfo *t = currentToken();
    if (!t || m_busy)
        return;
    auto *dialog = new TokenPinDialog(*t, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { unlock(dialog->takePin()); });
    dialog->open();
}

// One login with the PIN typed: the keys, or the token's refusal (not retried).
void TokenKeyChooser::unlock(SecretBytes typed)
{
    const TokenInfo *t = currentToken();
    if (!t || typed.isEmpty())
        return;
    ++m_generation; // a new login: what the earlier one listed is replaced
    m_pin.clear();
    m_key = {};
    m_keyUri.clear();
    auto pin = std::make_shared<SecretBytes>(std::move(typed));
    const QString uri = t->uri, label = t->label;
    runOnWorker<Result<QList<TokenKeyObject>>>(
        tr("Logging in to token '%1'…").arg(label), [uri, pin] { return tokenPrivateKeysWithPin(uri, *pin); },
        [this, pin, label](const Result<QList<TokenKeyObject>> &keys) {
            const QSignalBlocker block(m_keyList);
            m_keyList->clear();
            if (!keys) {
                pin->clear();
                m_keys.clear();
                setStatus(keys.error().message, true);
                return;
            }
            m_pin = pin->clone();
            pin->clear();
            m_keys = *keys;
            for (const TokenKeyObject &k : std::as_const(m_keys)) {
                auto *item = new QListWidgetItem(tr("%1 — %2").arg(k.label.isEmpty() ? tr("(no label)") : k.label, k.kind),
                                                 m_keyList);
                if (!k.usable()) { // with the reason (an RSA key beside an Ed25519 key, an Ed448 key)
                    item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
                    item->setToolTip(k.refusal);
                }
            }
            m_keyList->setCurrentRow(-1);
            setStatus(tr("Token '%1' unlocked: %n private key(s).", nullptr, int(m_keys.size())).arg(label), false);
        });
}

QString TokenKeyChooser::existingKeyUri() const
{
    const TokenInfo *t = currentToken();
    const int row = m_keyList->currentRow();
    if (!t || row < 0 || row >= m_keys.size() || !m_keys.at(row).usable())
        return {};
    return withKey(t->uri, m_keys.at(row).label, m_keys.at(row).id);
}

// An existing key chosen: loaded (libp11 logs in with the PIN) on the worker.
void TokenKeyChooser::keyChosen()
{
    m_key = {};
    m_keyUri.clear();
    const QString uri = existingKeyUri();
    if (uri.isEmpty() || m_pin.isEmpty() || isNewKey() || m_busy) {
        update();
        return;
    }
    auto pin = std::make_shared<SecretBytes>(m_pin.clone());
    const QString label = m_keys.value(m_keyList->currentRow()).label;
    runOnWorker<Result<PrivateKey>>(
        tr("Opening key '%1' on the token…").arg(label),
        [uri, pin] { return loadTokenKeyWithPin(uri, pin->clone()); },
        [this, uri, label](const Result<PrivateKey> &key) {
            if (!key) {
                setStatus(key.error().message, true);
                return;
            }
            m_key = *key;
            m_keyUri = uri;
            setStatus(tr("Key '%1' on the token is ready: %2").arg(label, uri), false);
            Q_EMIT keyLoaded();
        });
}

bool TokenKeyChooser::isNewKey() const
{
    return m_newRadio && m_newRadio->isChecked();
}

KeyAlgorithm TokenKeyChooser::algorithm() const
{
    return m_picker ? m_picker->algorithm() : kDefaultAlgorithm;
}

QString TokenKeyChooser::keyUri() const
{
    const TokenInfo *t = currentToken();
    if (!t)
        return {};
    if (isNewKey()) {
        const QString label = m_newLabel->text().trimmed();
        return label.isEmpty() ? QString() : withKey(t->uri, label, {});
    }
    return existingKeyUri();
}

bool TokenKeyChooser::isReady() const
{
    if (m_busy || m_pin.isEmpty())
        return false;
    if (!isNewKey())
        return !m_key.isNull() && m_keyUri == existingKeyUri();
    const QString label = m_newLabel->text().trimmed();
    return !label.isEmpty()
           && std::none_of(m_keys.cbegin(), m_keys.cend(), [&label](const TokenKeyObject &k) { return k.label == label; });
}

void TokenKeyChooser::update()
{
    m_tokenCombo->setEnabled(!m_busy);
    m_refresh->setEnabled(!m_busy);
    m_unlock->setEnabled(!m_busy && currentToken());
    m_unlock->setText(isUnlocked() ? tr("&Unlock Again…") : tr("&Unlock…"));
    m_keyList->setEnabled(!m_busy && !isNewKey() && isUnlocked());
    if (m_newLabel) {
        m_newLabel->setEnabled(isNewKey());
        m_picker->setEnabled(isNewKey());
        const QString label = m_newLabel->text().trimmed();
        const bool taken = !label.isEmpty()
                           && std::any_of(m_keys.cbegin(), m_keys.cend(),
                                          [&label](const TokenKeyObject &k) { return k.label == label; });
        if (isNewKey() && taken && !m_busy) {
            setStatus(tr("The token already has a key '%1': choose another label.").arg(label), true);
            m_labelTaken = true;
        } else if (m_labelTaken && !m_busy) {
            setStatus({}, false);
            m_labelTaken = false;
        }
    }
    Q_EMIT changed();
}

} // namespace dwb::gui
