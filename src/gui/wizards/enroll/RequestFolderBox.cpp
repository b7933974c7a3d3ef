#include "gui/wizards/enroll/RequestFolderBox.h"

#include "gui/common/Async.h"
#include "gui/wizards/WizardWidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace dwb::gui {

RequestFolderBox::RequestFolderBox(QWidget *parent)
    : QWidget(parent)
{
    m_folder = new FileField(FileField::Mode::Folder, tr("Folder of Certificate Requests"), {}, this);
    m_folder->lineEdit()->setObjectName(u"requestFolder"_s);
    m_folder->lineEdit()->setPlaceholderText(tr("one request per board: *.csr, *.req, *.pem, *.der, *.txt"));
    m_byName = new QRadioButton(tr("by the request's common na&me (CN)"), this);
    m_byName->setObjectName(u"nameFromCnRadio"_s);
    m_byFile = new QRadioButton(tr("by the &file name (board-7.csr: board-7)"), this);
    m_byFile->setObjectName(u"nameFromFileRadio"_s);
    auto *naming = new QButtonGroup(this);
    naming->addButton(m_byName);
    naming->addButton(m_byFile);
    m_byName->setChecked(true);
    m_copySan = new QCheckBox(tr("Cop&y the requests' subject alternative names"), this);
    m_copySan->setObjectName(u"folderCopySanCheck"_s);
    m_reread = new QPushButton(tr("Read A&gain"), this);
    m_reread->setObjectName(u"rereadFolderButton"_s);
    m_reread->setToolTip(tr("Read the folder again, after its files were fixed"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"requestFolderStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"requestFolderProblems"_s);
    m_problems->setAccessibleName(tr("Problems of the certificate requests"));
    m_problems->setStyleSheet(u"QListWidget { color: #b00020; }"_s);
    m_problems->setWordWrap(true);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problems->setResizeMode(QListView::Adjust);
    m_problems->hide();

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("Re&quests folder:"), this);
    folderLabel->setBuddy(m_folder->lineEdit());
    form->addRow(folderLabel, m_folder);
    auto *names = new QVBoxLayout;
    names->addWidget(m_byName);
    names->addWidget(m_byFile);
    form->addRow(tr("Device names:"), names);
    form->addRow(QString(), m_copySan);
    lay->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(m_reread);
    row->addWidget(m_status, 1);
    lay->addLayout(row);
    lay->addWidget(m_problems, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300); // typing a path reads the folder once, when it rests
    connect(m_debounce, &QTimer::timeout, this, &RequestFolderBox::readAgain);
    connect(m_folder, &FileField::pathChanged, this, &RequestFolderBox::scheduleRead);
    connect(m_byName, &QRadioButton::toggled, this, &RequestFolderBox::readAgain);
    connect(m_copySan, &QCheckBox::toggled, this, &RequestFolderBox::changed);
    connect(m_reread, &QPushButton::clicked, this, &RequestFolderBox::readAgain);
    chainTabOrder({m_folder, m_byName, m_byFile, m_copySan, m_reread, m_problems});
}

QString RequestFolderBox::folder() const
{
    return m_folder->path();
}

RequestNaming RequestFolderBox::naming() const
{
    return m_byFile->isChecked() ? RequestNaming::FileName : RequestNaming::CommonName;
}

bool RequestFolderBox::copySubjectAltNames() const
{
    return m_copySan->isChecked();
}

bool RequestFolderBox::isReady() const
{
    return !m_reading && m_readDir == folder() && !folder().isEmpty() && m_tray.list.problems.isEmpty()
        && !m_tray.list.devices.isEmpty();
}

void RequestFolderBox::scheduleRead()
{
    // What was read is of another folder now: Next waits for the new one.
    ++m_generation;
    m_reading = !folder().isEmpty();
    m_tray = {};
    m_readDir.clear();
    m_problems->clear();
    m_problems->hide();
    setStatusText(m_status, m_reading ? tr("Reading the requests…") : QString(), false);
    m_debounce->start();
    Q_EMIT changed();
}

// Read on a worker thread (a signature check per request); an answer for a
// folder or naming that is not chosen any more is dropped.
void RequestFolderBox::readAgain()
{
    m_debounce->stop();
    const quint64 generation = ++m_generation;
    const QString dir = folder();
    if (dir.isEmpty()) {
        m_reading = false;
        m_tray = {};
        m_readDir.clear();
        m_problems->hide();
        setStatusText(m_status, {}, false);
        Q_EMIT changed();
        return;
    }
    m_reading = true;
    setStatusText(m_status, tr("Reading the requests…"), false);
    Q_EMIT changed();
    const RequestNaming how = naming();
    onFinished(this, QtConcurrent::run([dir, how] { return readRequestFolder(dir, how); }),
               [this, generation, dir](const RequestFolder &tray) {
                   if (generation != m_generation)
                       return;
                   m_reading = false;
                   show(tray, dir);
               });
}

void RequestFolderBox::show(const RequestFolder &tray, const QString &dir)
{
    m_tray = tray;
    m_readDir = dir;
    m_problems->clear();
    const QList<DeviceListProblem> &problems = m_tray.list.problems;
    for (const DeviceListProblem &p : problems)
        new QListWidgetItem(p.message, m_problems);
    m_problems->setVisible(!problems.isEmpty());
    const int boards = int(m_tray.list.devices.size());
    if (!problems.isEmpty())
        setStatusText(m_status,
                      tr("%n problem(s) in the folder; nothing is signed until every one is fixed (then Read Again).",
                         nullptr, int(problems.size())),
                      true);
    else
        setStatusText(m_status,
                      tr("%n board(s), each request signed by its own key; the keys stay on the boards.", nullptr,
                         boards),
                      false);
    Q_EMIT changed();
}

} // namespace dwb::gui
