#include "gui/wizards/enroll/RegisterCertificatePage.h"

#include "core/cloud/RegistryClient.h"
#include "core/enrollment/DeviceCertificateCheck.h"
#include "gui/common/Async.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/enroll/EnrollDraft.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

RegisterCertificatePage::RegisterCertificatePage(EnrollDraft *draft, RegistryClient *client, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_client(client)
{
    setObjectName(u"registerCertificatePage"_s);
    setTitle(tr("Existing Device Certificate"));
    setSubTitle(tr("A certificate issued elsewhere (for example with openssl), registered as it is: no CA key "
                   "and no device key are needed."));
    m_certInput = new FileField(FileField::Mode::Open, tr("Device Certificate"),
                                tr("Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"), this);
    m_certInput->lineEdit()->setObjectName(u"registerCertInput"_s);
    m_check = new QPushButton(tr("C&heck"), this);
    m_check->setObjectName(u"registerCheckButton"_s);
    m_check->setToolTip(tr("Check the certificate against the application's trust anchors and Drogue's rules"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"registerStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    auto *note = new QLabel(tr("It must chain to a trust anchor of the application and be a certificate Drogue "
                               "Cloud accepts for a device (version 3, valid now, not a CA, client "
                               "authentication, an EC P-256/P-384, Ed25519 or RSA ≥ 2048 key). The device gets "
                               "its subject as an alias."),
                            this);
    note->setWordWrap(true);
    // A box layout: word-wrapped labels in a QFormLayout row get too little height.
    auto *lay = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Cer&tificate file:"), this);
    label->setBuddy(m_certInput->lineEdit());
    row->addWidget(label);
    row->addWidget(m_certInput, 1);
    row->addWidget(m_check);
    lay->addLayout(row);
    lay->addWidget(note);
    lay->addWidget(m_status);
    lay->addStretch(1);
    connect(m_check, &QPushButton::clicked, this, &RegisterCertificatePage::check);
    connect(m_certInput->lineEdit(), &QLineEdit::returnPressed, this, &RegisterCertificatePage::check);
    connect(m_certInput, &FileField::pathChanged, this, &RegisterCertificatePage::reset);
    connect(m_certInput->browseButton(), &QPushButton::clicked, this, [this] {
        if (!m_certInput->path().isEmpty())
            check();
    });
    chainTabOrder({m_certInput, m_check});
}

void RegisterCertificatePage::initializePage()
{
    const QString device = m_draft->device;
    setSubTitle(tr("The certificate of device '%1', issued elsewhere (for example with openssl), registered as "
                   "it is: no CA key and no device key are needed.")
                    .arg(device));
    if (m_app != m_draft->app) {
        m_app = m_draft->app;
        reset(); // checked against another application's anchors
    }
}

void RegisterCertificatePage::reset()
{
    m_match.reset();
    m_cert = {};
    setStatusText(m_status, {}, false);
    Q_EMIT completeChanged();
}

void RegisterCertificatePage::check()
{
    reset();
    const QString path = m_certInput->path();
    if (path.isEmpty() || !m_client)
        return;
    auto cert = loadCertificateAsking(this, path);
    if (!cert) {
        setStatusText(m_status, cert.error().message, true);
        return;
    }
    setStatusText(m_status, tr("Checking against the trust anchors of '%1'…").arg(m_draft->app),
                  false);
    const QString app = m_draft->app;
    m_checking = true;
    Q_EMIT completeChanged();
    // The anchors as the server has them now, not as the first page read them.
    onFinished(this, m_client->getApp(app), [this, path, app, c = *cert](const Result<Application> &r) {
        m_checking = false;
        if (path != m_certInput->path() || app != m_draft->app)
            return;
        if (!r) {
            setStatusText(m_status, tr("Could not read application '%1': %2").arg(app, r.error().message), true);
            Q_EMIT completeChanged();
            return;
        }
        const Result<AnchorMatch> match = checkExistingDeviceCertificate(*r, c);
        if (!match) {
            setStatusText(m_status, match.error().message, true);
            Q_EMIT completeChanged();
            return;
        }
        m_cert = c;
        m_match = *match;
        const QLocale l;
        setStatusText(m_status,
                      tr("✔ Issued under trust anchor #%1 of '%2' (%3); Drogue Cloud accepts it, valid until %4. "
                         "Device '%5' gets the alias '%6'.")
                          .arg(match->index)
                          .arg(app, match->certificate.subjectString(),
                               l.toString(c.notAfter().toLocalTime(), QLocale::ShortFormat), m_draft->device,
                               c.subjectString()),
                      false);
        Q_EMIT completeChanged();
    });
}

bool RegisterCertificatePage::isComplete() const
{
    return m_match.has_value() && !m_checking;
}

bool RegisterCertificatePage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft->deviceCertificate = m_cert; // the key page may have had another
    return true;
}

} // namespace dwb::gui
