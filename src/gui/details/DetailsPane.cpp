#include "gui/details/DetailsPane.h"

#include "core/crypto/Certificate.h"
#include "gui/common/Icons.h"
#include "gui/details/AnchorBackupActions.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::LongFormat) : QString();
}
QString mapText(const QMap<QString, QString> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u'\n');
}
} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QTabWidget(parent)
    , m_overview(new QWidget)
    , m_form(new QFormLayout)
    , m_heading(new QLabel)
    , m_security(new QTreeWidget)
    , m_json(new QPlainTextEdit)
    , m_backup(new QPushButton(tr("Back &Up…")))
    , m_restore(new QPushButton(tr("&Restore…")))
    , m_rotate(new QPushButton(tr("R&otate…")))
{
    setObjectName(u"detailsPane"_s);
    setAccessibleName(tr("Details"));
    setDocumentMode(true);

    auto *ov = new QVBoxLayout(m_overview);
    m_heading->setObjectName(u"detailsHeading"_s);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.25);
    hf.setBold(true);
    m_heading->setFont(hf);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ov->addWidget(m_heading);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    ov->addLayout(m_form);
    ov->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_overview);
    addTab(scroll, tr("Overview"));

    m_security->setObjectName(u"securityTree"_s);
    m_security->setRootIsDecorated(false);
    m_security->setAlternatingRowColors(true);
    m_security->setUniformRowHeights(true);
    auto *securityPage = new QWidget;
    auto *sl = new QVBoxLayout(securityPage);
    sl->setContentsMargins(0, 4, 0, 0);
    sl->addWidget(m_security, 1);
    auto *anchorRow = new QHBoxLayout;
    anchorRow->addStretch(1);
    m_backup->setObjectName(u"backupAnchorButton"_s);
    m_backup->setToolTip(tr("Write the selected trust anchor and its CA key into a PKCS#12 file protected by a "
                            "passphrase"));
    m_restore->setObjectName(u"restoreAnchorButton"_s);
    m_restore->setToolTip(tr("Restore a trust anchor's CA key from its PKCS#12 backup"));
    connect(m_backup, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_security->currentIndex();
        AnchorBackupActions::backUp(this, m_app, current.isValid() ? current.row() : -1);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] { AnchorBackupActions::restore(this, m_app); });
    m_rotate->setObjectName(u"rotateAnchorButton"_s);
    m_rotate->setToolTip(tr("Replace the selected trust anchor by a new one: add it, renew the devices under it, "
                            "remove the old one"));
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_security->currentIndex();
        Q_EMIT rotateAnchorRequested(m_app.name(), current.isValid() ? current.row() : 0);
    });
    anchorRow->addWidget(m_rotate);
    anchorRow->addWidget(m_backup);
    anchorRow->addWidget(m_restore);
    sl->addLayout(anchorRow);
    addTab(securityPage, tr("Security"));

    auto *jsonPage = new QWidget;
    auto *jl = new QVBoxLayout(jsonPage);
    jl->setContentsMargins(0, 4, 0, 0);
    m_json->setObjectName(u"rawJson"_s);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setAccessibleName(tr("Raw JSON"));
    jl->addWidget(m_json, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *copy = new QPushButton(icon(u"copy"_s), tr("&Copy JSON"));
    copy->setObjectName(u"copyJsonButton"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_json->toPlainText()); });
    row->addWidget(copy);
    jl->addLayout(row);
    addTab(jsonPage, tr("JSON"));
    clearDetails();
}

void DetailsPane::setRows(const QList<QPair<QString, QString>> &rows)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const auto &[label, value] : rows) {
        auto *v = new QLabel(value.isEmpty() ? u"—"_s : value);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        m_form->addRow(label, v);
    }
}

