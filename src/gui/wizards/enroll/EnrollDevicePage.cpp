#include "gui/wizards/enroll/EnrollDevicePage.h"

#include "core/cloud/RegistryClient.h"
#include "core/util/SafeFile.h"
#include "gui/common/Async.h"
#include "gui/common/Prompts.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/enroll/EnrollDraft.h"
#include "gui/wizards/enroll/RequestFolderBox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

EnrollDevicePage::EnrollDevicePage(EnrollDraft *draft, RegistryClient *client, const QString &preselect,
                                   QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_client(client)
    , m_preselect(preselect)
{
    setTitle(tr("Device"));
    setSubTitle(tr("The device that gets the certificate: one of the application's devices, or a new one; "
                   "or several devices from a list or from a folder of the boards' certificate requests."));
    m_one = new QRadioButton(tr("&One device"), this);
    m_one->setObjectName(u"oneDeviceRadio"_s);
    m_existing = new QRadioButton(tr("An &existing device"), this);
    m_existing->setObjectName(u"existingDeviceRadio"_s);
    m_devices = new QComboBox(this);
    m_devices->setObjectName(u"deviceCombo"_s);
    m_devices->setEditable(false);
    m_create = new QRadioButton(tr("A &new device"), this);
    m_create->setObjectName(u"newDeviceRadio"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"deviceName"_s);
    m_name->setPlaceholderText(tr("e.g. sensor-42"));
    m_registerCert = new QCheckBox(tr("&Register an existing device certificate (no CA key needed)"), this);
    m_registerCert->setObjectName(u"registerCertificateCheck"_s);
    m_registerCert->setToolTip(tr("A certificate issued elsewhere, for example with openssl, registered as it is"));
    m_several = new QRadioButton(tr("Se&veral devices"), this);
    m_several->setObjectName(u"severalDevicesRadio"_s);
    m_fromList = new QRadioButton(tr("From a device lis&t: a new key for each"), this);
    m_fromList->setObjectName(u"fromListRadio"_s);
    m_fromFolder = new QRadioButton(tr("From a folder of &certificate requests from the boards (their keys stay on "
                                       "the boards)"),
                                    this);
    m_fromFolder->setObjectName(u"fromRequestFolderRadio"_s);
    m_folderBox = new RequestFolderBox(this);
    m_listEdit = new QPlainTextEdit(this);
    m_listEdit->setObjectName(u"deviceListEdit"_s);
    m_listEdit->setTabChangesFocus(true);
    m_listEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_listEdit->setPlaceholderText(tr("Paste the names, one per line (# starts a comment), or CSV with a header:\n"
                                      "name,labels,alias\nsensor-1,site=lab-1;floor=2,serial-0001"));
    m_listEdit->setAccessibleName(tr("Device list"));
    m_load = new QPushButton(tr("&Load…"), this);
    m_load->setObjectName(u"loadDeviceListButton"_s);
    m_load->setToolTip(tr("Read the list from a text or CSV file"));
    m_listStatus = new QLabel(this);
    m_listStatus->setObjectName(u"deviceListStatus"_s);
    m_listStatus->setWordWrap(true);
    m_listStatus->hide();
    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"deviceListProblems"_s);
    m_problems->setAccessibleName(tr("Problems of the device list"));
    m_problems->setStyleSheet(u"QListWidget { color: #b00020; }"_s);
    m_problems->setMaximumHeight(110);
    m_problems->setWordWrap(true);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problems->setResizeMode(QListView::Adjust);
    m_problems->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"deviceStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_one);
    modeGroup->addButton(m_several);
    auto *group = new QButtonGroup(this);
    group->addButton(m_existing);
    group->addButton(m_create);
    auto *sourceGroup = new QButtonGroup(this);
    sourceGroup->addButton(m_fromList);
    sourceGroup->addButton(m_fromFolder);
    buildLayout();
    m_one->setChecked(true);
    m_create->setChecked(true);
    m_fromList->setChecked(true);

    connect(m_one, &QRadioButton::toggled, this, &EnrollDevicePage::update);
    connect(m_existing, &QRadioButton::toggled, this, &EnrollDevicePage::update);
    connect(m_registerCert, &QCheckBox::toggled, this, &EnrollDevicePage::update);
    connect(m_fromList, &QRadioButton::toggled, this, &EnrollDevicePage::update);
    connect(m_folderBox, &RequestFolderBox::changed, this, &EnrollDevicePage::update);
    connect(m_name, &QLineEdit::textChanged, this, &EnrollDevicePage::update);
    connect(m_devices, &QComboBox::currentIndexChanged, this, &EnrollDevicePage::update);
    connect(m_listEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_listEdit->document()->isEmpty())
            m_listFile.clear();
        parseList();
        store();
        Q_EMIT completeChanged();
    });
    connect(m_load, &QPushButton::clicked, this, &EnrollDevicePage::loadList);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        if (line <= 0)
            return;
        QTextCursor c(m_listEdit->document()->findBlockByNumber(line - 1));
        c.select(QTextCursor::LineUnderCursor);
        m_listEdit->setTextCursor(c);
        m_listEdit->setFocus();
    });
    update();
    parseList();
    store();
}

