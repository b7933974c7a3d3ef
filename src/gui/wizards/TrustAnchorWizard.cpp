#include "gui/wizards/TrustAnchorWizard.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/Profiles.h"
#include "gui/wizards/ApplicationPage.h"
#include "gui/wizards/WizardWidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
QString native(const QString &p)
{
    return QDir::toNativeSeparators(p);
}
} // namespace

// ------------------------------------------------------------------ key page

class AnchorKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AnchorKeyPage(QWidget *parent = nullptr)
        : QWizardPage(parent)
    {
        setTitle(tr("Key"));
        setSubTitle(tr("The CA key that will sign the device certificates."));
        newKey = new QRadioButton(tr("&Generate a new key"), this);
        newKey->setObjectName(u"newKeyRadio"_s);
        existingKey = new QRadioButton(tr("Use an &existing key"), this);
        existingKey->setObjectName(u"existingKeyRadio"_s);
        existingCert = new QRadioButton(tr("Register an existing CA &certificate with its key"), this);
        existingCert->setObjectName(u"existingCertRadio"_s);
        newKey->setChecked(true);
        auto *group = new QButtonGroup(this);
        group->addButton(newKey);
        group->addButton(existingKey);
        group->addButton(existingCert);

        picker = new AlgorithmPicker(this);
        days = new QSpinBox(this);
        days->setObjectName(u"daysSpin"_s);
        days->setRange(1, 36500);
        days->setValue(kDefaultValidityDays);
        days->setSuffix(tr(" days"));
        keyInput = new FileField(FileField::Mode::Open, tr("CA Key"), tr("Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)"), this);
        keyInput->lineEdit()->setObjectName(u"keyInput"_s);
        certInput = new FileField(FileField::Mode::Open, tr("CA Certificate"), tr("Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"), this);
        certInput->lineEdit()->setObjectName(u"certInput"_s);
        certKeyInput = new FileField(FileField::Mode::Open, tr("Key of the CA Certificate"), tr("Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)"), this);
        certKeyInput->lineEdit()->setObjectName(u"certKeyInput"_s);
        status = new QLabel(this);
        status->setObjectName(u"keyStatus"_s);
        status->setWordWrap(true);
        status->hide();

        auto *lay = new QVBoxLayout(this);
        lay->addWidget(newKey);
        auto *newForm = new QFormLayout;
        newForm->setContentsMargins(24, 0, 0, 0);
        newForm->addRow(tr("A&lgorithm:"), picker);
        lay->addLayout(newForm);
        lay->addWidget(existingKey);
        auto *keyForm = new QFormLayout;
        keyForm->setContentsMargins(24, 0, 0, 0);
        keyForm->addRow(tr("&Key file:"), keyInput);
        lay->addLayout(keyForm);
        lay->addWidget(existingCert);
        auto *certForm = new QFormLayout;
        certForm->setContentsMargins(24, 0, 0, 0);
        certForm->addRow(tr("Cer&tificate file:"), certInput);
        certForm->addRow(tr("Its ke&y file:"), certKeyInput);
        lay->addLayout(certForm);
        auto *daysForm = new QFormLayout;
        daysForm->setContentsMargins(0, 12, 0, 0);
        auto *daysLabel = new QLabel(tr("&Validity of the new anchor certificate:"), this);
        daysLabel->setBuddy(days);
        daysForm->addRow(daysLabel, days);
        lay->addLayout(daysForm);
        lay->addStretch(1);
        lay->addWidget(status);

        auto update = [this] {
            picker->setEnabled(newKey->isChecked());
            days->setEnabled(!existingCert->isChecked());
            keyInput->setEnabled(existingKey->isChecked());
            certInput->setEnabled(existingCert->isChecked());
            certKeyInput->setEnabled(existingCert->isChecked());
            key = {};
            cert = {};
            setStatusText(status, {}, false);
            Q_EMIT completeChanged();
        };
        for (QRadioButton *b : {newKey, existingKey, existingCert})
            connect(b, &QRadioButton::toggled, this, update);
        for (FileField *f : {keyInput, certInput, certKeyInput})
            connect(f, &FileField::pathChanged, this, update);
        update();
        chainTabOrder({newKey, picker, existingKey, keyInput, existingCert, certInput, certKeyInput, days});
    }

    AnchorRequest::Source source() const
    {
        return newKey->isChecked() ? AnchorRequest::Source::NewKey
            : existingKey->isChecked() ? AnchorRequest::Source::ExistingKey
                                       : AnchorRequest::Source::ExistingCertificate;
    }

    bool isComplete() const override
    {
        switch (source()) {
        case AnchorRequest::Source::NewKey:
            return true;
        case AnchorRequest::Source::ExistingKey:
            return !keyInput->path().isEmpty();
        case AnchorRequest::Source::ExistingCertificate:
            return !certInput->path().isEmpty() && !certKeyInput->path().isEmpty();
        }
        return false;
    }

    bool validatePage() override
    {
        key = {};
        cert = {};
        if (source() == AnchorRequest::Source::NewKey)
            return true;
        const QString keyPath = source() == AnchorRequest::Source::ExistingKey ? keyInput->path() : certKeyInput->path();
        auto k = loadKeyAsking(this, keyPath, tr("the CA key"));
        if (!k) {
            setStatusText(status, k.error().message, true);
            return false;
        }
        if (!drogueKeyAllowed(*k)) {
            setStatusText(status, tr("Drogue Cloud does not accept %1 keys.").arg(k->typeName()), true);
            return false;
        }
        if (source() == AnchorRequest::Source::ExistingCertificate) {
            auto c = loadCertificateAsking(this, certInput->path());
            if (!c) {
                setStatusText(status, c.error().message, true);
                return false;
            }
            if (!c->isCa()) {
                setStatusText(status, tr("'%1' is not a CA certificate (basicConstraints CA:TRUE is missing): it "
                                         "cannot be a trust anchor.").arg(c->subjectString()), true);
                return false;
            }
            if (!c->matches(*k)) {
                setStatusText(status, tr("The key %1 does not belong to the certificate '%2'.")
                                          .arg(native(keyPath), c->subjectString()), true);
                return false;
            }
            cert = *c;
        }
        key = *k;
        keyPath_ = keyPath;
        setStatusText(status, {}, false);
        return true;
    }

    QRadioButton *newKey, *existingKey, *existingCert;
    AlgorithmPicker *picker;
    QSpinBox *days;
    FileField *keyInput, *certInput, *certKeyInput;
    QLabel *status;
    PrivateKey key;
    Certificate cert;
    QString keyPath_;
};

