#include "gui/wizards/EnrollWizard.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/DeviceCertificateCheck.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/util/SafeFile.h"
#include "gui/common/Async.h"
#include "gui/common/Prompts.h"
#include "gui/wizards/ApplicationPage.h"
#include "gui/wizards/RegisterCertificatePage.h"
#include "gui/wizards/TrustAnchorWizard.h"
#include "gui/wizards/WizardWidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSet>
#include <QShowEvent>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QTreeWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

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
        setSubTitle(tr("The device that gets the certificate: one of the application's devices, or a new one; "
                       "or several devices from a list."));
        one = new QRadioButton(tr("&One device"), this);
        one->setObjectName(u"oneDeviceRadio"_s);
        existing = new QRadioButton(tr("An &existing device"), this);
        existing->setObjectName(u"existingDeviceRadio"_s);
        devices = new QComboBox(this);
        devices->setObjectName(u"deviceCombo"_s);
        devices->setEditable(false);
        create = new QRadioButton(tr("A &new device"), this);
        create->setObjectName(u"newDeviceRadio"_s);
        name = new QLineEdit(this);
        name->setObjectName(u"deviceName"_s);
        name->setPlaceholderText(tr("e.g. sensor-42"));
        registerCert = new QCheckBox(tr("&Register an existing device certificate (no CA key needed)"), this);
        registerCert->setObjectName(u"registerCertificateCheck"_s);
        registerCert->setToolTip(tr("A certificate issued elsewhere, for example with openssl, registered as it is"));
        several = new QRadioButton(tr("Se&veral devices from a list"), this);
        several->setObjectName(u"severalDevicesRadio"_s);
        listEdit = new QPlainTextEdit(this);
        listEdit->setObjectName(u"deviceListEdit"_s);
        listEdit->setTabChangesFocus(true);
        listEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
        listEdit->setPlaceholderText(tr("Paste the names, one per line (# starts a comment), or CSV with a header:\n"
                                        "name,labels,alias\nsensor-1,site=lab-1;floor=2,serial-0001"));
        listEdit->setAccessibleName(tr("Device list"));
        load = new QPushButton(tr("&Load…"), this);
        load->setObjectName(u"loadDeviceListButton"_s);
        load->setToolTip(tr("Read the list from a text or CSV file"));
        listStatus = new QLabel(this);
        listStatus->setObjectName(u"deviceListStatus"_s);
        listStatus->setWordWrap(true);
        listStatus->hide();
        problems = new QListWidget(this);
        problems->setObjectName(u"deviceListProblems"_s);
        problems->setAccessibleName(tr("Problems of the device list"));
        problems->setStyleSheet(u"QListWidget { color: #b00020; }"_s);
        problems->setMaximumHeight(110);
        problems->setWordWrap(true);
        problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        problems->setResizeMode(QListView::Adjust);
        problems->hide();
        status = new QLabel(this);
        status->setObjectName(u"deviceStatus"_s);
        status->setWordWrap(true);
        status->hide();
        auto *modeGroup = new QButtonGroup(this);
        modeGroup->addButton(one);
        modeGroup->addButton(several);
        auto *group = new QButtonGroup(this);
        group->addButton(existing);
        group->addButton(create);

        auto *lay = new QVBoxLayout(this);
        lay->addWidget(one);
        oneBox = new QWidget(this);
        auto *oneLay = new QVBoxLayout(oneBox);
        oneLay->setContentsMargins(24, 0, 0, 0);
        oneLay->addWidget(existing);
        auto *f1 = new QFormLayout;
        f1->setContentsMargins(24, 0, 0, 0);
        f1->addRow(tr("&Device:"), devices);
        oneLay->addLayout(f1);
        oneLay->addWidget(create);
        auto *f2 = new QFormLayout;
        f2->setContentsMargins(24, 0, 0, 0);
        f2->addRow(tr("N&ame:"), name);
        oneLay->addLayout(f2);
        oneLay->addWidget(registerCert);
        lay->addWidget(oneBox);
        lay->addWidget(several);
        severalBox = new QWidget(this);
        auto *sevLay = new QVBoxLayout(severalBox);
        sevLay->setContentsMargins(24, 0, 0, 0);
        auto *listLabel = new QLabel(tr("Device li&st:"), severalBox);
        listLabel->setBuddy(listEdit);
        sevLay->addWidget(listLabel);
        sevLay->addWidget(listEdit, 1);
        auto *row = new QHBoxLayout;
        row->addWidget(load);
        row->addWidget(listStatus, 1);
        sevLay->addLayout(row);
        sevLay->addWidget(problems);
        lay->addWidget(severalBox, 1);
        lay->addWidget(status);
        stretch = new QWidget(this); // keeps the one-device rows at the top
        lay->addWidget(stretch, 1);
        one->setChecked(true);
        create->setChecked(true);
        auto update = [this] {
            oneBox->setVisible(one->isChecked());
            severalBox->setVisible(several->isChecked());
            stretch->setVisible(one->isChecked());
            devices->setEnabled(existing->isChecked());
            name->setEnabled(create->isChecked());
            Q_EMIT completeChanged();
        };
        connect(one, &QRadioButton::toggled, this, update);
        connect(existing, &QRadioButton::toggled, this, update);
        connect(name, &QLineEdit::textChanged, this, update);
        connect(devices, &QComboBox::currentIndexChanged, this, update);
        connect(listEdit, &QPlainTextEdit::textChanged, this, [this] {
            if (listEdit->document()->isEmpty())
                m_listFile.clear();
            parseList();
            Q_EMIT completeChanged();
        });
        connect(load, &QPushButton::clicked, this, &EnrollDevicePage::loadList);
        connect(problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            const int line = item->data(Qt::UserRole).toInt();
            if (line <= 0)
                return;
            QTextCursor c(listEdit->document()->findBlockByNumber(line - 1));
            c.select(QTextCursor::LineUnderCursor);
            listEdit->setTextCursor(c);
            listEdit->setFocus();
        });
        update();
        parseList();
    }

    void initializePage() override
    {
        const QString app = m_wizard->applicationName();
        if (app == m_loadedFor || !m_wizard->client())
            return;
        m_loadedFor = app;
        m_names.clear();
        m_nameSet.clear();
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
            m_nameSet = QSet<QString>(m_names.cbegin(), m_names.cend());
            devices->addItems(m_names);
            if (m_names.contains(m_preselect)) {
                devices->setCurrentIndex(int(m_names.indexOf(m_preselect)));
                existing->setChecked(true);
            }
            existing->setEnabled(!m_names.isEmpty());
            parseList();
            Q_EMIT completeChanged();
        });
    }

    bool isBatch() const { return several->isChecked(); }
    QString deviceName() const
    {
        if (isBatch())
            return {};
        return existing->isChecked() ? devices->currentText() : name->text().trimmed();
    }
    bool isNew() const { return create->isChecked() && !m_names.contains(deviceName()); }
    bool isRegistering() const { return !isBatch() && registerCert->isChecked(); }
    const DeviceList &list() const { return m_list; }
    QString listFile() const { return m_listFile; }
    QByteArray listData() const { return listEdit->toPlainText().toUtf8(); }
    int existingCount() const
    {
        int n = 0;
        for (const DeviceListEntry &e : m_list.devices)
            n += m_nameSet.contains(e.name) ? 1 : 0;
        return n;
    }

    // Parses the list as the batch job does; every problem is listed with its line.
    void parseList()
    {
        problems->clear();
        if (listEdit->document()->isEmpty() || listEdit->toPlainText().trimmed().isEmpty()) {
            m_list = {};
            setStatusText(listStatus, m_listFile.isEmpty() ? QString() : tr("%1 is empty.").arg(native(m_listFile)),
                          !m_listFile.isEmpty());
            problems->hide();
            return;
        }
        m_list = parseDeviceList(listData(), DeviceListFormat::Auto, m_listFile);
        const QString from = m_listFile.isEmpty() ? QString() : tr(" from %1").arg(QFileInfo(m_listFile).fileName());
        if (!m_list.problems.isEmpty()) {
            for (const DeviceListProblem &p : m_list.problems) {
                auto *item = new QListWidgetItem(formatProblems({p}), problems);
                item->setData(Qt::UserRole, p.line);
            }
            problems->show();
            setStatusText(listStatus,
                          tr("The list%1 has %n problem(s); fix every line shown below to continue.", nullptr,
                             int(m_list.problems.size()))
                              .arg(from),
                          true);
            return;
        }
        problems->hide();
        const int total = int(m_list.devices.size());
        const int exist = existingCount();
        QString text = m_list.csv ? tr("%n device(s) (CSV)%1", nullptr, total).arg(from)
                                  : tr("%n device(s)%1", nullptr, total).arg(from);
        if (!m_loading)
            text += tr(": %1 new, %2 exist already (their certificate alias is added).").arg(total - exist).arg(exist);
        setStatusText(listStatus, text, false);
    }

    void loadList()
    {
        const QString file = Prompts::openFiles(this, tr("Device List"),
                                                tr("Device lists (*.csv *.txt *.lst);;All files (*)"))
                                 .value(0);
        if (file.isEmpty())
            return;
        auto data = readWholeFile(file, 64LL * 1024 * 1024);
        if (!data) {
            setStatusText(listStatus, data.error().message, true);
            return;
        }
        several->setChecked(true);
        m_listFile = file;
        // Bytes that are not UTF-8 become U+FFFD, which parseList reports.
        listEdit->setPlainText(QString::fromUtf8(*data));
    }

    bool isComplete() const override
    {
        if (m_loading)
            return false;
        if (isBatch()) {
            setStatusText(status, {}, false);
            return m_list.problems.isEmpty() && !m_list.devices.isEmpty();
        }
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
    QString m_preselect, m_loadedFor, m_listFile;
    QStringList m_names;
    QSet<QString> m_nameSet;
    DeviceList m_list;
    bool m_loading = false;
    QRadioButton *one, *several, *existing, *create;
    QCheckBox *registerCert;
    QWidget *oneBox, *severalBox, *stretch;
    QComboBox *devices;
    QLineEdit *name;
    QPlainTextEdit *listEdit;
    QPushButton *load;
    QLabel *listStatus, *status;
    QListWidget *problems;
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
        // A key already there is checked at once (Check stays for checking again).
        if (!caKey->path().isEmpty() && !m_match && !m_checking)
            QTimer::singleShot(0, this, [this] {
                if (m_wizard->currentPage() == this && !m_match && !m_checking)
                    verify();
            });
    }

    void verify()
    {
        m_match.reset();
        Q_EMIT completeChanged();
        const QString path = caKey->path();
        if (path.isEmpty() || !m_wizard->client())
            return;
        SecretBytes passphrase;
        auto key = loadKeyAsking(this, path, tr("the CA key"), &passphrase);
        m_passphrase = std::move(passphrase);
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
    SecretBytes m_passphrase; // what opened the CA key (the batch job reads the file again)
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

    void initializePage() override
    {
        // A batch makes a new key for every device.
        const bool batch = m_wizard->isBatch();
        importKey->setEnabled(!batch);
        existingCert->setEnabled(!batch);
        const QString why = batch ? tr("Several devices at once always get new keys.") : QString();
        importKey->setToolTip(why);
        existingCert->setToolTip(why);
        if (batch)
            newKey->setChecked(true);
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
            const auto &app = m_wizard->applicationPage()->application();
            if (app) {
                auto match = checkExistingDeviceCertificate(*app, *c);
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
        const bool batch = m_wizard->isBatch();
        const QString suggestion = batch ? EnrollWizard::suggestedBatchDir(app) : EnrollWizard::suggestedOutputDir(app);
        // A folder the user chose stays; the suggestion follows the application and the mode.
        if (folder->path().isEmpty() || m_app != app || folder->path() == native(m_suggested))
            folder->setPath(suggestion);
        m_suggested = suggestion;
        m_app = app;
        if (batch) {
            setSubTitle(tr("Where to write the devices' keys and certificates, one set per device, and the record "
                           "of the batch. Keys are readable by you only (0600)."));
            pem->setChecked(true);
        } else {
            setSubTitle(tr("Where to write the device's key and certificate. Keys are readable by you only (0600)."));
        }
        pem->setEnabled(!batch);
        pem->setToolTip(batch ? tr("A batch always writes PEM files") : QString());
        Q_EMIT completeChanged();
    }

    // For a batch: "" when the folder can take it, else why not; note: what is there.
    QString batchFolderProblem(QString *note) const
    {
        const QString dir = folder->path();
        const QString manifest = BatchEnrollJob::manifestPath(dir);
        QFile f(manifest);
        if (!f.exists())
            return {};
        if (!f.open(QIODevice::ReadOnly))
            return tr("Cannot read %1: %2").arg(native(manifest), f.errorString());
        const QJsonObject header = QJsonDocument::fromJson(f.readLine(64 * 1024)).object();
        const QString app = header.value(u"app"_s).toString();
        const QString alg = header.value(u"algorithm"_s).toString();
        auto *key = static_cast<EnrollKeyPage *>(m_wizard->page(EnrollWizard::KeyPageId));
        if (!app.isEmpty() && app != m_wizard->applicationName())
            return tr("This folder holds a batch of application '%1': choose another folder.").arg(app);
        if (!alg.isEmpty() && alg != algorithmName(key->picker->algorithm())) {
            const auto parsed = parseAlgorithm(alg);
            return tr("This folder holds a batch made with %1 keys: choose %1 on the key page, or another folder.")
                .arg(parsed ? algorithmDisplayName(*parsed) : alg);
        }
        *note = tr("This folder holds an earlier batch: devices finished there are skipped, the rest is done now.");
        return {};
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
        if (m_wizard->isBatch())
            return isBatchComplete();
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

    bool isBatchComplete() const
    {
        QString why, note;
        const QString dir = folder->path();
        if (dir.isEmpty())
            why = tr("Choose a folder.");
        else if (p12->isChecked() && pass->text().isEmpty())
            why = tr("Give the PKCS#12 files a passphrase.");
        else if (p12->isChecked() && pass->text() != pass2->text())
            why = tr("The two passphrases differ.");
        else if (QFileInfo fi(dir); fi.exists() && !fi.isDir())
            why = tr("%1 is a file, not a folder.").arg(native(dir));
        else
            why = batchFolderProblem(&note);
        const int n = int(m_wizard->deviceList().devices.size());
        const QString example = n > 0 ? m_wizard->deviceList().devices.first().fileStem : u"sensor-1"_s;
        const QString base = QDir(dir).filePath(example);
        QString text = p12->isChecked()
            ? tr("Files for each of the %n device(s): %1.key, .pem and .p12 (for example); the record of the batch: %2",
                 nullptr, n)
            : tr("Files for each of the %n device(s): %1.key and .pem (for example); the record of the batch: %2",
                 nullptr, n);
        text = text.arg(native(base), native(BatchEnrollJob::manifestPath(dir)));
        files->setText(note.isEmpty() ? text : text + u"\n"_s + note);
        setStatusText(status, why, true);
        return why.isEmpty();
    }

    bool validatePage() override { return isComplete(); }

    EnrollWizard *m_wizard;
    QString m_app, m_suggested;
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
    void initializePage() override
    {
        const bool batch = m_wizard->isBatch();
        setSubTitle(batch ? tr("Check, then enroll the devices.") : tr("Check, then enroll the device."));
        setButtonText(QWizard::CommitButton, batch ? tr("&Enroll Devices") : tr("&Enroll"));
        text->setText(m_wizard->summaryText());
    }
    void showEvent(QShowEvent *event) override
    {
        QWizardPage::showEvent(event);
        if (!isCommitPage())
            setCommitPage(true); // again after Back from a failed attempt
    }
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
        rate = new QLabel(this);
        rate->setObjectName(u"batchRate"_s);
        rate->hide();
        resume = new QPushButton(tr("&Resume"), this);
        resume->setObjectName(u"resumeButton"_s);
        resume->setToolTip(tr("Run the batch again: what is done is skipped, the rest is finished"));
        resume->hide();
        lay->insertWidget(2, rate);
        auto *resumeRow = new QHBoxLayout;
        resumeRow->addWidget(resume);
        resumeRow->addStretch(1);
        lay->insertLayout(4, resumeRow);
        connect(stop, &QPushButton::clicked, this, [this] {
            step->setText(tr("Stopping…")); // first: a single job may finish at once
            if (m_wizard->m_job)
                m_wizard->m_job->cancel();
            if (m_wizard->m_batch)
                m_wizard->m_batch->cancel();
        });
        connect(resume, &QPushButton::clicked, this, &EnrollProgressPage::startBatch);
    }

    static QString formatEta(double eta)
    {
        if (eta < 0)
            return u"--:--"_s;
        const qint64 s = static_cast<qint64>(eta + 0.5);
        if (s >= 3600)
            return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
        return u"%1:%2"_s.arg(s / 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    }

    // The batch job: keys and certificates on its own thread pool, requests
    // from the client's thread; this page only shows its progress.
    void startBatch()
    {
        setStatusText(error, {}, true);
        resume->hide();
        stop->setEnabled(true);
        m_batchDone = false;
        if (m_wizard->m_batch) {
            m_wizard->m_batch->disconnect(this);
            m_wizard->m_batch->deleteLater();
        }
        // The list as checked on the device page, in a file for the job.
        auto *devicePage = static_cast<EnrollDevicePage *>(m_wizard->page(EnrollWizard::DevicePageId));
        const bool csv = m_wizard->deviceList().csv;
        m_listFile = std::make_unique<QTemporaryFile>(QDir::temp().filePath(
            csv ? u"dwb-devices-XXXXXX.csv"_s : u"dwb-devices-XXXXXX.txt"_s));
        const QByteArray data = devicePage->listData();
        if (!m_listFile->open() || m_listFile->write(data) != data.size() || !m_listFile->flush()) {
            step->setText(tr("The devices were not enrolled."));
            setStatusText(error, tr("Cannot write the device list to %1: %2")
                                     .arg(native(m_listFile->fileName()), m_listFile->errorString()), true);
            stop->setEnabled(false);
            return;
        }
        BatchOptions options = m_wizard->batchOptions();
        options.deviceListFile = m_listFile->fileName();
        const int total = int(m_wizard->deviceList().devices.size());
        step->setText(tr("Checking the CA key and the folder…"));
        rate->setText({});
        rate->show();
        bar->setRange(0, std::max(1, total));
        bar->setValue(0);
        bar->setTextVisible(true);
        bar->setFormat(u"%v / %m"_s);
        auto *job = new BatchEnrollJob(std::move(options), m_wizard->client(), this);
        m_wizard->m_batch = job;
        connect(job, &BatchEnrollJob::throughput, this, [this](int done, int all, double perSecond, double eta) {
            const QLocale l;
            if (all <= 0)
                return;
            bar->setRange(0, all);
            bar->setValue(done);
            if (!m_wizard->m_batch || !m_wizard->m_batch->isRunning())
                return;
            step->setText(tr("%1 of %2 devices done").arg(l.toString(done), l.toString(all)));
            rate->setText(tr("%1 devices/s, about %2 left").arg(l.toString(perSecond, 'f', 1), formatEta(eta)));
        });
        connect(job, &BatchEnrollJob::finished, this, [this, job] {
            const BatchResult &r = job->result();
            m_batchDone = true;
            stop->setEnabled(false);
            const QLocale l;
            const int finishedCount = r.enrolled + r.skipped + int(r.failures.size());
            if (r.total > 0) {
                bar->setRange(0, r.total);
                bar->setValue(finishedCount);
            }
            if (r.cancelled || !r.status) {
                if (r.cancelled || r.status.error().code == ErrorCode::Cancelled)
                    step->setText(tr("Stopped after %1 of %2 devices. Resume finishes the rest; what is done is kept.")
                                      .arg(l.toString(finishedCount), l.toString(r.total)));
                else
                    step->setText(tr("The devices were not enrolled."));
                QString message = r.status ? QString() : r.status.error().message;
                if (!r.listProblems.isEmpty())
                    message += u"\n"_s + formatProblems(r.listProblems);
                setStatusText(error, message, true);
                allowBack();
                resume->setText(r.cancelled ? tr("&Resume") : tr("Try &Again"));
                resume->show();
                return;
            }
            step->setText(tr("Done: %1 of %2 devices.").arg(l.toString(finishedCount), l.toString(r.total)));
            Q_EMIT completeChanged();
            if (r.enrolled > 0)
                Q_EMIT m_wizard->devicesEnrolled(m_wizard->applicationName(), r.enrolled);
            QTimer::singleShot(0, m_wizard, [w = m_wizard] {
                if (w->currentId() == EnrollWizard::ProgressPageId)
                    w->next();
            });
        });
        job->start();
    }

    void initializePage() override
    {
        const bool batch = m_wizard->isBatch();
        setTitle(batch ? tr("Enrolling the Devices") : tr("Enrolling the Device"));
        setSubTitle(batch ? tr("Keys and certificates are made on all cores and written first; then each device is "
                               "registered with its alias. The folder records what is done.")
                          : tr("Key and certificate are written first; then the device is registered with its alias."));
        if (batch) {
            startBatch();
            return;
        }
        rate->hide();
        resume->hide();
        setStatusText(error, {}, true);
        stop->setEnabled(true);
        auto *job = new EnrollJob(m_wizard->client(), m_wizard->request(), this);
        m_wizard->m_job = job;
        connect(job, &EnrollJob::progress, this, [this](const QString &text, int value, int maximum) {
            step->setText(text);
            bar->setRange(0, maximum);
            bar->setValue(value);
        });
        connect(job, &EnrollJob::finished, this, [this, job](const Status &status) {
            const bool ok = status.ok();
            stop->setEnabled(false);
            bar->setRange(0, 1);
            bar->setValue(ok ? 1 : 0);
            if (!ok) {
                step->setText(job->result().error().code == ErrorCode::Cancelled ? tr("Stopped.")
                                                                                   : tr("The device was not enrolled."));
                setStatusText(error, job->result().error().message, true);
                allowBack();
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

    // After a failure: Back leads to the summary and the pages before it
    // (another folder, another key); the summary is a commit page again when shown.
    void allowBack()
    {
        m_wizard->page(EnrollWizard::SummaryPageId)->setCommitPage(false);
        Q_EMIT completeChanged();
    }

    bool isComplete() const override
    {
        if (m_wizard->isBatch()) {
            if (!m_batchDone || !m_wizard->m_batch)
                return false;
            const BatchResult &r = m_wizard->m_batch->result();
            return !r.cancelled && r.status.ok();
        }
        return m_wizard->m_job && m_wizard->m_job->isFinished() && m_wizard->m_job->result().ok();
    }

    EnrollWizard *m_wizard;
    QLabel *step, *error, *rate;
    QProgressBar *bar;
    QPushButton *stop, *resume;
    std::unique_ptr<QTemporaryFile> m_listFile;
    bool m_batchDone = false;
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
        failures = new QTreeWidget(this);
        failures->setObjectName(u"batchFailures"_s);
        failures->setAccessibleName(tr("Devices that failed"));
        failures->setHeaderLabels({tr("Device"), tr("Line"), tr("Reason")});
        failures->setRootIsDecorated(false);
        failures->setAlternatingRowColors(true);
        failures->hide();
        // A batch: the device to test, one of those complete (files written,
        // registered). Editable, with a completer: a long list is capped, and
        // any other complete device can be typed.
        batchDeviceLabel = new QLabel(tr("Test &device:"), this);
        batchDevice = new QComboBox(this);
        batchDevice->setObjectName(u"batchTestDevice"_s);
        batchDevice->setAccessibleName(tr("Device to test"));
        batchDevice->setEditable(true);
        batchDevice->setInsertPolicy(QComboBox::NoInsert);
        batchDevice->setMaxVisibleItems(20);
        // The width from a fixed length, not from measuring every item.
        batchDevice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        batchDevice->setMinimumContentsLength(24);
        batchNames = new QStringListModel(this);
        batchDevice->setModel(batchNames);
        auto *completer = new QCompleter(batchNames, batchDevice);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        batchDevice->setCompleter(completer);
        batchDeviceLabel->setBuddy(batchDevice);
        batchError = new QLabel(this);
        batchError->setObjectName(u"batchTestError"_s);
        batchError->setWordWrap(true);
        batchError->setTextInteractionFlags(Qt::TextSelectableByMouse);
        batchError->hide();
        auto *lay = new QVBoxLayout(this);
        lay->addWidget(text);
        lay->addWidget(failures, 1);
        auto *row = new QHBoxLayout;
        row->addWidget(batchDeviceLabel);
        row->addWidget(batchDevice);
        row->addWidget(test);
        row->addStretch(1);
        lay->addLayout(row);
        lay->addWidget(batchError);
        lay->addStretch(0);
        connect(batchDevice, &QComboBox::currentTextChanged, this, [this] { setStatusText(batchError, {}, true); });
        connect(test, &QPushButton::clicked, this, [this] {
            if (m_wizard->isBatch()) {
                testBatchDevice();
                return;
            }
            const EnrollJob *job = m_wizard->job();
            if (!job || !job->isFinished() || !job->result().ok())
                return;
            const EnrollOutcome &o = *job->result();
            Q_EMIT m_wizard->testConnectionRequested(o.app, o.device, o.certPath, o.keyPath);
        });
    }
    static constexpr int kMaxListedDevices = 10000;

    // The devices of the list that are complete (not failed), in list order,
    // at most kMaxListedDevices of them.
    void fillBatchDevices(const BatchResult &r)
    {
        m_failed.clear();
        for (const BatchFailure &f : r.failures)
            m_failed.insert(f.device);
        const QList<DeviceListEntry> &all = m_wizard->deviceList().devices;
        QStringList names;
        names.reserve(std::min<qsizetype>(all.size(), kMaxListedDevices));
        int complete = 0;
        for (const DeviceListEntry &e : all) {
            if (m_failed.contains(e.name))
                continue;
            ++complete;
            if (names.size() < kMaxListedDevices)
                names.append(e.name);
        }
        batchNames->setStringList(names);
        batchDevice->setCurrentIndex(names.isEmpty() ? -1 : 0);
        const QLocale l;
        batchDevice->setToolTip(
            complete > names.size()
                ? tr("The first %1 of %2 enrolled devices are listed; type the name of any other.")
                      .arg(l.toString(names.size()), l.toString(complete))
                : tr("An enrolled device of the list: its key and certificate in the folder"));
        const bool any = complete > 0;
        batchDeviceLabel->setVisible(any);
        batchDevice->setVisible(any);
        test->setVisible(any);
        test->setEnabled(any);
        setStatusText(batchError, {}, true);
    }

    // Test Connection in a batch: the chosen device's files, if they are still there.
    void testBatchDevice()
    {
        const QString name = batchDevice->currentText().trimmed();
        if (name.isEmpty()) {
            setStatusText(batchError, tr("Choose a device of the list."), true);
            return;
        }
        const int index = batchDevice->currentIndex();
        bool listed = index >= 0 && batchDevice->itemText(index) == name;
        if (!listed) {
            const QList<DeviceListEntry> &all = m_wizard->deviceList().devices;
            listed = std::any_of(all.cbegin(), all.cend(), [&](const DeviceListEntry &e) { return e.name == name; });
        }
        if (!listed) {
            setStatusText(batchError, tr("'%1' is not a device of this list.").arg(name), true);
            return;
        }
        if (m_failed.contains(name)) {
            setStatusText(batchError, tr("'%1' failed in this batch: it cannot be tested.").arg(name), true);
            return;
        }
        const QString dir = m_wizard->batchOptions().outDir;
        const QString stem = deviceFileStem(name);
        const QString keyFile = BatchEnrollJob::keyPath(dir, stem);
        const QString certFile = BatchEnrollJob::certPath(dir, stem);
        QStringList missing;
        if (!QFileInfo::exists(keyFile))
            missing << native(keyFile);
        if (!QFileInfo::exists(certFile))
            missing << native(certFile);
        if (!missing.isEmpty()) {
            setStatusText(batchError,
                          tr("Cannot test '%1': %2 is missing (moved or deleted since the batch). Run the same list "
                             "into the same folder again to make the device's files anew.")
                              .arg(name, missing.join(u", "_s)),
                          true);
            return;
        }
        setStatusText(batchError, {}, true);
        Q_EMIT m_wizard->testConnectionRequested(m_wizard->applicationName(), name, certFile, keyFile);
    }

    void initializeBatch()
    {
        test->hide();
        batchDeviceLabel->hide();
        batchDevice->hide();
        setStatusText(batchError, {}, true);
        failures->clear();
        const BatchEnrollJob *job = m_wizard->batchJob();
        if (!job)
            return;
        const BatchResult &r = job->result();
        const QLocale l;
        const int failed = int(r.failures.size());
        setTitle(failed == 0 ? tr("Devices Enrolled") : tr("Devices Enrolled, Some Failed"));
        setSubTitle(failed == 0 ? tr("Every device of the list has its key, its certificate and its alias.")
                                : tr("Run the same list into the same folder again to retry the devices that failed; "
                                     "the others are skipped."));
        const QString dir = m_wizard->batchOptions().outDir;
        QString html = u"<table cellspacing='6'>"_s;
        html += htmlRow(tr("Application:"), m_wizard->applicationName());
        html += htmlRow(tr("Devices in the list:"), l.toString(r.total));
        html += htmlRow(tr("Enrolled now:"), l.toString(r.enrolled));
        html += htmlRow(tr("Skipped (done before):"), l.toString(r.skipped));
        html += htmlRow(tr("Failed:"), l.toString(failed));
        html += htmlRow(tr("Time:"), tr("%1 s (%2 devices/s)")
                                         .arg(l.toString(r.seconds, 'f', 2),
                                              l.toString(r.seconds > 0 ? (r.enrolled + r.skipped + failed) / r.seconds
                                                                       : 0.0,
                                                         'f', 1)));
        html += htmlRow(tr("Issued by:"), r.anchorSubject);
        html += htmlRow(tr("Alias added:"), deviceSubjectString(u"<device>"_s, m_wizard->applicationName()));
        html += htmlRow(tr("Folder:"), native(dir));
        html += htmlRow(tr("Record of the batch:"), native(BatchEnrollJob::manifestPath(dir)));
        html += u"</table>"_s;
        text->setText(html);
        for (const BatchFailure &f : r.failures) {
            auto *item = new QTreeWidgetItem(failures, {f.device, QString::number(f.line), f.reason});
            item->setToolTip(2, f.reason);
        }
        failures->setVisible(failed > 0);
        failures->resizeColumnToContents(0);
        failures->resizeColumnToContents(1);
        fillBatchDevices(r);
    }

    void initializePage() override
    {
        if (m_wizard->isBatch()) {
            initializeBatch();
            return;
        }
        setTitle(tr("Device Enrolled"));
        setSubTitle(tr("The device can connect with its certificate: try it with Test Connection."));
        test->show();
        failures->hide();
        batchDeviceLabel->hide();
        batchDevice->hide();
        setStatusText(batchError, {}, true);
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
    QTreeWidget *failures;
    QLabel *batchDeviceLabel;
    QComboBox *batchDevice;
    QStringListModel *batchNames;
    QLabel *batchError;
    QSet<QString> m_failed;   // devices of the batch that failed
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
    setPage(RegisterPageId, new RegisterCertificatePage(this));
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

bool EnrollWizard::isRegistering() const
{
    return static_cast<EnrollDevicePage *>(page(DevicePageId))->isRegistering();
}

bool EnrollWizard::isBatch() const
{
    return static_cast<EnrollDevicePage *>(page(DevicePageId))->isBatch();
}

const DeviceList &EnrollWizard::deviceList() const
{
    return static_cast<EnrollDevicePage *>(page(DevicePageId))->list();
}

QString EnrollWizard::suggestedBatchDir(const QString &app)
{
    return workbenchDataPath(u"devices/"_s + app + u"/batch"_s);
}

BatchOptions EnrollWizard::batchOptions() const
{
    auto *ca = static_cast<EnrollCaPage *>(page(CaPageId));
    auto *key = static_cast<EnrollKeyPage *>(page(KeyPageId));
    auto *out = static_cast<EnrollOutputPage *>(page(OutputPageId));
    BatchOptions o;
    o.app = applicationName();
    o.caKeyFile = ca->caKey->path();
    o.caKeyPassphrase = ca->m_passphrase.clone();
    o.outDir = out->folder->path();
    o.algorithm = key->picker->algorithm();
    o.days = key->days->value();
    o.pkcs12 = out->p12->isChecked();
    if (o.pkcs12)
        o.pkcs12Passphrase = SecretBytes::fromString(out->pass->text());
    return o;
}

QString EnrollWizard::suggestedOutputDir(const QString &app)
{
    return workbenchDataPath(u"devices/"_s + app);
}

void EnrollWizard::useCaKey(const QString &path, const PrivateKey &key, const SecretBytes &passphrase,
                            const AnchorMatch &match)
{
    auto *ca = static_cast<EnrollCaPage *>(page(CaPageId));
    ca->m_app = applicationName();
    ca->caKey->setPath(path); // resets the match: set after
    ca->m_key = key;
    ca->m_passphrase = passphrase.clone();
    ca->m_match = match;
    m_caKeyGiven = true;
    applicationPage()->initializePage();
    setStartId(DevicePageId);
}

int EnrollWizard::nextId() const
{
    // Registering an existing certificate: no CA key, key or files pages.
    if (currentId() == DevicePageId && isRegistering())
        return RegisterPageId;
    if (currentId() == RegisterPageId)
        return SummaryPageId;
    if (currentId() == ResultPageId)
        return -1;
    // The CA key handed over with its anchor needs no page of its own (the summary shows it).
    if (currentId() == DevicePageId && m_caKeyGiven && page(CaPageId)->isComplete())
        return KeyPageId;
    if (currentId() == KeyPageId
        && static_cast<EnrollKeyPage *>(page(KeyPageId))->source() == EnrollRequest::Source::ExistingCertificate)
        return SummaryPageId;
    return QWizard::nextId();
}

EnrollRequest EnrollWizard::request() const
{
    if (isRegistering())
        return static_cast<RegisterCertificatePage *>(page(RegisterPageId))->request();
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

QString EnrollWizard::batchSummaryText() const
{
    auto *ca = static_cast<EnrollCaPage *>(page(CaPageId));
    auto *dev = static_cast<EnrollDevicePage *>(page(DevicePageId));
    const BatchOptions o = batchOptions();
    const DeviceList &list = deviceList();
    const int total = int(list.devices.size());
    const int exist = dev->existingCount();
    bool labels = false, aliases = false;
    for (const DeviceListEntry &e : list.devices) {
        labels = labels || !e.labels.isEmpty();
        aliases = aliases || !e.aliases.isEmpty();
    }
    const QString first = list.devices.isEmpty() ? QString() : list.devices.first().name;
    QString html = u"<table cellspacing='6'>"_s;
    html += htmlRow(tr("Application:"), o.app);
    html += htmlRow(tr("Devices:"), tr("%n device(s) from the list: %1 new, %2 exist (the alias is added, the rest "
                                       "of the device is kept)", nullptr, total)
                                        .arg(total - exist)
                                        .arg(exist));
    if (ca->m_match)
        html += htmlRow(tr("Trust anchor:"), tr("#%1, %2 (CA key %3)")
                                                 .arg(ca->m_match->index)
                                                 .arg(ca->m_match->certificate.subjectString(), native(o.caKeyFile)));
    html += htmlRow(tr("Device keys:"), tr("a new %1 key each").arg(algorithmDisplayName(o.algorithm)));
    html += htmlRow(tr("Certificate subjects:"), tr("%1, … (one per device)").arg(deviceSubjectString(first, o.app)));
    html += htmlRow(tr("Validity:"), tr("%n day(s) from now", nullptr, o.days));
    html += htmlRow(tr("Folder:"), native(o.outDir));
    html += htmlRow(tr("Files per device:"), o.pkcs12 ? tr("key (0600), certificate, PKCS#12 (0600)")
                                                      : tr("key (0600), certificate"));
    QString alias = tr("the certificate subject");
    if (aliases)
        alias += tr(", and the aliases of the list");
    html += htmlRow(tr("Aliases to add:"), alias);
    if (labels)
        html += htmlRow(tr("Labels:"), tr("from the list, added to the devices' labels"));
    html += u"</table>"_s;
    return html;
}

QString EnrollWizard::summaryText() const
{
    if (isBatch())
        return batchSummaryText();
    const EnrollRequest r = request();
    auto *ca = static_cast<EnrollCaPage *>(page(CaPageId));
    auto *dev = static_cast<EnrollDevicePage *>(page(DevicePageId));
    auto *out = static_cast<EnrollOutputPage *>(page(OutputPageId));
    QString html = u"<table cellspacing='6'>"_s;
    html += htmlRow(tr("Application:"), r.app);
    html += htmlRow(tr("Device:"), dev->isNew() ? tr("%1 (will be created)").arg(r.device)
                                                : tr("%1 (exists: the alias is added)").arg(r.device));
    if (ca->m_match && !isRegistering())
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
    if (m_job && m_job->isRunning()) {
        const bool registering = m_job->isRegistering();
        m_job->cancel();
        // Files are written and the server may still register the device: the
        // page says so and names the files; Cancel again closes.
        if (registering)
            return;
    }
    if (m_batch && m_batch->isRunning()) {
        // Closes once the job has stopped: its record of what is done stays complete.
        connect(m_batch, &BatchEnrollJob::finished, this, [this] { QWizard::reject(); },
                Qt::SingleShotConnection);
        m_batch->cancel();
        if (QAbstractButton *b = button(QWizard::CancelButton))
            b->setEnabled(false);
        if (auto *step = page(ProgressPageId)->findChild<QLabel *>(u"progressStep"_s))
            step->setText(tr("Stopping…"));
        return;
    }
    QWizard::reject();
}

} // namespace dwb::gui

#include "EnrollWizard.moc"
