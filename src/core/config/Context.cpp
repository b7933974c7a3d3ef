#include "core/config/Context.h"

#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace dwb {

QString Context::sandboxDir() const
{
    return isSandbox() ? credentialsRef.mid(8) : QString();
}

std::optional<QString> InMemorySecretStore::read(const QString &ref) const
{
    auto it = m_secrets.constFind(ref);
    if (it == m_secrets.constEnd())
        return std::nullopt;
    return *it;
}

void InMemorySecretStore::write(const QString &ref, const QString &secret)
{
    m_secrets.insert(ref, secret);
}

QString InMemorySecretStore::kindName() const
{
    return QCoreApplication::translate("SecretStore", "memory of this session only");
}

void InMemorySecretStore::remove(const QString &ref)
{
    m_secrets.remove(ref);
}

Result<SandboxInfo> readSandboxInfo(const QString &dir)
{
    const QString path = QDir(dir).filePath(u"sandbox.json"_s);
    auto data = readWholeFile(path, 1024 * 1024);
    if (!data)
        return data.error();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &pe);
    if (!doc.isObject())
        return Error(ErrorCode::MalformedResponse,
                     QCoreApplication::translate("Context", "%1 is not a sandbox description.")
                         .arg(QDir::toNativeSeparators(path)),
                     pe.errorString());
    const QJsonObject o = doc.object();
    SandboxInfo info;
    info.api = QUrl(o.value(u"api"_s).toString());
    info.user = o.value(u"user"_s).toString();
    info.token = o.value(u"token"_s).toString();
    info.caFile = o.value(u"ca"_s).toString();
    if (!info.caFile.isEmpty() && QFileInfo(info.caFile).isRelative())
        info.caFile = QDir(dir).filePath(info.caFile);
    if (!info.api.isValid() || info.api.scheme().isEmpty() || info.user.isEmpty())
        return Error(ErrorCode::MalformedResponse,
                     QCoreApplication::translate("Context",
                                                 "%1 does not name the sandbox's API URL and user.")
                         .arg(QDir::toNativeSeparators(path)));
    return info;
}

ContextStore::ContextStore(QSettings *settings)
    : m_settings(settings ? settings : new QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s))
    , m_ownsSettings(settings == nullptr)
{
    reload();
}

ContextStore::~ContextStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

std::optional<Context> ContextStore::find(const QString &name) const
{
    for (const Context &c : m_contexts)
        if (c.name == name)
            return c;
    return std::nullopt;
}

void ContextStore::upsert(const Context &context)
{
    for (Context &c : m_contexts) {
        if (c.name == context.name) {
            c = context;
            save();
            return;
        }
    }
    m_contexts.append(context);
    save();
}

bool ContextStore::remove(const QString &name)
{
    const auto n = m_contexts.removeIf([&](const Context &c) { return c.name == name; });
    if (n)
        save();
    return n > 0;
}

QString ContextStore::lastContext() const
{
    return m_settings->value(u"lastContext"_s).toString();
}

void ContextStore::setLastContext(const QString &name)
{
    m_settings->setValue(u"lastContext"_s, name);
}

QString ContextStore::defaultContext() const
{
    return m_settings->value(u"defaultContext"_s).toString();
}

void ContextStore::setDefaultContext(const QString &name)
{
    m_settings->setValue(u"defaultContext"_s, name);
    m_settings->sync();
}

void ContextStore::reload()
{
    m_contexts.clear();
    const int n = m_settings->beginReadArray(u"contexts"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Context c;
        c.name = m_settings->value(u"name"_s).toString();
        c.apiUrl = QUrl(m_settings->value(u"apiUrl"_s).toString());
        c.defaultApp = m_settings->value(u"defaultApp"_s).toString();
        c.defaultAlgorithm = m_settings->value(u"defaultAlgorithm"_s).toString();
        c.serverCaFile = m_settings->value(u"serverCaFile"_s).toString();
        c.userId = m_settings->value(u"userId"_s).toString();
        c.credentialsRef = m_settings->value(u"credentialsRef"_s).toString();
        c.secretStore = m_settings->value(u"secretStore"_s).toString();
        if (!c.name.isEmpty())
            m_contexts.append(c);
    }
    m_settings->endArray();
}

void ContextStore::save()
{
    // Only references are written: never a token.
    m_settings->remove(u"contexts"_s);
    m_settings->beginWriteArray(u"contexts"_s, int(m_contexts.size()));
    for (int i = 0; i < m_contexts.size(); ++i) {
        const Context &c = m_contexts.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, c.name);
        m_settings->setValue(u"apiUrl"_s, c.apiUrl.toString());
        m_settings->setValue(u"defaultApp"_s, c.defaultApp);
        m_settings->setValue(u"defaultAlgorithm"_s, c.defaultAlgorithm);
        m_settings->setValue(u"serverCaFile"_s, c.serverCaFile);
        m_settings->setValue(u"userId"_s, c.userId);
        m_settings->setValue(u"credentialsRef"_s, c.credentialsRef);
        if (!c.secretStore.isEmpty())
            m_settings->setValue(u"secretStore"_s, c.secretStore);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace dwb