void EnrollDevicePage::buildLayout()
{
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_one);
    m_oneBox = new QWidget(this);
    auto *oneLay = new QVBoxLayout(m_oneBox);
    oneLay->setContentsMargins(24, 0, 0, 0);
    oneLay->addWidget(m_existing);
    auto *f1 = new QFormLayout;
    f1->setContentsMargins(24, 0, 0, 0);
    f1->addRow(tr("&Device:"), m_devices);
    oneLay->addLayout(f1);
    oneLay->addWidget(m_create);
    auto *f2 = new QFormLayout;
    f2->setContentsMargins(24, 0, 0, 0);
    f2->addRow(tr("N&ame:"), m_name);
    oneLay->addLayout(f2);
    oneLay->addWidget(m_registerCert);
    lay->addWidget(m_oneBox);
    lay->addWidget(m_several);
    m_severalBox = new QWidget(this);
    auto *sevLay = new QVBoxLayout(m_severalBox);
    sevLay->setContentsMargins(24, 0, 0, 0);
    sevLay->addWidget(m_fromList);
    m_listBox = new QWidget(m_severalBox);
    auto *listLay = new QVBoxLayout(m_listBox);
    listLay->setContentsMargins(24, 0, 0, 0);
    auto *listLabel = new QLabel(tr("Device li&st:"), m_listBox);
    listLabel->setBuddy(m_listEdit);
    listLay->addWidget(listLabel);
    listLay->addWidget(m_listEdit, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_load);
    row->addWidget(m_listStatus, 1);
    listLay->addLayout(row);
    listLay->addWidget(m_problems);
    sevLay->addWidget(m_listBox, 1);
    sevLay->addWidget(m_fromFolder);
    m_folderBox->setContentsMargins(24, 0, 0, 0);
    sevLay->addWidget(m_folderBox, 1);
    lay->addWidget(m_severalBox, 1);
    lay->addWidget(m_status);
    m_stretch = new QWidget(this); // keeps the one-device rows at the top
    lay->addWidget(m_stretch, 1);
}

void EnrollDevicePage::update()
{
    m_oneBox->setVisible(m_one->isChecked());
    m_severalBox->setVisible(m_several->isChecked());
    m_listBox->setVisible(m_fromList->isChecked());
    m_folderBox->setVisible(m_fromFolder->isChecked());
    m_stretch->setVisible(m_one->isChecked());
    if (m_fromList->isChecked() && m_listIsFolder) {
        m_listIsFolder = false;
        parseList(); // the list again (the folder's boards were the draft's list)
    }
    m_devices->setEnabled(m_existing->isChecked());
    m_name->setEnabled(m_create->isChecked());
    store();
    Q_EMIT completeChanged();
}

// The choice into the draft (as it is now; Next is gated by isComplete).
void EnrollDevicePage::store()
{
    EnrollDraft &d = *m_draft;
    d.mode = m_several->isChecked()   ? EnrollDraft::Mode::Batch
        : m_registerCert->isChecked() ? EnrollDraft::Mode::Register
                                      : EnrollDraft::Mode::Single;
    d.device = d.isBatch() ? QString() : m_existing->isChecked() ? m_devices->currentText() : m_name->text().trimmed();
    d.deviceExists = !m_create->isChecked() || m_names.contains(d.device);
    d.listData = m_listEdit->toPlainText().toUtf8();
    // A tray of boards: the folder's boards are the list (names, file stems);
    // the batch job reads the folder again with the same core function.
    d.fromRequests = d.isBatch() && m_fromFolder->isChecked();
    d.requestDir = m_folderBox->folder();
    d.requestNaming = m_folderBox->naming();
    d.copySubjectAltNames = m_folderBox->copySubjectAltNames();
    if (d.fromRequests) {
        d.list = m_folderBox->tray().list;
        m_listIsFolder = true;
    }
    d.existingCount = 0;
    for (const DeviceListEntry &e : d.list.devices)
        d.existingCount += m_nameSet.contains(e.name) ? 1 : 0;
}

