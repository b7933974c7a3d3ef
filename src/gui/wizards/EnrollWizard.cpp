#include "gui/wizards/EnrollWizard.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/EnrollSupport.h"
#include "gui/common/Async.h"
#include "gui/wizards/ApplicationPage.h"
#include "gui/wizards/TrustAnchorWizard.h"
#include "gui/wizards/WizardWidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
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
QString htmlRow(const QString &k, const QString &v)
{
    return u"<tr><td><b>"_s + k.toHtmlEscaped() + u"</b></td><td>"_s + v.toHtmlEscaped() + u"</td></tr>"_s;
}
} // namespace

// --------------------------------------------------------------- device page

class EnrollDevicePage : public QWizardPage {
    Q_OBJECT
public:
    EnrollDevicePage(EnrollWizard *wizard, const QString &preselect)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_preselect(preselect)
    {
        setTitle(tr("Device"));
        setSubTitle(tr("The device that gets the certificate: one of the application's devices, or a new one."));
        existing = new QRadioButton(tr("An &existing device"), this);
        existing->setObjectName(u"existingDeviceRadio"_s);
        create = new QRadioButton(tr("A &new device"), this);
        create->setObjectName(u"newDeviceRadio"_s);
        auto *group = new QButtonGroup(this);
        group->addButton(existing);
        group->addButton(create);
        devices = new QComboBox(this);
        devices->setObjectName(u"deviceCombo"_s);
        devices->setEditable(false);
        name = new QLineEdit(this);
        name->setObjectName(u"deviceName"_s);
        name->setPlaceholderText(tr("e.g. sensor-42"));
        status = new QLabel(this);
        status->setObjectName(u"deviceStatus"_s);
        status->setWordWrap(true);
        status->hide();
        auto *lay = new QVBoxLayout(this);
        lay->addWidget(existing);
        auto *f1 = new QFormLayout;
        f1->setContentsMargins(24, 0, 0, 0);
        f1->addRow(tr("&Device:"), devices);
        lay->addLayout(f1);
        lay->addWidget(create);
        auto *f2 = new QFormLayout;
        f2->setContentsMargins(24, 0, 0, 0);
        f2->addRow(tr("N&ame:"), name);
        lay->addLayout(f2);
        lay->addStretch(1);
        lay->addWidget(status);
        create->setChecked(true);
        auto update = [this] {
            devices->setEnabled(existing->isChecked());
            name->setEnabled(create->isChecked());
            Q_EMIT completeChanged();
        };
        connect(existing, &QRadioButton::toggled, this, update);
        connect(name, &QLineEdit::textChanged, this, update);
        connect(devices, &QComboBox::currentIndexChanged, this, update);
        update();
    }

    void initializePage() override
    {
        const QString app = m_wizard->applicationName();
        if (app == m_loadedFor || !m_wizard->client())
            return;
        m_loadedFor = app;
        m_names.clear();
        devices->clear();
        m_loading = true;
        onFinished(this, m_wizard->client()->listDevices(app), [this, app](const Result<QList<Device>> &r) {
            if (app != m_loadedFor)
                return;
            m_loading = false;
            if (!r) {
                setStatusText(status, tr("Could not list the devices: %1").arg(r.error().message), true);
                return;
            }
            for (const Device &d : *r)
                m_names << d.name();
            m_names.sort();
            devices->addItems(m_names);
            if (m_names.contains(m_preselect)) {
                devices->setCurrentIndex(int(m_names.indexOf(m_preselect)));
                existing->setChecked(true);
            }
            existing->setEnabled(!m_names.isEmpty());
            Q_EMIT completeChanged();
        });
    }

    QString deviceName() const { return existing->isChecked() ? devices->currentText() : name->text().trimmed(); }
    bool isNew() const { return create->isChecked() && !m_names.contains(deviceName()); }

