#include "gui/wizards/enroll/EnrollKeyPage.h"

#include "core/crypto/Inspection.h"
#include "core/crypto/RequestInspection.h"
#include "core/enrollment/DeviceCertificateCheck.h"
#include "core/enrollment/EnrollSupport.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/common/KeySourceWidget.h"
#include "gui/wizards/enroll/EnrollDraft.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

EnrollKeyPage::EnrollKeyPage(EnrollDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setTitle(tr("Device Key and Certificate"));
    setSubTitle(tr("A new key made here, a key you have, a request from a board that keeps its key, or a "
                   "certificate issued elsewhere."));
    m_source = new KeySourceWidget(
        {tr("&Import an existing key"), tr("Register an existing device &certificate as it is"),
         tr("&Validity of the new device certificate:"), tr("Device Key"), tr("Device Certificate"), {},
         tr("Certificate &request from the device (CSR): the key stays on the board")},
        {u"newDeviceKeyRadio"_s, u"importKeyRadio"_s, u"existingDeviceCertRadio"_s, u"deviceDaysSpin"_s,
         u"deviceKeyInput"_s, u"deviceCertInput"_s, {}, u"deviceKeyStatus"_s, u"requestRadio"_s,
         u"requestInput"_s, u"requestPasteButton"_s, u"keepSubjectCheck"_s, u"copySanCheck"_s},
        this);
    (new QVBoxLayout(this))->addWidget(m_source);
    connect(m_source, &KeySourceWidget::changed, this, &EnrollKeyPage::store);
    store();
}

void EnrollKeyPage::store()
{
    static constexpr EnrollRequest::Source sources[] = {
        EnrollRequest::Source::NewKey, EnrollRequest::Source::ImportedKey,
        EnrollRequest::Source::ExistingCertificate, EnrollRequest::Source::Request};
    m_draft->source = sources[int(m_source->choice())];
    m_draft->signing = {m_source->keepSubject(), m_source->copySubjectAltNames()};
    m_draft->algorithm = m_source->algorithm();
    m_draft->days = m_source->days();
    Q_EMIT completeChanged();
}

void EnrollKeyPage::initializePage()
{
    const bool boards = m_draft->isBatch() && m_draft->fromRequests;
    m_source->setOnlyBoardKeys(boards, tr("The boards of the folder keep their keys: each certificate is for the "
                                          "key of its request."));
    if (!boards)
        m_source->setOnlyNewKey(m_draft->isBatch(), tr("Several devices from a list always get new keys."));
}

bool EnrollKeyPage::isComplete() const
{
    return m_source->hasFiles();
}

bool EnrollKeyPage::validatePage()
{
    store();
    m_draft->deviceKey = {};
    m_draft->deviceCertificate = {};
    m_draft->request = {};
    if (m_draft->isBatch()) { // new keys, or the folder's requests (read on the device page)
        m_source->setError({});
        return true;
    }
    if (m_draft->source == EnrollRequest::Source::Request)
        return readRequest();
    if (m_draft->source == EnrollRequest::Source::ImportedKey) {
        auto k = loadKeyAsking(this, m_source->keyPath(), tr("the device key"));
        if (!k) {
            m_source->setError(k.error().message);
            return false;
        }
        if (Status st = checkDrogueKey(*k, m_source->keyPath()); !st) { // the rule and its words: core
            m_source->setError(st.error().message);
            return false;
        }
        m_draft->deviceKey = *k;
    } else if (m_draft->source == EnrollRequest::Source::ExistingCertificate) {
        auto c = loadCertificateAsking(this, m_source->certPath());
        if (!c) {
            m_source->setError(c.error().message);
            return false;
        }
        if (const auto &app = m_draft->application) {
            auto match = checkExistingDeviceCertificate(*app, *c);
            if (!match) {
                m_source->setError(match.error().message);
                return false;
            }
        }
        m_draft->deviceCertificate = *c;
    }
    m_source->setError({});
    return true;
}

// The request, from its file or the pasted text, judged before Next: its
// signature must verify (the board holds the key) and Drogue must accept its
// key; the job checks again before it signs.
bool EnrollKeyPage::readRequest()
{
    const QString path = m_source->requestPath();
    auto request = path.isEmpty() ? CertificateRequest::fromData(m_source->pastedRequest())
                                  : loadCertificateRequestFile(path);
    if (!request) {
        m_source->setError(request.error().message);
        return false;
    }
    const DrogueVerdict verdict = drogueRequestVerdict(*request);
    if (!verdict.accepted) {
        m_source->setError(tr("This request cannot be used: %1").arg(verdict.reasons.join(u' ')));
        return false;
    }
    m_draft->request = *request;
    m_source->setError({});
    return true;
}

} // namespace dwb::gui