// -------------------------------------------------------------- storage page

class AnchorStoragePage : public QWizardPage {
    Q_OBJECT
public:
    explicit AnchorStoragePage(TrustAnchorWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Where to Keep the CA Key"));
        setSubTitle(tr("Whoever has this key can enroll devices in the application: keep it safe. "
                       "The file is readable by you only (0600)."));
        keepInPlace = new QCheckBox(tr("&Keep the key where it is"), this);
        keepInPlace->setObjectName(u"keepKeyInPlace"_s);
        keyOutput = new FileField(FileField::Mode::Save, tr("Save the CA Key"), tr("Keys (*.key *.pem)"), this);
        keyOutput->lineEdit()->setObjectName(u"keyOutput"_s);
        pass = new QLineEdit(this);
        pass->setObjectName(u"keyPassphrase"_s);
        pass->setEchoMode(QLineEdit::Password);
        pass->setPlaceholderText(tr("optional: encrypts the key file"));
        pass2 = new QLineEdit(this);
        pass2->setObjectName(u"keyPassphraseRepeat"_s);
        pass2->setEchoMode(QLineEdit::Password);
        certOutput = new FileField(FileField::Mode::Save, tr("Save the Anchor Certificate"), tr("Certificates (*.pem *.crt)"), this);
        certOutput->lineEdit()->setObjectName(u"certOutput"_s);
        status = new QLabel(this);
        status->setObjectName(u"storageStatus"_s);
        status->setWordWrap(true);
        status->hide();

        auto *form = new QFormLayout(this);
        form->addRow(keepInPlace);
        form->addRow(tr("CA &key file:"), keyOutput);
        form->addRow(tr("&Passphrase:"), pass);
        form->addRow(tr("&Repeat passphrase:"), pass2);
        form->addRow(tr("&Anchor certificate copy:"), certOutput);
        form->addRow(status);
        auto changed = [this] {
            keyOutput->setEnabled(!keepInPlace->isChecked() || !keepInPlace->isVisible());
            pass->setEnabled(keyOutput->isEnabled());
            pass2->setEnabled(keyOutput->isEnabled());
            Q_EMIT completeChanged();
        };
        connect(keepInPlace, &QCheckBox::toggled, this, changed);
        for (QLineEdit *e : {keyOutput->lineEdit(), pass, pass2, certOutput->lineEdit()})
            connect(e, &QLineEdit::textChanged, this, changed);
    }