    bool isComplete() const override
    {
        if (m_loading)
            return false;
        if (existing->isChecked()) {
            setStatusText(status, {}, false);
            return !devices->currentText().isEmpty();
        }
        const QString n = name->text().trimmed();
        if (n.isEmpty()) {
            setStatusText(status, {}, false);
            return false;
        }
        const QString why = validateDeviceName(n);
        if (!why.isEmpty()) {
            setStatusText(status, why, true);
            return false;
        }
        setStatusText(status, m_names.contains(n) ? tr("'%1' exists already: its certificate alias will be added.").arg(n)
                                                  : QString(),
                      false);
        return true;
    }

    bool validatePage() override { return isComplete(); }

    EnrollWizard *m_wizard;
    QString m_preselect, m_loadedFor;
    QStringList m_names;
    bool m_loading = false;
    QRadioButton *existing, *create;
    QComboBox *devices;
    QLineEdit *name;
    QLabel *status;
};

// ------------------------------------------------------------------- CA page

class EnrollCaPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollCaPage(EnrollWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("CA Key"));
        setSubTitle(tr("The key of one of the application's trust anchors signs the device certificate."));
        caKey = new FileField(FileField::Mode::Open, tr("CA Key"), tr("Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)"), this);
        caKey->lineEdit()->setObjectName(u"caKeyInput"_s);
        check = new QPushButton(tr("C&heck"), this);
        check->setObjectName(u"checkCaButton"_s);
        anchor = new QLabel(this);
        anchor->setObjectName(u"caStatus"_s);
        anchor->setWordWrap(true);
        anchor->setTextInteractionFlags(Qt::TextSelectableByMouse);
        anchor->hide();
        auto *form = new QFormLayout(this);
        auto *row = new QHBoxLayout;
        row->addWidget(caKey, 1);
        row->addWidget(check);
        auto *label = new QLabel(tr("CA &key file:"), this);
        label->setBuddy(caKey->lineEdit());
        form->addRow(label, row);
        form->addRow(anchor);
        connect(check, &QPushButton::clicked, this, &EnrollCaPage::verify);
        connect(caKey->lineEdit(), &QLineEdit::returnPressed, this, &EnrollCaPage::verify);
        connect(caKey, &FileField::pathChanged, this, [this] {
            m_match.reset();
            setStatusText(anchor, {}, false);
            Q_EMIT completeChanged();
        });
        connect(caKey->browseButton(), &QPushButton::clicked, this, [this] {
            if (!caKey->path().isEmpty())
                verify();
        });
    }

    void initializePage() override
    {
        if (m_app != m_wizard->applicationName()) {
            m_app = m_wizard->applicationName();
            m_match.reset();
            const QString suggested = QDir(workbenchDataPath(u"keys"_s)).filePath(m_app + u"-ca.key"_s);
            if (caKey->path().isEmpty() && QFileInfo::exists(suggested))
                caKey->setPath(suggested);
        }
    }

    void verify()
    {
        m_match.reset();
        Q_EMIT completeChanged();
        const QString path = caKey->path();
        if (path.isEmpty() || !m_wizard->client())
            return;
        auto key = loadKeyAsking(this, path, tr("the CA key"));
        if (!key) {
            setStatusText(anchor, key.error().message, true);
            return;
        }
        setStatusText(anchor, tr("Looking for the matching trust anchor…"), false);
        const QString app = m_wizard->applicationName();
        m_checking = true;
        onFinished(this, m_wizard->client()->getApp(app), [this, path, app, k = *key](const Result<Application> &r) {
            m_checking = false;
            if (path != caKey->path() || app != m_wizard->applicationName())
                return;
            if (!r) {
                setStatusText(anchor, tr("Could not read application '%1': %2").arg(app, r.error().message), true);
                return;
            }
            auto match = findAnchorForKey(*r, k, native(path));
            if (!match) {
                setStatusText(anchor, match.error().message, true);
                return;
            }
            m_key = k;
            m_match = *match;
            const QLocale l;
            setStatusText(anchor,
                          tr("✔ Matches trust anchor #%1 of '%2': %3, valid until %4.")
                              .arg(match->index)
                              .arg(app, match->certificate.subjectString(),
                                   l.toString(match->certificate.notAfter().toLocalTime(), QLocale::ShortFormat)),
                          false);
            Q_EMIT completeChanged();
        });
    }

    bool isComplete() const override { return m_match.has_value() && !m_checking; }
    bool validatePage() override { return isComplete(); }

    EnrollWizard *m_wizard;
    QString m_app;
    FileField *caKey;
    QPushButton *check;
    QLabel *anchor;
    bool m_checking = false;
    PrivateKey m_key;
    std::optional<AnchorMatch> m_match;
};

