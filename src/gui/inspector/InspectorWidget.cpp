#include "gui/inspector/InspectorWidget.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/RequestInspection.h"
#include "core/enrollment/DeviceLoginVerdict.h"
#include "core/util/SafeFile.h"
#include "gui/common/Async.h"
#include "gui/common/Icons.h"
#include "gui/common/Prompts.h"
#include "gui/inspector/InspectorHost.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {

QString commonName(const QString &subject)
{
    for (const QString &part : subject.split(u", "_s))
        if (part.startsWith(u"CN="_s))
            return part.mid(3);
    return subject;
}

QString dateText(const QDateTime &dt)
{
    return dt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

} // namespace

InspectorWidget::InspectorWidget(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_result(new QLabel(this))
{
    setObjectName(u"inspector"_s);
    setAccessibleName(tr("Certificate inspector"));

    auto mk = [this](const QString &iconName, const QString &text, const QString &name) {
        auto *a = new QAction(icon(iconName), text, this);
        a->setObjectName(name);
        return a;
    };
    m_open = mk(u"open"_s, tr("&Open…"), u"inspectorOpen"_s);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Open certificate or key files (Ctrl+O)"));
    m_paste = mk(u"paste"_s, tr("&Paste PEM"), u"inspectorPaste"_s);
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setToolTip(tr("Inspect PEM text from the clipboard (Ctrl+V)"));
    m_copy = mk(u"copy"_s, tr("&Copy"), u"inspectorCopy"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportPem = mk(u"export"_s, tr("E&xport as PEM…"), u"inspectorExportPem"_s);
    m_exportDer = mk(u"export"_s, tr("Export as &DER…"), u"inspectorExportDer"_s);
    m_check = mk(u"check"_s, tr("Check against &application"), u"inspectorCheck"_s);
    m_check->setToolTip(tr("Does the selected certificate chain to an anchor of the application "
                           "selected in the window, and which device has its subject?"));
    m_addAlias = mk(u"alias-add"_s, tr("Add as alias to de&vice…"), u"inspectorAddAlias"_s);
    m_clear = mk(u"clear"_s, tr("C&lear"), u"inspectorClear"_s);
    for (QAction *a : {m_open, m_paste, m_copy, m_exportPem, m_exportDer, m_check, m_addAlias, m_clear})
        a->setStatusTip(a->toolTip());

    connect(m_open, &QAction::triggered, this, &InspectorWidget::openFiles);
    connect(m_paste, &QAction::triggered, this, &InspectorWidget::pasteFromClipboard);
    connect(m_copy, &QAction::triggered, this, &InspectorWidget::copyCurrent);
    connect(m_exportPem, &QAction::triggered, this, [this] { exportCurrent(false); });
    connect(m_exportDer, &QAction::triggered, this, [this] { exportCurrent(true); });
    connect(m_check, &QAction::triggered, this, &InspectorWidget::checkAgainstApplication);
    connect(m_addAlias, &QAction::triggered, this, &InspectorWidget::addAsAliasToDevice);
    connect(m_clear, &QAction::triggered, this, &InspectorWidget::clearAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addAction(m_open);
    bar->addAction(m_paste);
    bar->addSeparator();
    bar->addAction(m_exportPem);
    bar->addAction(m_exportDer);
    bar->addSeparator();
    bar->addAction(m_check);
    bar->addAction(m_addAlias);
    bar->addSeparator();
    bar->addAction(m_clear);
    bar->setObjectName(u"inspectorToolBar"_s);
    bar->setAccessibleName(tr("Inspector toolbar"));
    for (QAction *a : bar->actions()) // icon-only buttons: the screen reader says the action
        if (QWidget *w = bar->widgetForAction(a); w && !a->isSeparator())
            w->setAccessibleName(a->text().remove(u'&').remove(u'…'));
    layout->addWidget(bar);

    m_tree->setObjectName(u"inspectorTree"_s);
    m_tree->setAccessibleName(tr("Inspected objects"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setAccessibleName(tr("Inspected object columns"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 190);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->addAction(m_copy);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_copy);
        menu.addSeparator();
        menu.addAction(m_exportPem);
        menu.addAction(m_exportDer);
        menu.addAction(m_check);
        menu.addAction(m_addAlias);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &InspectorWidget::updateActions);
    layout->addWidget(m_tree, 1);

    m_result->setObjectName(u"checkResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setTextFormat(Qt::RichText);
    m_result->setMargin(4);
    m_result->hide();
    layout->addWidget(m_result);

    auto *hint = new QLabel(tr("Drop certificate, key or PKCS#12 files anywhere on the window."), this);
    hint->setObjectName(u"inspectorHint"_s);
    hint->setStyleSheet(u"color: palette(mid);"_s);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    updateActions();
}

int InspectorWidget::sourceCount() const
{
    return m_tree->topLevelItemCount();
}

int InspectorWidget::certificateCount() const
{
    return int(std::count_if(m_objects.cbegin(), m_objects.cend(),
                             [](const Object &o) { return o.isCertificate; }));
}

QString InspectorWidget::checkResultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

void InspectorWidget::clearAll()
{
    m_tree->clear();
    m_objects.clear();
    m_result->hide();
    updateActions();
    Q_EMIT contentChanged();
}

void InspectorWidget::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        auto data = readWholeFile(path, 16 * 1024 * 1024);
        if (!data) {
            auto *item = new QTreeWidgetItem(m_tree, SourceItem);
            item->setText(0, fi.fileName());
            item->setIcon(0, icon(u"error"_s));
            item->setText(1, tr("not opened: %1").arg(data.error().message));
            item->setToolTip(0, QDir::toNativeSeparators(fi.absoluteFilePath()));
            continue;
        }
        addData(fi.fileName(), *data, QDir::toNativeSeparators(fi.absoluteFilePath()));
    }
}

void InspectorWidget::addText(const QString &text)
{
    addData(tr("Pasted text"), text.toUtf8());
}

void InspectorWidget::addData(const QString &sourceName, const QByteArray &data, const QString &tooltip)
{
    Result<ImportBundle> result = importData(data);
    int prompts = 0;
    while (!result && (result.error().code == ErrorCode::NeedsPassphrase
                       || result.error().code == ErrorCode::WrongPassphrase)) {
        const bool wrong = result.error().code == ErrorCode::WrongPassphrase && prompts > 0;
        if (wrong && m_host)
            m_host->showMessage(MessageBar::Kind::Warning,
                                tr("The passphrase for %1 is wrong.").arg(sourceName));
        const QString label = wrong
            ? tr("The passphrase for “%1” is wrong. Try again:").arg(sourceName)
            : tr("“%1” is encrypted. Passphrase:").arg(sourceName);
        std::optional<QString> pass = Prompts::passphrase(this, tr("Passphrase"), label);
        ++prompts;
        if (!pass) {
            result = Error(ErrorCode::NeedsPassphrase, tr("passphrase needed"));
            break;
        }
        SecretBytes secret = SecretBytes::fromString(*pass);
        pass->fill(QChar(0));
        result = importData(data, secret);
    }

    auto *source = new QTreeWidgetItem(m_tree, SourceItem);
    source->setText(0, sourceName);
    source->setIcon(0, icon(u"file"_s));
    if (!tooltip.isEmpty())
        source->setToolTip(0, tooltip);
    QFont bold = source->font(0);
    bold.setBold(true);
    source->setFont(0, bold);
    if (!result) {
        source->setIcon(0, icon(result.error().code == ErrorCode::NeedsPassphrase ? u"warning"_s : u"error"_s));
        source->setText(1, tr("not opened: %1").arg(result.error().message));
        source->setForeground(1, QColor(0xb0, 0x30, 0x20));
        source->setToolTip(1, result.error().toString());
        updateActions();
        Q_EMIT contentChanged();
        return;
    }
    const ImportBundle &bundle = *result;
    const QList<Certificate> certs = bundle.certificates();
    int nCerts = 0, nKeys = 0, nRequests = 0;
    for (const ImportedItem &it : bundle.items) {
        if (it.kind == ImportedItem::Kind::Certificate) {
            addCertificate(source, it.certificate, certs);
            ++nCerts;
        } else if (it.kind == ImportedItem::Kind::Request) {
            addRequest(source, it.request, it.format);
            ++nRequests;
        } else {
            addKey(source, it.key, it.format);
            ++nKeys;
        }
    }
    QStringList summary;
    summary << bundle.container;
    if (nCerts)
        summary << tr("%n certificate(s)", nullptr, nCerts);
    if (nKeys)
        summary << tr("%n key(s)", nullptr, nKeys);
    if (nRequests)
        summary << tr("%n certificate request(s)", nullptr, nRequests);
    if (!nCerts && !nKeys && !nRequests)
        summary << tr("nothing to show");
    source->setText(1, summary.join(u", "_s));
    source->setExpanded(true);
    refreshKeyMatches();
    m_tree->resizeColumnToContents(0);
    if (m_tree->columnWidth(0) > 280)
        m_tree->setColumnWidth(0, 280);
    if (!m_tree->currentItem() && source->childCount() > 0)
        m_tree->setCurrentItem(source->child(0));
    updateActions();
    Q_EMIT contentChanged();
}

QTreeWidgetItem *InspectorWidget::addField(QTreeWidgetItem *parent, const QString &name,
                                           const QString &value, const QString &key)
{
    auto *item = new QTreeWidgetItem(parent, FieldItem);
    item->setText(0, name);
    item->setText(1, value);
    item->setToolTip(1, value);
    item->setData(0, ValueRole, value);
    item->setData(0, FieldKeyRole, key);
    item->setData(0, ObjectIndexRole, parent->data(0, ObjectIndexRole));
    return item;
}

void InspectorWidget::addCertificate(QTreeWidgetItem *source, const Certificate &cert,
                                     const QList<Certificate> &chain)
{
    Q_UNUSED(chain);
    const CertificateInfo info = inspectCertificate(cert);
    const int index = int(m_objects.size());
    auto *obj = new QTreeWidgetItem(source, ObjectItem);
    obj->setData(0, ObjectIndexRole, index);
    obj->setIcon(0, icon(u"certificate"_s));
    obj->setText(0, info.isCa ? tr("CA certificate") : tr("Certificate"));
    obj->setText(1, commonName(info.subject));
    obj->setData(0, ValueRole, info.subject);
    obj->setToolTip(1, info.subject);

    addField(obj, tr("Subject (Drogue)"), info.subject, u"subject"_s);
    addField(obj, tr("Subject (RFC 4514)"), info.subjectRfc4514, u"subjectRfc4514"_s);
    addField(obj, tr("Issuer (Drogue)"), info.issuer, u"issuer"_s);
    addField(obj, tr("Issuer (RFC 4514)"), info.issuerRfc4514, u"issuerRfc4514"_s);
    addField(obj, tr("Version"), QString::number(info.version));
    addField(obj, tr("Serial number"), info.serialHex, u"serial"_s);
    auto *validity = addField(obj, tr("Validity"), validityStateName(info.validity), u"validity"_s);
    QColor color(0x2e, 0x8b, 0x47);
    QString iconName = u"valid"_s;
    if (info.validity == ValidityState::Expired) {
        color = QColor(0xc0, 0x39, 0x2b);
        iconName = u"invalid"_s;
        validity->setText(1, tr("EXPIRED on %1").arg(dateText(info.notAfter)));
    } else if (info.validity == ValidityState::NotYetValid) {
        color = QColor(0xd6, 0x89, 0x10);
        iconName = u"warning"_s;
        validity->setText(1, tr("NOT YET VALID (from %1)").arg(dateText(info.notBefore)));
    } else {
        validity->setText(1, tr("valid"));
    }
    validity->setForeground(1, color);
    validity->setIcon(1, icon(iconName));
    QFont bold = validity->font(1);
    bold.setBold(true);
    validity->setFont(1, bold);
    addField(validity, tr("Not before"), dateText(info.notBefore), u"notBefore"_s);
    addField(validity, tr("Not after"), dateText(info.notAfter), u"notAfter"_s);
    validity->setExpanded(true);
    addField(obj, tr("Public key"),
             info.keyBits > 0 ? tr("%1 (%2 bits)").arg(info.keyType).arg(info.keyBits) : info.keyType,
             u"key"_s);
    addField(obj, tr("Signature algorithm"), info.signatureAlgorithm, u"signatureAlgorithm"_s);
    addField(obj, tr("Certificate authority"),
             info.isCa ? (info.pathLength >= 0 ? tr("yes (path length %1)").arg(info.pathLength) : tr("yes"))
                       : tr("no"));
    if (info.selfSigned)
        addField(obj, tr("Self-signed"), tr("yes"));
    if (!info.keyUsage.isEmpty())
        addField(obj, tr("Key usage"), info.keyUsage.join(u", "_s));
    if (!info.extendedKeyUsage.isEmpty())
        addField(obj, tr("Extended key usage"), info.extendedKeyUsage.join(u", "_s));
    if (!info.subjectAltNames.isEmpty())
        addField(obj, tr("Subject alternative names"), info.subjectAltNames.join(u", "_s));
    if (!info.extensions.isEmpty()) {
        auto *ext = addField(obj, tr("Extensions"), tr("%n extension(s)", nullptr, int(info.extensions.size())));
        for (const ExtensionInfo &e : info.extensions)
            addField(ext, e.critical ? tr("%1 (critical)").arg(e.name) : e.name,
                     QString(e.value).replace(u'\n', u"; "_s));
    }
    addField(obj, tr("SHA-1 fingerprint"), info.sha1Fingerprint, u"sha1"_s);
    addField(obj, tr("SHA-256 fingerprint"), info.sha256Fingerprint, u"sha256"_s);
    auto *verdict = addField(obj, tr("Drogue device login"), {}, u"verdict"_s);
    verdict->setExpanded(true);
    Object o;
    o.isCertificate = true;
    o.cert = cert;
    o.source = source->text(0);
    o.item = obj;
    o.verdictItem = verdict;
    m_objects.append(o);
    showVerdict(m_objects.last());
    // The first object of a source is open; the rest of a chain stays folded.
    obj->setExpanded(source->childCount() == 1);
}

void InspectorWidget::addKey(QTreeWidgetItem *source, const PrivateKey &key, const QString &format)
{
    const KeyInfo info = inspectKey(key);
    const int index = int(m_objects.size());
    auto *obj = new QTreeWidgetItem(source, ObjectItem);
    obj->setData(0, ObjectIndexRole, index);
    obj->setIcon(0, icon(u"key"_s));
    obj->setText(0, info.hasPrivate ? tr("Private key") : tr("Public key"));
    obj->setText(1, info.keyType);
    obj->setData(0, ValueRole, info.keyType);
    addField(obj, tr("Type"), info.keyType, u"type"_s);
    addField(obj, tr("Size"), tr("%n bit(s)", nullptr, info.bits), u"bits"_s);
    addField(obj, tr("Format"), format);
    addField(obj, tr("Private part"), info.hasPrivate ? tr("yes (never shown)") : tr("no"));
    addField(obj, tr("Public key SHA-256"), info.publicKeySha256, u"publicKeySha256"_s);
    auto *allowed = addField(obj, tr("Allowed by Drogue"), info.allowedByDrogue ? tr("yes") : tr("no"));
    allowed->setIcon(1, icon(info.allowedByDrogue ? u"valid"_s : u"invalid"_s));
    Object o;
    o.isCertificate = false;
    o.key = key;
    o.source = source->text(0);
    o.item = obj;
    o.matchItem = addField(obj, tr("Matches certificate"), {}, u"matches"_s);
    m_objects.append(o);
    obj->setExpanded(source->childCount() == 1);
}

void InspectorWidget::addRequest(QTreeWidgetItem *source, const CertificateRequest &request, const QString &format)
{
    const RequestInfo info = inspectRequest(request);
    const int index = int(m_objects.size());
    auto *obj = new QTreeWidgetItem(source, ObjectItem);
    obj->setData(0, ObjectIndexRole, index);
    obj->setIcon(0, icon(u"certificate"_s));
    obj->setText(0, tr("Certificate request"));
    obj->setText(1, info.commonName.isEmpty() ? info.subject : info.commonName);
    obj->setData(0, ValueRole, info.subject);
    addField(obj, tr("Subject (Drogue)"), info.subject, u"subject"_s);
    addField(obj, tr("Subject (RFC 4514)"), info.subjectRfc4514, u"subjectRfc4514"_s);
    addField(obj, tr("Public key"),
             info.keyBits > 0 ? tr("%1 (%2 bits)").arg(info.keyType).arg(info.keyBits) : info.keyType, u"key"_s);
    addField(obj, tr("Public key SHA-256"), info.publicKeySha256, u"publicKeySha256"_s);
    addField(obj, tr("Format"), format);
    auto *signature = addField(obj, tr("Signature"),
                               info.signatureValid ? tr("verifies: the board holds the key (%1)").arg(info.signatureAlgorithm)
                                                   : tr("DOES NOT VERIFY (%1)").arg(info.signatureAlgorithm),
                               u"signature"_s);
    signature->setIcon(1, icon(info.signatureValid ? u"valid"_s : u"invalid"_s));
    if (!info.subjectAltNames.isEmpty())
        addField(obj, tr("Requested subject alternative names"), info.subjectAltNames.join(u", "_s), u"san"_s);
    if (!info.keyUsage.isEmpty())
        addField(obj, tr("Requested key usage"), info.keyUsage.join(u", "_s));
    for (const ExtensionInfo &e : info.extensions)
        addField(obj, tr("Requested: %1").arg(e.critical ? tr("%1 (critical)").arg(e.name) : e.name),
                 QString(e.value).replace(u'\n', u"; "_s));
    auto *verdict = addField(obj, tr("Drogue"),
                             info.verdict.accepted ? tr("a certificate for this request would be accepted by Drogue")
                                                   : info.verdict.reasons.join(u' '),
                             u"verdict"_s);
    verdict->setIcon(1, icon(info.verdict.accepted ? u"valid"_s : u"invalid"_s));
    verdict->setToolTip(1, verdict->text(1));
    Object o;
    o.isCertificate = false;
    o.key = request.publicKey(); // matched against certificates: the one issued for it
    o.source = source->text(0);
    o.item = obj;
    o.matchItem = addField(obj, tr("Matches certificate"), {}, u"matches"_s);
    m_objects.append(o);
    obj->setExpanded(source->childCount() == 1);
}

void InspectorWidget::refreshKeyMatches()
{
    for (Object &k : m_objects) {
        if (k.isCertificate || !k.matchItem)
            continue;
        QStringList matches;
        for (const Object &c : std::as_const(m_objects))
            if (c.isCertificate && c.cert.matches(k.key))
                matches << c.cert.subjectString();
        matches.removeDuplicates();
        k.matchItem->setText(1, matches.isEmpty() ? tr("none of the loaded certificates") : matches.join(u"; "_s));
        k.matchItem->setData(0, ValueRole, k.matchItem->text(1));
        k.matchItem->setIcon(1, icon(matches.isEmpty() ? u"info"_s : u"valid"_s));
    }
}

int InspectorWidget::currentObject() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->type() == SourceItem)
        return -1;
    const QVariant v = item->data(0, ObjectIndexRole);
    return v.isValid() ? v.toInt() : -1;
}

void InspectorWidget::selectObject(int index)
{
    if (index >= 0 && index < m_objects.size())
        m_tree->setCurrentItem(m_objects.at(index).item);
}

void InspectorWidget::updateActions()
{
    const int obj = currentObject();
    const bool cert = obj >= 0 && m_objects.at(obj).isCertificate;
    m_exportPem->setEnabled(cert);
    m_exportDer->setEnabled(cert);
    m_check->setEnabled(cert);
    m_addAlias->setEnabled(cert);
    m_copy->setEnabled(m_tree->currentItem() != nullptr);
    m_clear->setEnabled(m_tree->topLevelItemCount() > 0);
}

void InspectorWidget::openFiles()
{
    const QStringList files = Prompts::openFiles(
        this, tr("Open Certificates or Keys"),
        tr("Certificates, keys and requests (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.p7c *.csr *.req);;All files (*)"));
    addFiles(files);
}

void InspectorWidget::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasText() || mime->text().trimmed().isEmpty()) {
        if (m_host)
            m_host->showMessage(MessageBar::Kind::Information,
                                tr("The clipboard holds no text to inspect."));
        return;
    }
    addText(mime->text());
}

