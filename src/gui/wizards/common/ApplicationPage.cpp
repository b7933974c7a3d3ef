#include "gui/wizards/common/ApplicationPage.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Certificate.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/ledger/AnchorDependents.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerUse.h"
#include "gui/common/Async.h"
#include "gui/common/Prompts.h"
#include "gui/wizards/WizardWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

ApplicationPage::ApplicationPage(RegistryClient *client, const QString &preselect, bool allowRemove,
                                 QWidget *parent)
    : QWizardPage(parent)
    , m_client(client)
    , m_preselect(preselect)
    , m_combo(new QComboBox(this))
    , m_anchors(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Application"));
    setSubTitle(tr("The application whose devices will trust the anchor."));
    m_combo->setObjectName(u"appCombo"_s);
    m_anchors->setObjectName(u"anchorsList"_s);
    m_anchors->setHeaderLabels({tr("#"), tr("State"), tr("Subject"), tr("Valid until")});
    m_anchors->setRootIsDecorated(false);
    m_anchors->setAccessibleName(tr("Trust anchors of the application"));
    m_anchors->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_anchors->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"appStatus"_s);
    m_status->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Application:"), m_combo);
    auto *anchorsLabel = new QLabel(tr("&Trust anchors:"), this);
    anchorsLabel->setBuddy(m_anchors);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(anchorsLabel);
    lay->addWidget(m_anchors, 1);
    if (allowRemove) {
        m_remove = new QPushButton(tr("&Remove Anchor…"), this);
        m_remove->setObjectName(u"removeAnchorButton"_s);
        m_remove->setEnabled(false);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_remove);
        lay->addLayout(row);
        connect(m_remove, &QPushButton::clicked, this, &ApplicationPage::removeSelectedAnchor);
        connect(m_anchors, &QTreeWidget::itemSelectionChanged, this,
                [this] { m_remove->setEnabled(!m_anchors->selectedItems().isEmpty() && m_loading == 0); });
    }
    lay->addWidget(m_status);
    if (!preselect.isEmpty())
        m_combo->addItem(preselect); // named at once; the list replaces it when it has loaded
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_app.reset();
        showAnchors();
        reloadApplication();
        Q_EMIT completeChanged();
    });
}

void ApplicationPage::initializePage()
{
    if (!m_appsLoaded)
        loadApplications();
}

QString ApplicationPage::applicationName() const
{
    return m_combo->currentText();
}

bool ApplicationPage::isComplete() const
{
    return !applicationName().isEmpty() && m_app.has_value() && m_app->name() == applicationName();
}

void ApplicationPage::loadApplications()
{
    if (!m_client) {
        setStatusText(m_status, tr("Not connected to a server."), true);
        return;
    }
    ++m_loading;
    onFinished(this, m_client->listApps(), [this](const Result<QList<Application>> &r) {
        --m_loading;
        if (!r) {
            setStatusText(m_status, tr("Could not list the applications: %1").arg(r.error().message), true);
            return;
        }
        m_appsLoaded = true;
        QStringList names;
        for (const Application &a : *r)
            names << a.name();
        names.sort();
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        m_combo->addItems(names);
        const int idx = names.indexOf(m_preselect);
        m_combo->setCurrentIndex(idx >= 0 ? idx : (names.isEmpty() ? -1 : 0));
        if (names.isEmpty())
            setStatusText(m_status, tr("There is no application yet: create one first."), true);
        reloadApplication();
    });
}

void ApplicationPage::reloadApplication()
{
    const QString name = applicationName();
    if (!m_client || name.isEmpty())
        return;
    ++m_loading;
    onFinished(this, m_client->getApp(name), [this, name](const Result<Application> &r) {
        --m_loading;
        if (name != applicationName())
            return;
        if (!r) {
            setStatusText(m_status, tr("Could not read application '%1': %2").arg(name, r.error().message), true);
            return;
        }
        setStatusText(m_status, {}, false);
        m_app = *r;
        showAnchors();
        Q_EMIT completeChanged();
        Q_EMIT applicationLoaded();
    });
}