// ------------------------------------------------------------------ key page

class EnrollKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollKeyPage(EnrollWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Device Key and Certificate"));
        setSubTitle(tr("A new key made here, a key you have, or a certificate issued elsewhere."));
        newKey = new QRadioButton(tr("&Generate a new key"), this);
        newKey->setObjectName(u"newDeviceKeyRadio"_s);
        importKey = new QRadioButton(tr("&Import an existing key"), this);
        importKey->setObjectName(u"importKeyRadio"_s);
        existingCert = new QRadioButton(tr("Register an existing device &certificate as it is"), this);
        existingCert->setObjectName(u"existingDeviceCertRadio"_s);
        auto *group = new QButtonGroup(this);
        group->addButton(newKey);
        group->addButton(importKey);
        group->addButton(existingCert);
        newKey->setChecked(true);
        picker = new AlgorithmPicker(this);
        days = new QSpinBox(this);
        days->setObjectName(u"deviceDaysSpin"_s);
        days->setRange(1, 36500);
        days->setValue(kDefaultValidityDays);
        days->setSuffix(tr(" days"));
        keyInput = new FileField(FileField::Mode::Open, tr("Device Key"), tr("Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)"), this);
        keyInput->lineEdit()->setObjectName(u"deviceKeyInput"_s);
        certInput = new FileField(FileField::Mode::Open, tr("Device Certificate"), tr("Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"), this);
        certInput->lineEdit()->setObjectName(u"deviceCertInput"_s);
        status = new QLabel(this);
        status->setObjectName(u"deviceKeyStatus"_s);
        status->setWordWrap(true);
        status->hide();
        auto *lay = new QVBoxLayout(this);
        lay->addWidget(newKey);
        auto *f1 = new QFormLayout;
        f1->setContentsMargins(24, 0, 0, 0);
        f1->addRow(tr("A&lgorithm:"), picker);
        lay->addLayout(f1);
        lay->addWidget(importKey);
        auto *f2 = new QFormLayout;
        f2->setContentsMargins(24, 0, 0, 0);
        f2->addRow(tr("&Key file:"), keyInput);
        lay->addLayout(f2);
        lay->addWidget(existingCert);
        auto *f4 = new QFormLayout;
        f4->setContentsMargins(24, 0, 0, 0);
        f4->addRow(tr("Cer&tificate file:"), certInput);
        lay->addLayout(f4);
        auto *f3 = new QFormLayout;
        auto *daysLabel = new QLabel(tr("&Validity of the new device certificate:"), this);
        daysLabel->setBuddy(days);
        f3->setContentsMargins(0, 12, 0, 0);
        f3->addRow(daysLabel, days);
        lay->addLayout(f3);
        lay->addStretch(1);
        lay->addWidget(status);
        auto update = [this] {
            picker->setEnabled(newKey->isChecked());
            keyInput->setEnabled(importKey->isChecked());
            days->setEnabled(!existingCert->isChecked());
            certInput->setEnabled(existingCert->isChecked());
            setStatusText(status, {}, false);
            Q_EMIT completeChanged();
        };
        for (QRadioButton *b : {newKey, importKey, existingCert})
            connect(b, &QRadioButton::toggled, this, update);
        for (FileField *f : {keyInput, certInput})
            connect(f, &FileField::pathChanged, this, update);
        update();
        chainTabOrder({newKey, picker, importKey, keyInput, existingCert, certInput, days});
    }

    EnrollRequest::Source source() const
    {
        return newKey->isChecked() ? EnrollRequest::Source::NewKey
            : importKey->isChecked() ? EnrollRequest::Source::ImportedKey
                                     : EnrollRequest::Source::ExistingCertificate;
    }

    bool isComplete() const override
    {
        switch (source()) {
        case EnrollRequest::Source::NewKey:
            return true;
        case EnrollRequest::Source::ImportedKey:
            return !keyInput->path().isEmpty();
        case EnrollRequest::Source::ExistingCertificate:
            return !certInput->path().isEmpty();
        }
        return false;
    }

    bool validatePage() override
    {
        key = {};
        cert = {};
        if (source() == EnrollRequest::Source::ImportedKey) {
            auto k = loadKeyAsking(this, keyInput->path(), tr("the device key"));
            if (!k) {
                setStatusText(status, k.error().message, true);
                return false;
            }
            if (!drogueKeyAllowed(*k)) {
                setStatusText(status, tr("Drogue Cloud does not accept %1 keys (use EC P-256/P-384, Ed25519 or "
                                         "RSA ≥ 2048).").arg(k->typeName()), true);
                return false;
            }
            key = *k;
        } else if (source() == EnrollRequest::Source::ExistingCertificate) {
            auto c = loadCertificateAsking(this, certInput->path());
            if (!c) {
                setStatusText(status, c.error().message, true);
                return false;
            }
            const DrogueVerdict v = drogueDeviceVerdict(*c);
            if (!v.accepted) {
                setStatusText(status, tr("Drogue Cloud would refuse this device certificate: %1")
                                          .arg(v.reasons.join(u"; "_s)), true);
                return false;
            }
            const auto &app = m_wizard->applicationPage()->application();
            if (app) {
                auto match = findAnchorForCertificate(*app, *c);
                if (!match) {
                    setStatusText(status, match.error().message, true);
                    return false;
                }
            }
            cert = *c;
        }
        setStatusText(status, {}, false);
        return true;
    }

    EnrollWizard *m_wizard;
    QRadioButton *newKey, *importKey, *existingCert;
    AlgorithmPicker *picker;
    QSpinBox *days;
    FileField *keyInput, *certInput;
    QLabel *status;
    PrivateKey key;
    Certificate cert;
};