void InspectorWidget::copyCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    QString value = item->data(0, ValueRole).toString();
    if (value.isEmpty())
        value = item->text(1);
    if (value.isEmpty())
        value = item->text(0);
    QApplication::clipboard()->setText(value);
}

void InspectorWidget::exportCurrent(bool der)
{
    const int obj = currentObject();
    if (obj < 0 || !m_objects.at(obj).isCertificate)
        return;
    const Certificate &cert = m_objects.at(obj).cert;
    QString base = commonName(cert.subjectString());
    base.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"_"_s);
    if (base.isEmpty())
        base = u"certificate"_s;
    const QString path = Prompts::saveFile(
        this, der ? tr("Export Certificate as DER") : tr("Export Certificate as PEM"),
        base + (der ? u".der"_s : u".pem"_s),
        der ? tr("DER certificate (*.der *.cer)") : tr("PEM certificate (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    const QByteArray data = der ? cert.toDer() : cert.toPem();
    const Status st = writeFileAtomically(path, data, FileMode::Public, Overwrite::Allow);
    if (m_host) {
        if (st)
            m_host->showMessage(MessageBar::Kind::Success,
                                tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_host->showMessage(MessageBar::Kind::Error, st.error().message);
    }
}

DeviceLoginVerdict InspectorWidget::verdictFor(const Certificate &cert) const
{
    const std::optional<Application> app = m_host ? m_host->selectedApplication() : std::nullopt;
    if (!app)
        return DeviceLoginVerdict::judge(cert, nullptr, std::nullopt);
    return DeviceLoginVerdict::judge(cert, &*app, m_host->loadedDevices(app->name()));
}

void InspectorWidget::showVerdict(const Object &o)
{
    QTreeWidgetItem *item = o.verdictItem;
    if (!item)
        return;
    const DeviceLoginVerdict v = verdictFor(o.cert);
    qDeleteAll(item->takeChildren());
    const bool ok = v.outcome() == DeviceLoginVerdict::Outcome::WouldLogIn
                    || v.outcome() == DeviceLoginVerdict::Outcome::FormOnly;
    const bool refused = v.outcome() == DeviceLoginVerdict::Outcome::WouldBeRefused;
    QString text;
    if (v.coversApplication())
        text = tr("%1 (application %2)").arg(v.outcomeText(), v.application());
    else
        text = refused ? tr("would be refused (the certificate's form only)")
                       : tr("form acceptable (the certificate's form only: no application selected)");
    item->setText(1, text);
    item->setData(0, ValueRole, text);
    item->setToolTip(1, v.summary());
    item->setIcon(1, icon(refused ? u"invalid"_s : ok ? u"valid"_s : u"info"_s));
    item->setForeground(1, refused ? QColor(0xc0, 0x39, 0x2b) : ok ? QColor(0x2e, 0x8b, 0x47) : QColor());
    for (const DeviceLoginVerdict::Line &l : v.lines()) {
        auto *line = addField(item, l.label, l.text, u"verdict-"_s + DeviceLoginVerdict::checkKey(l.check));
        line->setIcon(0, icon(l.state == DeviceLoginVerdict::State::Passed   ? u"valid"_s
                              : l.state == DeviceLoginVerdict::State::Failed ? u"invalid"_s
                                                                            : u"info"_s));
    }
    addField(item, tr("Verdict"), v.summary(), u"verdict-summary"_s);
}

void InspectorWidget::refreshVerdicts()
{
    for (const Object &o : std::as_const(m_objects))
        if (o.isCertificate)
            showVerdict(o);
    if (!m_result->isVisible())
        return;
    const int obj = currentObject();
    if (m_host && m_host->selectedApplication() && obj >= 0 && m_objects.at(obj).isCertificate)
        checkAgainstApplication();
    else
        m_result->hide();
}

void InspectorWidget::checkAgainstApplication()
{
    const int obj = currentObject();
    if (obj < 0 || !m_objects.at(obj).isCertificate || !m_host)
        return;
    const std::optional<Application> app = m_host->selectedApplication();
    if (!app) {
        m_host->showMessage(MessageBar::Kind::Information,
                            tr("Select an application in the window first."));
        return;
    }
    showVerdict(m_objects.at(obj));
    const DeviceLoginVerdict v = verdictFor(m_objects.at(obj).cert);
    QStringList lines;
    lines << tr("<b>Against application %1</b>").arg(app->name().toHtmlEscaped());
    for (const DeviceLoginVerdict::Line &l : v.lines()) {
        const QString mark = l.state == DeviceLoginVerdict::State::Passed   ? u"✓"_s
                             : l.state == DeviceLoginVerdict::State::Failed ? u"✗"_s
                                                                           : u"?"_s;
        lines << tr("%1 %2: %3").arg(mark, l.label.toHtmlEscaped(), l.text.toHtmlEscaped());
    }
    lines << u"<b>"_s + v.summary().toHtmlEscaped() + u"</b>"_s;
    m_result->setText(lines.join(u"<br>"_s));
    m_result->show();
}

void InspectorWidget::addAsAliasToDevice()
{
    const int obj = currentObject();
    if (obj < 0 || !m_objects.at(obj).isCertificate || !m_host)
        return;
    const std::optional<Application> app = m_host->selectedApplication();
    RegistryClient *client = m_host->registryClient();
    if (!app || !client) {
        m_host->showMessage(MessageBar::Kind::Information,
                            tr("Connect and select an application in the window first."));
        return;
    }
    const std::optional<QList<Device>> devices = m_host->loadedDevices(app->name());
    if (!devices || devices->isEmpty()) {
        m_host->showMessage(MessageBar::Kind::Information,
                            tr("The application %1 has no devices loaded.").arg(app->name()));
        return;
    }
    const QString subject = m_objects.at(obj).cert.subjectString();
    QStringList names;
    int preselect = 0;
    for (const Device &d : *devices) {
        names << d.name();
        if (d.name() == commonName(subject))
            preselect = int(names.size()) - 1;
    }
    const std::optional<int> choice = Prompts::choose(
        this, tr("Add Alias"), tr("Add “%1” as an alias of the device:").arg(subject), names, preselect);
    if (!choice || *choice < 0 || *choice >= names.size())
        return;
    const QString device = names.at(*choice);
    const QString appName = app->name();
    onFinished(this, client->modifyDevice(appName, device, [subject](Device &d) {
                   d.addAlias(subject);
                   return Status();
               }),
               [this, device, subject](const Result<Device> &r) {
                   if (!m_host)
                       return;
                   if (!r) {
                       m_host->showMessage(MessageBar::Kind::Error,
                                           tr("Could not add the alias to %1: %2").arg(device, r.error().message));
                       return;
                   }
                   m_host->deviceUpdated(*r);
                   m_host->showMessage(MessageBar::Kind::Success,
                                       tr("“%1” is now an alias of device %2.").arg(subject, device));
               });
}

} // namespace dwb::gui
