#include "gui/wizards/anchor/AnchorKeyPage.h"

#include "core/crypto/Inspection.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/anchor/AnchorDraft.h"
#include "gui/wizards/common/KeySourceWidget.h"
#include "gui/wizards/common/TokenKeyChooser.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

AnchorKeyPage::AnchorKeyPage(AnchorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setTitle(tr("Key"));
    setSubTitle(tr("The CA key that will sign the device certificates."));
    m_source = new KeySourceWidget(
        {tr("Use an &existing key"), tr("Register an existing CA &certificate with its key"),
         tr("&Validity of the new anchor certificate:"), tr("CA Key"), tr("CA Certificate"),
         tr("Key of the CA Certificate"), {}, tr("Hardware token (&PKCS#11)")},
        {u"newKeyRadio"_s, u"existingKeyRadio"_s, u"existingCertRadio"_s, u"daysSpin"_s, u"keyInput"_s,
         u"certInput"_s, u"certKeyInput"_s, u"keyStatus"_s, {}, {}, {}, {}, {}, u"tokenRadio"_s},
        this);
    (new QVBoxLayout(this))->addWidget(m_source);
    connect(m_source, &KeySourceWidget::changed, this, &AnchorKeyPage::store);
    store();
}

// The choice as it is now (on every change); the files are read on Next.
void AnchorKeyPage::store()
{
    static constexpr AnchorRequest::Source sources[] = {AnchorRequest::Source::NewKey,
                                                        AnchorRequest::Source::ExistingKey,
                                                        AnchorRequest::Source::ExistingCertificate};
    const KeySourceWidget::Choice choice = m_source->choice();
    m_draft->days = m_source->days();
    m_draft->key = {};
    m_draft->certificate = {};
    m_draft->tokenUri.clear();
    if (choice == KeySourceWidget::Choice::Token) { // the URI only: the PIN stays in the chooser
        const TokenKeyChooser *token = m_source->tokenChooser();
        m_draft->source = token->isNewKey() ? AnchorRequest::Source::NewKey : AnchorRequest::Source::ExistingKey;
        m_draft->algorithm = token->algorithm();
        m_draft->tokenUri = token->keyUri();
        Q_EMIT completeChanged();
        return;
    }
    m_draft->source = sources[int(choice)];
    m_draft->algorithm = m_source->algorithm();
    Q_EMIT completeChanged();
}

bool AnchorKeyPage::isComplete() const
{
    return m_source->hasFiles();
}

bool AnchorKeyPage::validatePage()
{
    store();
    if (m_draft->onToken())
        return validateTokenKey();
    if (m_draft->source == AnchorRequest::Source::NewKey)
        return true;
    const bool withCert = m_draft->source == AnchorRequest::Source::ExistingCertificate;
    const QString keyPath = withCert ? m_source->certKeyPath() : m_source->keyPath();
    auto k = loadKeyAsking(this, keyPath, tr("the CA key"));
    if (!k) {
        m_source->setError(k.error().message);
        return false;
    }
    if (Status st = checkDrogueKey(*k, keyPath); !st) { // the rule and its words: core
        m_source->setError(st.error().message);
        return false;
    }
    if (withCert) {
        auto c = loadCertificateAsking(this, m_source->certPath());
        if (!c) {
            m_source->setError(c.error().message);
            return false;
        }
        if (!c->isCa()) {
            m_source->setError(tr("'%1' is not a CA certificate (basicConstraints CA:TRUE is missing): it "
                                       "cannot be a trust anchor.").arg(c->subjectString()));
            return false;
        }
        if (!c->matches(*k)) {
            m_source->setError(tr("The key %1 does not belong to the certificate '%2'.")
                                        .arg(nativePath(keyPath), c->subjectString()));
            return false;
        }
        m_draft->certificate = *c;
    }
    m_draft->key = *k;
    m_draft->keyInputPath = keyPath;
    m_source->setError({});
    return true;
}

// A key on the token: the new key's label is free (checked by the chooser;
// the token refuses a taken one again when the job makes it), or the
// chosen key, loaded already, is one Drogue Cloud accepts.
bool AnchorKeyPage::validateTokenKey()
{
    const TokenKeyChooser *token = m_source->tokenChooser();
    if (!token->isReady() || m_draft->tokenUri.isEmpty())
        return false;
    if (m_draft->source == AnchorRequest::Source::ExistingKey) {
        if (Status st = checkDrogueKey(token->key(), m_draft->tokenUri); !st) {
            m_source->setError(st.error().message);
            return false;
        }
        m_draft->key = token->key();
        m_draft->keyInputPath = m_draft->tokenUri;
    }
    m_source->setError({});
    return true;
}

SecretBytes AnchorKeyPage::tokenPin() const
{
    return m_source->tokenChooser()->pin().clone();
}

} // namespace dwb::gui