// --------------------------------------------------------------- output page

class EnrollOutputPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollOutputPage(EnrollWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Files"));
        setSubTitle(tr("Where to write the device's key and certificate. Keys are readable by you only (0600)."));
        folder = new FileField(FileField::Mode::Folder, tr("Folder for the Device's Files"), {}, this);
        folder->lineEdit()->setObjectName(u"outputDir"_s);
        pem = new QCheckBox(tr("&PEM files: key and certificate"), this);
        pem->setObjectName(u"writePem"_s);
        pem->setChecked(true);
        p12 = new QCheckBox(tr("PKCS#&12 file (key, certificate and anchor)"), this);
        p12->setObjectName(u"writePkcs12"_s);
        pass = new QLineEdit(this);
        pass->setObjectName(u"pkcs12Passphrase"_s);
        pass->setEchoMode(QLineEdit::Password);
        pass2 = new QLineEdit(this);
        pass2->setObjectName(u"pkcs12PassphraseRepeat"_s);
        pass2->setEchoMode(QLineEdit::Password);
        files = new QLabel(this);
        files->setObjectName(u"outputFiles"_s);
        files->setWordWrap(true);
        files->setTextInteractionFlags(Qt::TextSelectableByMouse);
        status = new QLabel(this);
        status->setObjectName(u"outputStatus"_s);
        status->setWordWrap(true);
        status->hide();
        auto *form = new QFormLayout(this);
        form->addRow(tr("&Folder:"), folder);
        form->addRow(pem);
        form->addRow(p12);
        form->addRow(tr("PKCS#12 pa&ssphrase:"), pass);
        form->addRow(tr("&Repeat passphrase:"), pass2);
        form->addRow(files);
        form->addRow(status);
        auto update = [this] {
            pass->setEnabled(p12->isChecked());
            pass2->setEnabled(p12->isChecked());
            Q_EMIT completeChanged();
        };
        connect(pem, &QCheckBox::toggled, this, update);
        connect(p12, &QCheckBox::toggled, this, update);
        for (QLineEdit *e : {folder->lineEdit(), pass, pass2})
            connect(e, &QLineEdit::textChanged, this, update);
        update();
    }

    void initializePage() override
    {
        const QString app = m_wizard->applicationName();
        if (folder->path().isEmpty() || m_app != app)
            folder->setPath(EnrollWizard::suggestedOutputDir(app));
        m_app = app;
        Q_EMIT completeChanged();
    }

    QStringList paths() const
    {
        const QString dir = folder->path();
        const QString dev = m_wizard->deviceName();
        QStringList out;
        if (pem->isChecked())
            out << EnrollJob::keyFileName(dir, dev) << EnrollJob::certFileName(dir, dev);
        if (p12->isChecked())
            out << EnrollJob::pkcs12FileName(dir, dev);
        return out;
    }

    bool isComplete() const override
    {
        QString why;
        const QStringList ps = paths();
        if (folder->path().isEmpty())
            why = tr("Choose a folder.");
        else if (!pem->isChecked() && !p12->isChecked())
            why = tr("Choose PEM files, a PKCS#12 file or both.");
        else if (p12->isChecked() && pass->text().isEmpty())
            why = tr("Give the PKCS#12 file a passphrase.");
        else if (p12->isChecked() && pass->text() != pass2->text())
            why = tr("The two passphrases differ.");
        for (const QString &p : ps)
            if (why.isEmpty() && QFileInfo::exists(p))
                why = tr("%1 exists already: choose another folder (nothing is overwritten).").arg(native(p));
        QStringList shown;
        for (const QString &p : ps)
            shown << native(p);
        files->setText(tr("Files: %1").arg(shown.join(u", "_s)));
        setStatusText(status, why, true);
        return why.isEmpty();
    }

    bool validatePage() override { return isComplete(); }

    EnrollWizard *m_wizard;
    QString m_app;
    FileField *folder;
    QCheckBox *pem, *p12;
    QLineEdit *pass, *pass2;
    QLabel *files, *status;
};