void ApplicationPage::showAnchors()
{
    m_anchors->clear();
    if (!m_app)
        return;
    const auto pems = m_app->trustAnchorPems();
    const auto statuses = m_app->trustAnchorStatuses();
    const QLocale locale;
    for (int i = 0; i < pems.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_anchors);
        item->setText(0, QString::number(i));
        const TrustAnchorStatus s = i < statuses.size() ? statuses.at(i) : TrustAnchorStatus{};
        auto cert = Certificate::fromPem(pems.at(i));
        const bool valid = i < statuses.size() ? s.valid : cert.ok();
        item->setText(1, valid ? tr("valid") : tr("invalid"));
        if (valid && cert) {
            item->setText(2, cert->subjectString());
            item->setText(3, locale.toString(cert->notAfter().toLocalTime(), QLocale::ShortFormat));
        } else {
            item->setText(2, s.error.isEmpty() ? tr("not a certificate") : s.error + u": "_s + s.message);
            item->setForeground(1, QColor(0xb0, 0x00, 0x20));
        }
    }
    if (pems.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_anchors);
        item->setText(2, tr("(none yet)"));
        item->setFlags(Qt::NoItemFlags);
    }
}

void ApplicationPage::removeSelectedAnchor()
{
    const auto items = m_anchors->selectedItems();
    if (items.isEmpty() || !m_app || !m_client)
        return;
    const int index = items.first()->text(0).toInt();
    const QByteArray pem = m_app->trustAnchorPems().value(index);
    if (pem.isEmpty())
        return;
    const QString app = m_app->name();
    const QString subject = items.first()->text(2);
    ++m_loading;
    m_remove->setEnabled(false);
    onFinished(this, m_client->listDevices(app), [this, app, pem, index, subject](const Result<QList<Device>> &r) {
        --m_loading;
        // What the ledger knows first (the rule of `dwb trust delete` and the
        // rotation: devices whose current certificate was issued under this
        // anchor), then the devices' aliases for certificates made elsewhere.
        int dependents = 0;
        QString affected;
        const auto cert = Certificate::fromPem(pem);
        const auto ledger = Ledger::open(Ledger::defaultPath());
        const auto deps = !cert ? Result<QList<LedgerRecord>>(cert.error())
            : !ledger           ? Result<QList<LedgerRecord>>(ledger.error())
                                : anchorDependents(**ledger,
                                                   LedgerUse().contextFor(false, m_client->settings().contextName), app,
                                                   LedgerRecord::fromCertificate(*cert).fingerprint);
        if (!deps) {
            affected = tr("The ledger could not be read (%1): devices may still depend on it.")
                           .arg(deps.error().message);
        } else if (!deps->isEmpty()) {
            dependents = int(deps->size());
            affected = tr("%n device(s) still depend on it and will no longer be able to log in: %1.", nullptr,
                          dependents)
                           .arg(describeDependents(*deps));
        } else {
            affected = tr("The ledger holds no current certificate issued under it.");
        }
        affected += u"\n\n"_s;
        if (!r) {
            affected += tr("The devices could not be listed (%1), so it is not known which devices use it.")
                           .arg(r.error().message);
        } else {
            const QStringList names = devicesWithCertificateAliases(*r, app);
            if (names.isEmpty()) {
                affected += tr("No device of '%1' has a certificate alias (OU=%1).").arg(app);
            } else {
                QStringList shown = names.mid(0, 15);
                QString list = shown.join(u", "_s);
                if (names.size() > shown.size())
                    list += tr(" and %n more", nullptr, int(names.size() - shown.size()));
                affected += tr("These %n device(s) have certificate aliases (OU=%1) and would no longer be able "
                               "to connect with their certificates if they were issued under this anchor: %2.",
                               nullptr, int(names.size()))
                                .arg(app, list);
            }
            affected += u' '
                + tr("(Certificates are not stored on the server, so this is approximated from the aliases.)");
        }
        const bool ok = Prompts::confirm(this, tr("Remove Trust Anchor"),
                                         tr("Remove trust anchor %1 (%2) from application '%3'?\n\n%4")
                                             .arg(index)
                                             .arg(subject, app, affected),
                                         dependents > 0 ? tr("&Remove Anyway") : tr("&Remove"));
        if (!ok) {
            m_remove->setEnabled(true);
            return;
        }
        ++m_loading;
        onFinished(this, m_client->modifyApp(app, [pem](Application &a) -> Status {
            if (!a.removeTrustAnchorPem(pem))
                return Error(ErrorCode::NotFound, tr("The anchor was removed already."));
            return {};
        }),
                   [this, app](const Result<Application> &changed) {
                       --m_loading;
                       if (!changed) {
                           setStatusText(m_status, tr("The anchor was not removed: %1").arg(changed.error().message), true);
                           return;
                       }
                       setStatusText(m_status, tr("Trust anchor removed from '%1'.").arg(app), false);
                       if (app == applicationName()) {
                           m_app = *changed;
                           showAnchors();
                       }
                   });
    });
}

} // namespace dwb::gui