    bool existingKey() const { return m_wizard->request().source != AnchorRequest::Source::NewKey; }
    bool writesKey() const { return !existingKey() || !keepInPlace->isChecked(); }

    void initializePage() override
    {
        const QString app = m_wizard->applicationName();
        keepInPlace->setVisible(existingKey());
        keepInPlace->setChecked(existingKey());
        if (keyOutput->path().isEmpty() || m_app != app) {
            keyOutput->setPath(TrustAnchorWizard::suggestedKeyPath(app));
            const QString certPath = keyOutput->path().chopped(4) + u".pem"_s;
            certOutput->setPath(QFileInfo::exists(certPath) ? QString() : certPath);
        }
        m_app = app;
        keyOutput->setEnabled(writesKey());
        pass->setEnabled(writesKey());
        pass2->setEnabled(writesKey());
    }

    QString problem() const
    {
        if (writesKey()) {
            if (keyOutput->path().isEmpty())
                return tr("Choose a file for the CA key.");
            if (QFileInfo::exists(keyOutput->path()))
                return tr("%1 exists already: choose another file (nothing is overwritten).").arg(keyOutput->path());
            if (pass->text() != pass2->text())
                return tr("The two passphrases differ.");
        }
        if (!certOutput->path().isEmpty() && QFileInfo::exists(certOutput->path()))
            return tr("%1 exists already: choose another file for the anchor certificate, or none.").arg(certOutput->path());
        return {};
    }

    bool isComplete() const override
    {
        const QString why = problem();
        setStatusText(status, why, true);
        return why.isEmpty();
    }

    bool validatePage() override { return isComplete(); }

    TrustAnchorWizard *m_wizard;
    QString m_app;
    QCheckBox *keepInPlace;
    FileField *keyOutput;
    QLineEdit *pass, *pass2;
    FileField *certOutput;
    QLabel *status;
};

// -------------------------------------------------------------- summary page

class AnchorSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AnchorSummaryPage(TrustAnchorWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Summary"));
        setSubTitle(tr("Check, then create the anchor."));
        text = new QLabel(this);
        text->setObjectName(u"summaryText"_s);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setTextFormat(Qt::RichText);
        auto *lay = new QVBoxLayout(this);
        lay->addWidget(text);
        lay->addStretch(1);
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Create"));
    }
    void initializePage() override { text->setText(m_wizard->summaryText()); }
    // Shown again after a failed attempt (Back from the progress page): Create once more.
    void showEvent(QShowEvent *event) override
    {
        QWizardPage::showEvent(event);
        if (!isCommitPage())
            setCommitPage(true);
    }

    TrustAnchorWizard *m_wizard;
    QLabel *text;
};

// ------------------------------------------------------------- progress page

class AnchorProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AnchorProgressPage(TrustAnchorWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Creating the Trust Anchor"));
        setSubTitle(tr("The key is made and saved first; then the anchor is sent to the server."));
        step = new QLabel(this);
        step->setObjectName(u"progressStep"_s);
        step->setWordWrap(true);
        bar = new QProgressBar(this);
        bar->setObjectName(u"progressBar"_s);
        bar->setRange(0, 0);
        bar->setTextVisible(false);
        stop = new QPushButton(tr("&Stop"), this);
        stop->setObjectName(u"stopButton"_s);
        error = new QLabel(this);
        error->setObjectName(u"progressError"_s);
        error->setWordWrap(true);
        error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        error->hide();
        auto *lay = new QVBoxLayout(this);
        lay->addWidget(step);
        auto *row = new QHBoxLayout;
        row->addWidget(bar, 1);
        row->addWidget(stop);
        lay->addLayout(row);
        lay->addWidget(error);
        lay->addStretch(1);
        connect(stop, &QPushButton::clicked, this, [this] {
            if (m_wizard->m_job)
                m_wizard->m_job->cancel();
            step->setText(tr("Stopping…"));
        });
    }

    void initializePage() override
    {
        setStatusText(error, {}, true);
        stop->setEnabled(true);
        bar->setRange(0, 0);
        auto *job = new AnchorJob(m_wizard->client(), m_wizard->request(), this);
        m_wizard->m_job = job;
        connect(job, &AnchorJob::progress, this, [this](const QString &text, int value, int maximum) {
            step->setText(text);
            bar->setRange(0, maximum);
            bar->setValue(value);
        });
        connect(job, &AnchorJob::keyWritten, m_wizard, &TrustAnchorWizard::keyWritten);
        connect(job, &AnchorJob::finished, this, [this, job](const Status &status) {
            const bool ok = status.ok();
            stop->setEnabled(false);
            bar->setRange(0, 1);
            bar->setValue(ok ? 1 : 0);
            if (!ok) {
                step->setText(job->result().error().code == ErrorCode::Cancelled ? tr("Stopped.")
                                                                                   : tr("The anchor was not created."));
                setStatusText(error, job->result().error().message + u"\n"_s
                                         + tr("Go Back to choose another file or folder, or Cancel."), true);
                // Nothing was registered: Back leads to the summary and the storage page again.
                m_wizard->page(TrustAnchorWizard::SummaryPageId)->setCommitPage(false);
                Q_EMIT completeChanged();
                return;
            }
            step->setText(tr("Done."));
            Q_EMIT completeChanged();
            Q_EMIT m_wizard->anchorCreated(job->result()->app);
            QTimer::singleShot(0, m_wizard, [w = m_wizard] {
                if (w->currentId() == TrustAnchorWizard::ProgressPageId)
                    w->next();
            });
        });
        job->start();
    }

    bool isComplete() const override
    {
        return m_wizard->m_job && m_wizard->m_job->isFinished() && m_wizard->m_job->result().ok();
    }

    TrustAnchorWizard *m_wizard;
    QLabel *step, *error;
    QProgressBar *bar;
    QPushButton *stop;
};

// --------------------------------------------------------------- result page

class AnchorResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AnchorResultPage(TrustAnchorWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Trust Anchor Created"));
        setSubTitle(tr("The application trusts device certificates issued with this CA key."));
        text = new QLabel(this);
        text->setObjectName(u"resultText"_s);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        enroll = new QPushButton(tr("&Enroll a Device…"), this);
        enroll->setObjectName(u"enrollDeviceButton"_s);
        enroll->setToolTip(tr("Close this wizard and enroll a device of this application with the new CA key"));
        auto *lay = new QVBoxLayout(this);
        lay->addWidget(text);
        auto *row = new QHBoxLayout;
        row->addWidget(enroll);
        row->addStretch(1);
        lay->addLayout(row);
        lay->addStretch(1);
        connect(enroll, &QPushButton::clicked, this, [this] {
            const AnchorJob *job = m_wizard->job();
            if (!job || !job->isFinished() || !job->result().ok())
                return;
            const AnchorOutcome outcome = *job->result();
            Q_EMIT m_wizard->enrollDeviceRequested(outcome);
            m_wizard->accept();
        });
    }
    void initializePage() override
    {
        const AnchorJob *job = m_wizard->job();
        enroll->setEnabled(job && job->isFinished() && job->result().ok() && !job->result()->keyPath.isEmpty());
        if (!job || !job->isFinished() || !job->result().ok())
            return;
        const AnchorOutcome &o = *job->result();
        const QLocale l;
        QString html = u"<table cellspacing='6'>"_s;
        auto row = [&html](const QString &k, const QString &v) {
            html += u"<tr><td><b>"_s + k.toHtmlEscaped() + u"</b></td><td>"_s + v.toHtmlEscaped() + u"</td></tr>"_s;
        };
        row(tr("Application:"), o.app);
        row(tr("Anchor:"), tr("#%1").arg(o.index));
        row(tr("Subject:"), o.anchor.subjectString());
        row(tr("Valid:"), tr("%1 to %2").arg(l.toString(o.anchor.notBefore().toLocalTime(), QLocale::ShortFormat),
                                             l.toString(o.anchor.notAfter().toLocalTime(), QLocale::ShortFormat)));
        row(tr("Key:"), inspectKey(o.anchor.publicKey()).keyType);
        row(tr("CA key file:"), o.keyPath.isEmpty() ? tr("(not written)") : native(o.keyPath));
        if (!o.certPath.isEmpty())
            row(tr("Anchor certificate:"), native(o.certPath));
        html += u"</table><p>"_s
            + tr("Devices of '%1' can now be enrolled with this CA key (Registry › Enroll Device…).").arg(o.app).toHtmlEscaped()
            + u"</p>"_s;
        text->setText(html);
    }

    TrustAnchorWizard *m_wizard;
    QLabel *text;
    QPushButton *enroll;
};