// ------------------------------------------------------- summary/progress/result

class EnrollSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollSummaryPage(EnrollWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Summary"));
        setSubTitle(tr("Check, then enroll the device."));
        text = new QLabel(this);
        text->setObjectName(u"summaryText"_s);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto *lay = new QVBoxLayout(this);
        lay->addWidget(text);
        lay->addStretch(1);
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Enroll"));
    }
    void initializePage() override { text->setText(m_wizard->summaryText()); }
    EnrollWizard *m_wizard;
    QLabel *text;
};

class EnrollProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollProgressPage(EnrollWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Enrolling the Device"));
        setSubTitle(tr("Key and certificate are written first; then the device is registered with its alias."));
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
        auto *job = new EnrollJob(m_wizard->client(), m_wizard->request(), this);
        m_wizard->m_job = job;
        connect(job, &EnrollJob::progress, this, [this](const QString &text, int value, int maximum) {
            step->setText(text);
            bar->setRange(0, maximum);
            bar->setValue(value);
        });
        connect(job, &EnrollJob::finished, this, [this, job](bool ok) {
            stop->setEnabled(false);
            bar->setRange(0, 1);
            bar->setValue(ok ? 1 : 0);
            if (!ok) {
                step->setText(job->result().error().code == ErrorCode::Cancelled ? tr("Stopped.")
                                                                                   : tr("The device was not enrolled."));
                setStatusText(error, job->result().error().message, true);
                return;
            }
            step->setText(tr("Done."));
            Q_EMIT completeChanged();
            Q_EMIT m_wizard->deviceEnrolled(job->result()->app, job->result()->device);
            QTimer::singleShot(0, m_wizard, [w = m_wizard] {
                if (w->currentId() == EnrollWizard::ProgressPageId)
                    w->next();
            });
        });
        job->start();
    }

    bool isComplete() const override
    {
        return m_wizard->m_job && m_wizard->m_job->isFinished() && m_wizard->m_job->result().ok();
    }

    EnrollWizard *m_wizard;
    QLabel *step, *error;
    QProgressBar *bar;
    QPushButton *stop;
};

class EnrollResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrollResultPage(EnrollWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Device Enrolled"));
        setSubTitle(tr("The device can connect with its certificate: try it with Test Connection."));
        text = new QLabel(this);
        text->setObjectName(u"resultText"_s);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        test = new QPushButton(tr("&Test Connection…"), this);
        test->setObjectName(u"testConnectionButton"_s);
        test->setToolTip(tr("Connect to the MQTT endpoint as this device, publish, and see the message arrive"));
        auto *lay = new QVBoxLayout(this);
        lay->addWidget(text);
        auto *row = new QHBoxLayout;
        row->addWidget(test);
        row->addStretch(1);
        lay->addLayout(row);
        lay->addStretch(1);
        connect(test, &QPushButton::clicked, this, [this] {
            const EnrollJob *job = m_wizard->job();
            if (!job || !job->isFinished() || !job->result().ok())
                return;
            const EnrollOutcome &o = *job->result();
            Q_EMIT m_wizard->testConnectionRequested(o.app, o.device, o.certPath, o.keyPath);
        });
    }
    void initializePage() override
    {
        const EnrollJob *job = m_wizard->job();
        if (!job || !job->isFinished() || !job->result().ok())
            return;
        const EnrollOutcome &o = *job->result();
        const QLocale l;
        QString html = u"<table cellspacing='6'>"_s;
        html += htmlRow(tr("Application:"), o.app);
        html += htmlRow(tr("Device:"), o.created ? tr("%1 (created)").arg(o.device) : tr("%1 (updated)").arg(o.device));
        html += htmlRow(tr("Certificate subject:"), o.certificate.subjectString());
        html += htmlRow(tr("Alias added:"), o.alias);
        html += htmlRow(tr("Issued by:"), tr("trust anchor #%1, %2").arg(o.anchorIndex).arg(o.anchor.subjectString()));
        html += htmlRow(tr("Valid until:"), l.toString(o.certificate.notAfter().toLocalTime(), QLocale::ShortFormat));
        html += htmlRow(tr("Key:"), inspectKey(o.certificate.publicKey()).keyType);
        if (!o.keyPath.isEmpty())
            html += htmlRow(tr("Key file:"), native(o.keyPath));
        if (!o.certPath.isEmpty())
            html += htmlRow(tr("Certificate file:"), native(o.certPath));
        if (!o.pkcs12Path.isEmpty())
            html += htmlRow(tr("PKCS#12 file:"), native(o.pkcs12Path));
        html += u"</table>"_s;
        text->setText(html);
        test->setEnabled(!o.certPath.isEmpty() && !o.keyPath.isEmpty());
    }
    EnrollWizard *m_wizard;
    QLabel *text;
    QPushButton *test;
};

// -------------------------------------------------------------------- wizard

