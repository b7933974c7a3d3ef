#include "gui/start/GetStartedPanel.h"

#include "core/cloud/Resources.h"
#include "core/enrollment/EnrollSupport.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/common/Icons.h"
#include "gui/devices/DeviceTableModel.h"
#include "gui/mqtt/MqttPanel.h"
#include "gui/wizards/WizardActions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
void setMark(QLabel *mark, bool done)
{
    mark->setText(done ? u"<span style='font-size:14pt; color:#1b5e20'>✔</span>"_s
                       : u"<span style='font-size:14pt; color:#777'>○</span>"_s);
    mark->setAccessibleName(done ? GetStartedPanel::tr("done") : GetStartedPanel::tr("to do"));
}
} // namespace

GetStartedPanel::GetStartedPanel(MainWindow *window)
    : QFrame(window)
    , m_window(window)
    , m_toggle(new QAction(tr("&Get Started"), this))
    , m_name(new QLineEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"getStartedPanel"_s);
    setAccessibleName(tr("Get started"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_toggle->setObjectName(u"actionGetStarted"_s);
    m_toggle->setCheckable(true);
    m_toggle->setStatusTip(tr("Show the four steps from an empty server to a device whose messages arrive"));

    auto *title = new QLabel(tr("<b>Get started</b>"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    m_summary->setObjectName(u"getStartedSummary"_s);
    m_summary->setWordWrap(true);
    auto *hide = new QToolButton(this);
    hide->setObjectName(u"hideGetStarted"_s);
    hide->setIcon(icon(u"close"_s));
    hide->setText(tr("Hide"));
    hide->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    hide->setAutoRaise(true);
    hide->setToolTip(tr("Hide these steps (View › Get Started shows them again)"));
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addWidget(m_summary, 1);
    head->addWidget(hide, 0, Qt::AlignTop);

    const QString titles[StepCount] = {tr("1. Create an application"), tr("2. Create its trust anchor"),
                                       tr("3. Enroll a device"), tr("4. Test the connection")};
    const QString texts[StepCount] = {
        tr("An application holds your devices and the CA certificates (trust anchors) their certificates are "
           "issued by."),
        tr("A CA key, kept in a file on this computer, and its certificate registered with the application."),
        tr("A device key and a certificate signed by the CA key; the device is registered with the certificate's "
           "subject as an alias."),
        tr("Connect as the device with its certificate, publish a message, and see it arrive on the "
           "application's side.")};
    const QString buttons[StepCount] = {tr("Create &Application"), tr("Create &Trust Anchor…"),
                                        tr("&Enroll Device…"), tr("Test &Connection…")};
    const QString names[StepCount] = {u"getStartedCreateApplication"_s, u"getStartedCreateTrustAnchor"_s,
                                      u"getStartedEnrollDevice"_s, u"getStartedTestConnection"_s};
    auto *steps = new QHBoxLayout;
    for (int i = 0; i < StepCount; ++i) {
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(u"getStartedStep%1"_s.arg(i + 1));
        auto *lay = new QVBoxLayout(card);
        m_marks[i] = new QLabel(card);
        m_marks[i]->setObjectName(u"getStartedMark%1"_s.arg(i + 1));
        setMark(m_marks[i], false);
        auto *heading = new QLabel(u"<b>"_s + titles[i].toHtmlEscaped() + u"</b>"_s, card);
        auto *row = new QHBoxLayout;
        row->addWidget(m_marks[i]);
        row->addWidget(heading, 1);
        lay->addLayout(row);
        auto *text = new QLabel(texts[i], card);
        text->setWordWrap(true);
        lay->addWidget(text);
        if (i == CreateApplication) {
            m_name->setObjectName(u"getStartedApplicationName"_s);
            m_name->setPlaceholderText(tr("name, e.g. demo-app"));
            m_name->setAccessibleName(tr("Name of the new application"));
            m_name->setClearButtonEnabled(true);
            lay->addWidget(m_name);
            m_nameProblem->setObjectName(u"getStartedNameProblem"_s);
            m_nameProblem->setWordWrap(true);
            m_nameProblem->setStyleSheet(u"color: #b00020;"_s);
            m_nameProblem->hide();
            lay->addWidget(m_nameProblem);
        }
        lay->addStretch(1);
        m_buttons[i] = new QPushButton(buttons[i], card);
        m_buttons[i]->setObjectName(names[i]);
        m_buttons[i]->setEnabled(false);
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addWidget(m_buttons[i]);
        buttonRow->addStretch(1);
        lay->addLayout(buttonRow);
        steps->addWidget(card, 1);
    }
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(head);
    lay->addLayout(steps);
    setVisible(false); // shown once a server without applications is listed

    connect(hide, &QToolButton::clicked, this, [this] { setWanted(false); });
    connect(m_toggle, &QAction::toggled, this, [this](bool on) { setWanted(on); });
    connect(m_name, &QLineEdit::textChanged, this, &GetStartedPanel::refresh);
    connect(m_name, &QLineEdit::returnPressed, this, &GetStartedPanel::createApplication);
    connect(m_buttons[CreateApplication], &QPushButton::clicked, this, &GetStartedPanel::createApplication);
    connect(m_buttons[CreateTrustAnchor], &QPushButton::clicked, this,
            [this] { m_window->action(u"actionCreateTrustAnchor"_s)->trigger(); });
    connect(m_buttons[EnrollDevice], &QPushButton::clicked, this,
            [this] { m_window->action(u"actionEnrollDevice"_s)->trigger(); });
    connect(m_buttons[TestConnection], &QPushButton::clicked, this, &GetStartedPanel::testConnection);

    // A new connection starts over; its first list of applications decides.
    connect(window, &MainWindow::connected, this, [this] {
        m_loaded = false;
        m_enrolledApp.clear();
        m_testedApp.clear();
        setWanted(false);
    });
    connect(window, &MainWindow::applicationsLoaded, this, [this](int count) {
        m_loaded = true;
        if (count == 0)
            setWanted(true);
        refresh();
    });
    auto later = [this] { QTimer::singleShot(0, this, &GetStartedPanel::refresh); };
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(window->appModel()),
                                      static_cast<QAbstractItemModel *>(window->deviceModel())}) {
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
    }
    connect(window->appModel(), &QAbstractItemModel::rowsRemoved, this, [this, later] {
        if (m_loaded && m_window->appModel()->rowCount() == 0)
            setWanted(true); // the last application was deleted
        later();
    });
    connect(window->deviceModel(), &QAbstractItemModel::rowsRemoved, this, later);
    connect(window->appsView()->selectionModel(), &QItemSelectionModel::currentChanged, this, later);
    connect(window, &MainWindow::devicesLoaded, this, later);
    refresh();
}

QString GetStartedPanel::currentApp() const
{
    return m_window->currentApplicationName();
}

bool GetStartedPanel::isDone(Step step) const
{
    return m_done[step];
}

void GetStartedPanel::setWanted(bool wanted)
{
    m_wanted = wanted;
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(wanted);
    }
    setVisible(wanted);
    refresh();
}