void EnrollDevicePage::initializePage()
{
    const QString app = m_draft->app;
    if (app == m_loadedFor || !m_client)
        return;
    m_loadedFor = app;
    m_names.clear();
    m_nameSet.clear();
    m_devices->clear();
    m_loading = true;
    onFinished(this, m_client->listDevices(app), [this, app](const Result<QList<Device>> &r) {
        if (app != m_loadedFor)
            return;
        m_loading = false;
        if (!r) {
            setStatusText(m_status, tr("Could not list the devices: %1").arg(r.error().message), true);
            return;
        }
        for (const Device &d : *r)
            m_names << d.name();
        m_names.sort();
        m_nameSet = QSet<QString>(m_names.cbegin(), m_names.cend());
        m_devices->addItems(m_names);
        if (m_names.contains(m_preselect)) {
            m_devices->setCurrentIndex(int(m_names.indexOf(m_preselect)));
            m_existing->setChecked(true);
        }
        m_existing->setEnabled(!m_names.isEmpty());
        parseList();
        store();
        Q_EMIT completeChanged();
    });
}

// Parses the list as the batch job does; every problem is listed with its line.
void EnrollDevicePage::parseList()
{
    DeviceList &list = m_draft->list;
    m_problems->clear();
    if (m_listEdit->document()->isEmpty() || m_listEdit->toPlainText().trimmed().isEmpty()) {
        list = {};
        setStatusText(m_listStatus, m_listFile.isEmpty() ? QString() : tr("%1 is empty.").arg(nativePath(m_listFile)),
                      !m_listFile.isEmpty());
        m_problems->hide();
        return;
    }
    list = parseDeviceList(m_listEdit->toPlainText().toUtf8(), DeviceListFormat::Auto, m_listFile);
    const QString from = m_listFile.isEmpty() ? QString() : tr(" from %1").arg(QFileInfo(m_listFile).fileName());
    if (!list.problems.isEmpty()) {
        for (const DeviceListProblem &p : list.problems) {
            auto *item = new QListWidgetItem(formatProblems({p}), m_problems);
            item->setData(Qt::UserRole, p.line);
        }
        m_problems->show();
        setStatusText(m_listStatus,
                      tr("The list%1 has %n problem(s); fix every line shown below to continue.", nullptr,
                         int(list.problems.size()))
                          .arg(from),
                      true);
        return;
    }
    m_problems->hide();
    store();
    const int total = int(list.devices.size());
    const int exist = m_draft->existingCount;
    QString text = list.csv ? tr("%n device(s) (CSV)%1", nullptr, total).arg(from)
                            : tr("%n device(s)%1", nullptr, total).arg(from);
    if (!m_loading)
        text += tr(": %1 new, %2 exist already (their certificate alias is added).").arg(total - exist).arg(exist);
    setStatusText(m_listStatus, text, false);
}

void EnrollDevicePage::loadList()
{
    const QString file =
        Prompts::openFiles(this, tr("Device List"), tr("Device lists (*.csv *.txt *.lst);;All files (*)")).value(0);
    if (file.isEmpty())
        return;
    auto data = readWholeFile(file, 64LL * 1024 * 1024);
    if (!data) {
        setStatusText(m_listStatus, data.error().message, true);
        return;
    }
    m_several->setChecked(true);
    m_fromList->setChecked(true);
    m_listFile = file;
    // Bytes that are not UTF-8 become U+FFFD, which parseList reports.
    m_listEdit->setPlainText(QString::fromUtf8(*data));
}

bool EnrollDevicePage::isComplete() const
{
    if (m_loading)
        return false;
    if (m_draft->isBatch()) {
        setStatusText(m_status, {}, false);
        if (m_draft->fromRequests)
            return m_folderBox->isReady();
        return m_draft->list.problems.isEmpty() && !m_draft->list.devices.isEmpty();
    }
    if (m_existing->isChecked()) {
        setStatusText(m_status, {}, false);
        return !m_devices->currentText().isEmpty();
    }
    const QString n = m_name->text().trimmed();
    if (n.isEmpty()) {
        setStatusText(m_status, {}, false);
        return false;
    }
    const QString why = validateDeviceName(n);
    if (!why.isEmpty()) {
        setStatusText(m_status, why, true);
        return false;
    }
    setStatusText(m_status, m_names.contains(n) ? tr("'%1' exists already: its certificate alias will be added.").arg(n)
                                                : QString(),
                  false);
    return true;
}

} // namespace dwb::gui