EnrollWizard::EnrollWizard(RegistryClient *client, const QString &app, const QString &device, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
{
    setObjectName(u"enrollWizard"_s);
    setWindowTitle(tr("Enroll Device"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    auto *appPage = new ApplicationPage(client, app, false, this);
    appPage->setSubTitle(tr("The application the device belongs to, and its trust anchors."));
    setPage(AppPageId, appPage);
    setPage(DevicePageId, new EnrollDevicePage(this, device));
    setPage(CaPageId, new EnrollCaPage(this));
    setPage(KeyPageId, new EnrollKeyPage(this));
    setPage(OutputPageId, new EnrollOutputPage(this));
    setPage(SummaryPageId, new EnrollSummaryPage(this));
    setPage(ProgressPageId, new EnrollProgressPage(this));
    setPage(ResultPageId, new EnrollResultPage(this));
    resize(720, 540);
}

EnrollWizard::~EnrollWizard() = default;

ApplicationPage *EnrollWizard::applicationPage() const
{
    return static_cast<ApplicationPage *>(page(AppPageId));
}

QString EnrollWizard::applicationName() const
{
    return applicationPage()->applicationName();
}

QString EnrollWizard::deviceName() const
{
    return static_cast<EnrollDevicePage *>(page(DevicePageId))->deviceName();
}

QString EnrollWizard::suggestedOutputDir(const QString &app)
{
    return workbenchDataPath(u"devices/"_s + app);
}

int EnrollWizard::nextId() const
{
    if (currentId() == KeyPageId
        && static_cast<EnrollKeyPage *>(page(KeyPageId))->source() == EnrollRequest::Source::ExistingCertificate)
        return SummaryPageId;
    return QWizard::nextId();
}

EnrollRequest EnrollWizard::request() const
{
    auto *ca = static_cast<EnrollCaPage *>(page(CaPageId));
    auto *key = static_cast<EnrollKeyPage *>(page(KeyPageId));
    auto *out = static_cast<EnrollOutputPage *>(page(OutputPageId));
    EnrollRequest r;
    r.app = applicationName();
    r.device = deviceName();
    r.caKey = ca->m_key;
    r.caKeyPath = ca->caKey->path();
    r.source = key->source();
    r.algorithm = key->picker->algorithm();
    r.days = key->days->value();
    r.deviceKey = key->key;
    r.deviceCertificate = key->cert;
    r.outputDir = out->folder->path();
    r.writePem = out->pem->isChecked();
    r.writePkcs12 = out->p12->isChecked();
    if (r.writePkcs12)
        r.pkcs12Passphrase = std::make_shared<SecretBytes>(SecretBytes::fromString(out->pass->text()));
    return r;
}

QString EnrollWizard::summaryText() const
{
    const EnrollRequest r = request();
    auto *ca = static_cast<EnrollCaPage *>(page(CaPageId));
    auto *dev = static_cast<EnrollDevicePage *>(page(DevicePageId));
    auto *out = static_cast<EnrollOutputPage *>(page(OutputPageId));
    QString html = u"<table cellspacing='6'>"_s;
    html += htmlRow(tr("Application:"), r.app);
    html += htmlRow(tr("Device:"), dev->isNew() ? tr("%1 (will be created)").arg(r.device)
                                                : tr("%1 (exists: the alias is added)").arg(r.device));
    if (ca->m_match)
        html += htmlRow(tr("Trust anchor:"), tr("#%1, %2 (CA key %3)")
                                                 .arg(ca->m_match->index)
                                                 .arg(ca->m_match->certificate.subjectString(), native(r.caKeyPath)));
    switch (r.source) {
    case EnrollRequest::Source::NewKey:
        html += htmlRow(tr("Device key:"), tr("new %1 key").arg(algorithmDisplayName(r.algorithm)));
        break;
    case EnrollRequest::Source::ImportedKey:
        html += htmlRow(tr("Device key:"), tr("imported, %1").arg(r.deviceKey.typeName()));
        break;
    case EnrollRequest::Source::ExistingCertificate:
        html += htmlRow(tr("Certificate:"), tr("existing, registered as it is"));
        break;
    }
    if (r.source != EnrollRequest::Source::ExistingCertificate) {
        html += htmlRow(tr("Certificate subject:"), deviceSubjectString(r.device, r.app));
        html += htmlRow(tr("Validity:"), tr("%n day(s) from now", nullptr, r.days));
        QStringList shown;
        for (const QString &p : out->paths())
            shown << native(p);
        html += htmlRow(tr("Files:"), shown.join(u", "_s));
        html += htmlRow(tr("Alias to add:"), deviceSubjectString(r.device, r.app));
    } else {
        html += htmlRow(tr("Certificate subject:"), r.deviceCertificate.subjectString());
        html += htmlRow(tr("Alias to add:"), r.deviceCertificate.subjectString());
    }
    html += u"</table>"_s;
    return html;
}

void EnrollWizard::reject()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
    QWizard::reject();
}

} // namespace dwb::gui

#include "EnrollWizard.moc"