void GetStartedPanel::refresh()
{
    const bool online = m_window->registryClient() != nullptr && m_loaded;
    const QString app = currentApp();
    const AppListModel *apps = m_window->appModel();
    const int row = app.isEmpty() ? -1 : apps->rowOf(app);
    int validAnchors = 0;
    if (row >= 0)
        AppListModel::anchorSummary(apps->application(row), &validAnchors);
    bool enrolled = !app.isEmpty() && m_enrolledApp == app;
    if (!enrolled && !app.isEmpty() && isVisible() && m_window->deviceModel()->application() == app)
        enrolled = !devicesWithCertificateAliases(m_window->deviceModel()->devices(), app).isEmpty();
    m_done[CreateApplication] = online && apps->rowCount() > 0;
    m_done[CreateTrustAnchor] = m_done[CreateApplication] && validAnchors > 0;
    m_done[EnrollDevice] = m_done[CreateTrustAnchor] && enrolled;
    m_done[TestConnection] = m_done[EnrollDevice] && m_testedApp == app;
    for (int i = 0; i < StepCount; ++i)
        setMark(m_marks[i], m_done[i]);

    // The typed name: created (then cleared) or refused as the server would.
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty() && apps->rowOf(name) >= 0 && m_pendingName == name) {
        m_pendingName.clear();
        m_name->clear();
        return; // textChanged refreshes again
    }
    const QString problem = name.isEmpty() ? QString() : validateApplicationName(name);
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    m_name->setEnabled(online);
    m_buttons[CreateApplication]->setEnabled(online && !name.isEmpty() && problem.isEmpty());
    m_buttons[CreateTrustAnchor]->setEnabled(m_done[CreateApplication]);
    m_buttons[EnrollDevice]->setEnabled(m_done[CreateTrustAnchor]);
    m_buttons[TestConnection]->setEnabled(m_done[EnrollDevice]);

    int done = 0;
    for (bool d : m_done)
        done += d ? 1 : 0;
    if (!online)
        m_summary->setText(tr("Connect to a server first (File › Sign In…, or ./run for the local sandbox)."));
    else if (done == StepCount)
        m_summary->setText(tr("Done: device certificates of '%1' work end to end. Enroll more devices, or hide "
                              "these steps.").arg(app));
    else if (!app.isEmpty() && done > 0)
        m_summary->setText(tr("Four steps from an empty server to a device whose messages arrive; %1 of 4 done for "
                              "'%2'.").arg(done).arg(app));
    else
        m_summary->setText(tr("Four steps from an empty server to a device whose messages arrive."));
}

void GetStartedPanel::createApplication()
{
    if (!m_buttons[CreateApplication]->isEnabled())
        return;
    m_pendingName = m_name->text().trimmed();
    m_window->createApplication(m_pendingName);
}

void GetStartedPanel::testConnection()
{
    const QString app = currentApp();
    if (app == m_enrolledApp && !m_certFile.isEmpty() && !m_keyFile.isEmpty()) {
        if (MqttPanel *panel = openMqttPanel(m_window, app, m_enrolledDevice, m_certFile, m_keyFile))
            panel->verifyWhenReady();
        return;
    }
    m_window->action(u"actionTestConnection"_s)->trigger();
}

void GetStartedPanel::deviceEnrolled(const QString &app, const QString &device, const QString &certFile,
                                     const QString &keyFile)
{
    m_enrolledApp = app;
    m_enrolledDevice = device;
    m_certFile = certFile;
    m_keyFile = keyFile;
    refresh();
}

void GetStartedPanel::connectionTested(const QString &app, bool ok)
{
    if (ok)
        m_testedApp = app;
    refresh();
}

} // namespace dwb::gui
