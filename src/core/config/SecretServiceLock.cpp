#include "core/config/SecretServiceLock.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QMap>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

const QString kSecrets = u"org.freedesktop.secrets"_s;

// A private connection to the session bus named in the environment now
// (not a connection made earlier with another address), closed on scope exit.
class Bus {
public:
    Bus()
        : m_conn(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"dwb-secret-service-lock"_s))
    {
        registerTypes();
    }
    ~Bus() { QDBusConnection::disconnectFromBus(u"dwb-secret-service-lock"_s); }
    Bus(const Bus &) = delete;
    Bus &operator=(const Bus &) = delete;

    // Connected, and the Secret Service is already there (no activation).
    bool secretServiceRuns() const
    {
        if (!m_conn.isConnected() || !m_conn.interface())
            return false;
        const QDBusReply<bool> r = m_conn.interface()->isServiceRegistered(kSecrets);
        return r.isValid() && r.value();
    }

    QDBusMessage call(const QString &path, const QString &iface, const QString &method, const QVariantList &args,
                      int timeoutMs) const
    {
        QDBusMessage m = QDBusMessage::createMethodCall(kSecrets, path, iface, method);
        m.setArguments(args);
        return m_conn.call(m, QDBus::Block, timeoutMs);
    }

private:
    static void registerTypes()
    {
        [[maybe_unused]] static const bool done = [] {
            qDBusRegisterMetaType<QMap<QString, QString>>();
            qDBusRegisterMetaType<QList<QDBusObjectPath>>();
            return true;
        }();
    }
    QDBusConnection m_conn;
};

} // namespace

bool SecretServiceLock::itemLocked(const QString &service, const QString &key, int timeoutMs)
{
    Bus bus;
    if (!bus.secretServiceRuns())
        return false;
    const QMap<QString, QString> attributes{{u"server"_s, service}, {u"user"_s, key}};
    // SearchItems(a{ss}) -> (ao unlocked, ao locked): allowed on a locked collection, no prompt.
    const QDBusMessage reply = bus.call(u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s,
                                        u"SearchItems"_s, {QVariant::fromValue(attributes)}, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return false;
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    return !locked.isEmpty();
}

bool SecretServiceLock::defaultCollectionLocked(int timeoutMs)
{
    Bus bus;
    if (!bus.secretServiceRuns())
        return false;
    const QDBusMessage alias = bus.call(u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s,
                                        u"ReadAlias"_s, {u"default"_s}, timeoutMs);
    if (alias.type() != QDBusMessage::ReplyMessage || alias.arguments().isEmpty())
        return false;
    const QString path = qdbus_cast<QDBusObjectPath>(alias.arguments().at(0)).path();
    if (path.isEmpty() || path == u"/"_s)
        return false;
    const QDBusMessage locked = bus.call(path, u"org.freedesktop.DBus.Properties"_s, u"Get"_s,
                                         {u"org.freedesktop.Secret.Collection"_s, u"Locked"_s}, timeoutMs);
    if (locked.type() != QDBusMessage::ReplyMessage || locked.arguments().isEmpty())
        return false;
    return qdbus_cast<QDBusVariant>(locked.arguments().at(0)).variant().toBool();
}

} // namespace dwb