// -------------------------------------------------------------------- wizard

TrustAnchorWizard::TrustAnchorWizard(RegistryClient *client, const QString &app, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
{
    setObjectName(u"trustAnchorWizard"_s);
    setWindowTitle(tr("Create Trust Anchor"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(AppPageId, new ApplicationPage(client, app, true, this));
    setPage(KeyPageId, new AnchorKeyPage(this));
    setPage(StoragePageId, new AnchorStoragePage(this));
    setPage(SummaryPageId, new AnchorSummaryPage(this));
    setPage(ProgressPageId, new AnchorProgressPage(this));
    setPage(ResultPageId, new AnchorResultPage(this));
    resize(720, 520);
}

TrustAnchorWizard::~TrustAnchorWizard() = default;

ApplicationPage *TrustAnchorWizard::applicationPage() const
{
    return static_cast<ApplicationPage *>(page(AppPageId));
}

QString TrustAnchorWizard::applicationName() const
{
    return applicationPage()->applicationName();
}

QString TrustAnchorWizard::suggestedKeyPath(const QString &app)
{
    const QString dir = workbenchDataPath(u"keys"_s);
    QString path = QDir(dir).filePath(app + u"-ca.key"_s);
    for (int i = 2; QFileInfo::exists(path) || QFileInfo::exists(path.chopped(4) + u".pem"_s); ++i)
        path = QDir(dir).filePath(app + u"-ca-"_s + QString::number(i) + u".key"_s);
    return path;
}

AnchorRequest TrustAnchorWizard::request() const
{
    auto *keyPage = static_cast<AnchorKeyPage *>(page(KeyPageId));
    auto *store = static_cast<AnchorStoragePage *>(page(StoragePageId));
    AnchorRequest r;
    r.app = applicationName();
    r.source = keyPage->source();
    r.algorithm = keyPage->picker->algorithm();
    r.days = keyPage->days->value();
    r.key = keyPage->key;
    r.keyInputPath = keyPage->keyPath_;
    r.certificate = keyPage->cert;
    if (r.source == AnchorRequest::Source::NewKey || !store->keepInPlace->isChecked()) {
        r.keyOutput = store->keyOutput->path();
        if (!store->pass->text().isEmpty())
            r.keyPassphrase = std::make_shared<SecretBytes>(SecretBytes::fromString(store->pass->text()));
    }
    r.certOutput = store->certOutput->path();
    return r;
}

QString TrustAnchorWizard::summaryText() const
{
    const AnchorRequest r = request();
    QString html = u"<table cellspacing='6'>"_s;
    auto row = [&html](const QString &k, const QString &v) {
        html += u"<tr><td><b>"_s + k.toHtmlEscaped() + u"</b></td><td>"_s + v.toHtmlEscaped() + u"</td></tr>"_s;
    };
    row(tr("Application:"), r.app);
    switch (r.source) {
    case AnchorRequest::Source::NewKey:
        row(tr("Key:"), tr("new %1 key").arg(algorithmDisplayName(r.algorithm)));
        break;
    case AnchorRequest::Source::ExistingKey:
        row(tr("Key:"), tr("existing key %1").arg(native(r.keyInputPath)));
        break;
    case AnchorRequest::Source::ExistingCertificate:
        row(tr("Certificate:"), tr("existing CA certificate '%1', registered as it is").arg(r.certificate.subjectString()));
        break;
    }
    if (r.source != AnchorRequest::Source::ExistingCertificate) {
        row(tr("Subject:"), anchorSubjectString(r.app));
        row(tr("Validity:"), tr("%n day(s) from now", nullptr, r.days));
    }
    if (!r.keyOutput.isEmpty())
        row(tr("CA key file:"), native(r.keyOutput) + u' '
                + (r.keyPassphrase ? tr("(encrypted with your passphrase)") : tr("(not encrypted, mode 0600)")));
    else
        row(tr("CA key file:"), tr("stays at %1").arg(native(r.keyInputPath)));
    if (!r.certOutput.isEmpty())
        row(tr("Anchor certificate copy:"), native(r.certOutput));
    html += u"</table><p>"_s
        + tr("The key file is written and read back before the anchor is sent to the server.").toHtmlEscaped()
        + u"</p>"_s;
    return html;
}

void TrustAnchorWizard::reject()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
    QWizard::reject();
}

} // namespace dwb::gui

#include "TrustAnchorWizard.moc"