void DetailsPane::setJson(const QJsonObject &json)
{
    m_json->setPlainText(json.isEmpty() ? QString()
                                        : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

QString DetailsPane::jsonText() const
{
    return m_json->toPlainText();
}

void DetailsPane::clearDetails()
{
    m_heading->setText(tr("Select an application or a device"));
    setRows({});
    m_security->clear();
    m_security->setHeaderLabels({tr("Security")});
    setTabText(1, tr("Security"));
    setJson({});
    m_app = {};
    m_backup->setVisible(false);
    m_restore->setVisible(false);
    m_rotate->setVisible(false);
}

void DetailsPane::showApplication(const Application &app, int deviceCount)
{
    m_heading->setText(tr("Application %1").arg(app.name()));
    setRows({
        {tr("UID:"), app.uid()},
        {tr("Created:"), dateText(app.creationTimestamp())},
        {tr("Generation:"), QString::number(app.generation())},
        {tr("Resource version:"), app.resourceVersion()},
        {tr("Labels:"), mapText(app.labels())},
        {tr("Devices:"), deviceCount < 0 ? tr("counting…") : QString::number(deviceCount)},
    });
    setTabText(1, tr("Trust anchors"));
    m_app = app;
    m_backup->setVisible(true);
    m_backup->setEnabled(!app.trustAnchorPems().isEmpty());
    m_restore->setVisible(true);
    m_rotate->setVisible(true);
    m_rotate->setEnabled(!app.trustAnchorPems().isEmpty());
    m_security->clear();
    m_security->setColumnCount(4);
    m_security->setHeaderLabels({tr("State"), tr("Subject"), tr("Valid from"), tr("Valid until")});
    const auto statuses = app.trustAnchorStatuses();
    const auto pems = app.trustAnchorPems();
    for (int i = 0; i < std::max(statuses.size(), pems.size()); ++i) {
        auto *item = new QTreeWidgetItem(m_security);
        if (i < statuses.size()) {
            const auto &s = statuses.at(i);
            if (s.valid) {
                item->setIcon(0, icon(u"valid"_s));
                item->setText(0, tr("valid"));
                item->setText(1, s.subject);
                item->setText(2, dateText(s.notBefore));
                item->setText(3, dateText(s.notAfter));
                if (s.notAfter.isValid() && s.notAfter < QDateTime::currentDateTimeUtc()) {
                    item->setText(0, tr("expired"));
                    item->setIcon(0, icon(u"warning"_s));
                }
            } else {
                item->setIcon(0, icon(u"invalid"_s));
                item->setText(0, tr("invalid"));
                item->setText(1, s.message.isEmpty() ? s.error : s.error + u": "_s + s.message);
            }
        } else {
            item->setIcon(0, icon(u"info"_s));
            item->setText(0, tr("pending"));
            auto cert = Certificate::fromPem(pems.at(i));
            item->setText(1, cert ? cert->subjectString() : tr("(not a certificate)"));
        }
    }
    if (statuses.isEmpty() && pems.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_security);
        item->setText(1, tr("No trust anchor: devices of this application cannot log in with certificates."));
        item->setFirstColumnSpanned(true);
        item->setText(0, item->text(1));
    }
    for (int c = 0; c < 4; ++c)
        m_security->resizeColumnToContents(c);
    setJson(app.json());
}

void DetailsPane::showDevice(const Device &device)
{
    m_heading->setText(tr("Device %1").arg(device.name()));
    setRows({
        {tr("Application:"), device.application()},
        {tr("UID:"), device.uid()},
        {tr("Created:"), dateText(device.creationTimestamp())},
        {tr("Generation:"), QString::number(device.generation())},
        {tr("Resource version:"), device.resourceVersion()},
        {tr("State:"), device.disabled() ? tr("disabled") : tr("enabled")},
        {tr("Aliases:"), device.aliases().join(u'\n')},
        {tr("Labels:"), mapText(device.labels())},
    });
    setTabText(1, tr("Credentials"));
    m_app = {};
    m_backup->setVisible(false);
    m_restore->setVisible(false);
    m_rotate->setVisible(false);
    m_security->clear();
    m_security->setColumnCount(2);
    m_security->setHeaderLabels({tr("Kind"), tr("User name")});
    const auto creds = device.credentials();
    for (const auto &c : creds) {
        auto *item = new QTreeWidgetItem(m_security);
        QString kind = c.kind;
        if (c.kind == u"pass"_s)
            kind = tr("password");
        else if (c.kind == u"user"_s)
            kind = tr("user name and password");
        else if (c.kind == u"cert"_s)
            kind = tr("certificate");
        else if (c.kind == u"psk"_s)
            kind = tr("pre-shared key");
        item->setText(0, kind);
        item->setText(1, c.username);
    }
    if (creds.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_security);
        item->setText(0, tr("No stored credential (certificate login uses the name or an alias)"));
        item->setFirstColumnSpanned(true);
    }
    m_security->resizeColumnToContents(0);
    // The raw JSON without credential secrets: passwords never reach the screen.
    QJsonObject json = device.json();
    QJsonObject spec = json.value(u"spec"_s).toObject();
    for (const QString &section : {u"authentication"_s, u"credentials"_s}) {
        if (!spec.contains(section))
            continue;
        QJsonObject auth = spec.value(section).toObject();
        QJsonArray creds2 = auth.value(u"credentials"_s).toArray();
        for (qsizetype i = 0; i < creds2.size(); ++i) {
            QJsonObject c = creds2.at(i).toObject();
            if (c.contains(u"pass"_s))
                c[u"pass"_s] = u"••••"_s;
            if (c.contains(u"user"_s)) {
                QJsonObject u = c.value(u"user"_s).toObject();
                if (u.contains(u"password"_s))
                    u[u"password"_s] = u"••••"_s;
                c[u"user"_s] = u;
            }
            if (c.contains(u"psk"_s))
                c[u"psk"_s] = u"••••"_s;
            creds2[i] = c;
        }
        auth[u"credentials"_s] = creds2;
        spec[section] = auth;
    }
    json[u"spec"_s] = spec;
    setJson(json);
}

void DetailsPane::showDevices(int count)
{
    clearDetails();
    m_heading->setText(tr("%n devices selected", nullptr, count));
}

} // namespace dwb::gui
