#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"

#include "core/cloud/RegistryAnswer.h"
#include "core/cloud/RegistryClientPrivate.h"

#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace dwb {

using registryanswer::Done;
using registryanswer::Expect;
using registryanswer::HttpResult;
using registryanswer::parseObject;

namespace {

template <typename T>
std::shared_ptr<QPromise<T>> newPromise()
{
    auto p = std::make_shared<QPromise<T>>();
    p->start();
    return p;
}

template <typename T, typename V>
void fulfil(const std::shared_ptr<QPromise<T>> &p, V &&value)
{
    p->addResult(T(std::forward<V>(value)));
    p->finish();
}

} // namespace

// --- Credentials -------------------------------------------------------------

Credentials Credentials::accessToken(const QString &user, const QString &token)
{
    Credentials c;
    c.kind = Kind::AccessToken;
    c.user = user;
    c.secret = token;
    return c;
}

Credentials Credentials::bearer(const QString &accessToken)
{
    Credentials c;
    c.kind = Kind::Bearer;
    c.secret = accessToken;
    return c;
}

QByteArray Credentials::authorizationHeader() const
{
    switch (kind) {
    case Kind::AccessToken:
        return "Basic " + QByteArray(user.toUtf8() + ':' + secret.toUtf8()).toBase64();
    case Kind::Bearer:
        return "Bearer " + secret.toUtf8();
    case Kind::None:
        break;
    }
    return {};
}

// --- client ------------------------------------------------------------------

int defaultRetryBudgetMs()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("DWB_RETRY_SECONDS").toDouble(&ok);
    return ok && seconds >= 0 ? int(seconds * 1000) : 20000;
}

int defaultTimeoutMs()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("DWB_TIMEOUT_SECONDS").toDouble(&ok);
    return ok && seconds > 0 ? int(seconds * 1000) : 30000;
}

RegistryClient::RegistryClient(ConnectionSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), d(std::make_unique<Private>())
{
    d->q = this;
    d->nam = new QNetworkAccessManager(this);
    d->nam->setAutoDeleteReplies(false);
    if (!m_settings.serverCaFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.serverCaFile, QSsl::Pem);
        if (cas.isEmpty()) {
            d->sslError = Error(ErrorCode::Tls,
                                tr("The CA file %1 cannot be read as PEM certificates.").arg(m_settings.serverCaFile));
        } else {
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.addCaCertificates(cas);
            d->ssl = conf;
        }
    }
}

RegistryClient::~RegistryClient()
{
    d->cancelAll();
}

void RegistryClient::cancelPending()
{
    d->userStop = true;
    d->cancelAll();
    d->closing = false;
    d->userStop = false;
}

void RegistryClient::setCredentials(const Credentials &credentials)
{
    m_settings.credentials = credentials;
}

QFuture<Result<Endpoints>> RegistryClient::discover()
{
    auto p = newPromise<Result<Endpoints>>();
    const QUrl api = m_settings.apiUrl;
    d->send("GET", Private::join(api, "/.well-known/drogue-endpoints"), {}, false,
            [this, p, api](Result<HttpResult> r) {
        if (!r) {
            fulfil(p, r.error());
            return;
        }
        auto pub = parseObject(*r);
        if (!pub) {
            fulfil(p, pub.error());
            return;
        }
        d->send("GET", Private::join(api, "/api/console/v1alpha1/info"), {}, true,
                [this, p, pubObj = *pub](Result<HttpResult> r2) {
            if (!r2) {
                fulfil(p, r2.error());
                return;
            }
            auto info = parseObject(*r2);
            if (!info) {
                fulfil(p, info.error());
                return;
            }
            QJsonObject merged = pubObj;
            for (auto it = info->begin(); it != info->end(); ++it)
                merged.insert(it.key(), it.value());
            m_endpoints = Endpoints::fromJson(merged);
            fulfil(p, m_endpoints);
        }, Expect::Object);
    }, Expect::Object);
    return p->future();
}

QFuture<Result<QString>> RegistryClient::whoami()
{
    auto p = newPromise<Result<QString>>();
    d->send("GET", Private::join(m_settings.apiUrl, "/api/admin/v1alpha1/user/whoami"), {}, true,
            [p](Result<HttpResult> r) {
        if (!r)
            return fulfil(p, r.error());
        auto obj = parseObject(*r);
        if (!obj)
            return fulfil(p, obj.error());
        const QString id = obj->value("id"_L1).toString();
        if (id.isEmpty())
            return fulfil(p, Error(ErrorCode::MalformedResponse, tr("The server did not say who we are.")));
        fulfil(p, id);
    }, Expect::Object);
    return p->future();
}

QFuture<Result<QList<Application>>> RegistryClient::listApps(const ListOptions &options)
{
    auto p = newPromise<Result<QList<Application>>>();
    d->listAll([this](const QByteArray &q) { return d->appsUrl({}, false, {}, q); }, options, {},
               std::make_shared<QJsonArray>(), [p](Result<QJsonArray> r) {
        if (!r)
            return fulfil(p, r.error());
        QList<Application> out;
        for (const QJsonValue &v : *r)
            out << Application(v.toObject());
        fulfil(p, out);
    });
    return p->future();
}

QFuture<Result<QList<Device>>> RegistryClient::listDevices(const QString &app, const ListOptions &options,
                                                           std::function<void(int)> progress)
{
    auto p = newPromise<Result<QList<Device>>>();
    if (app.isEmpty()) {
        fulfil(p, Error(ErrorCode::InvalidArgument, tr("No application given.")));
        return p->future();
    }
    d->listAll([this, app](const QByteArray &q) { return d->appsUrl(app, true, {}, q); }, options,
               std::move(progress), std::make_shared<QJsonArray>(), [p](Result<QJsonArray> r) {
        if (!r)
            return fulfil(p, r.error());
        QList<Device> out;
        out.reserve(r->size());
        for (const QJsonValue &v : *r)
            out << Device(v.toObject());
        fulfil(p, out);
    });
    return p->future();
}

QFuture<Result<Application>> RegistryClient::getApp(const QString &name)
{
    auto p = newPromise<Result<Application>>();
    if (name.isEmpty()) {
        fulfil(p, Error(ErrorCode::InvalidArgument, tr("No application given.")));
        return p->future();
    }
    d->send("GET", d->appsUrl(name), {}, true, [p](Result<HttpResult> r) {
        if (!r)
            return fulfil(p, r.error());
        auto obj = parseObject(*r);
        if (!obj)
            return fulfil(p, obj.error());
        fulfil(p, Application(*obj));
    }, Expect::Object);
    return p->future();
}

QFuture<Result<Device>> RegistryClient::getDevice(const QString &app, const QString &name)
{
    auto p = newPromise<Result<Device>>();
    if (app.isEmpty() || name.isEmpty()) {
        fulfil(p, Error(ErrorCode::InvalidArgument, tr("No application or device given.")));
        return p->future();
    }
    d->send("GET", d->appsUrl(app, true, name), {}, true, [p](Result<HttpResult> r) {
        if (!r)
            return fulfil(p, r.error());
        auto obj = parseObject(*r);
        if (!obj)
            return fulfil(p, obj.error());
        fulfil(p, Device(*obj));
    }, Expect::Object);
    return p->future();
}

namespace {
Done statusDone(const std::shared_ptr<QPromise<Status>> &p)
{
    return [p](Result<HttpResult> r) {
        if (!r)
            return fulfil(p, r.error());
        fulfil(p, Status());
    };
}

QByteArray preconditions(const QString &uid, const QString &resourceVersion)
{
    if (uid.isEmpty() && resourceVersion.isEmpty())
        return {};
    QJsonObject pre;
    if (!uid.isEmpty())
        pre.insert("uid"_L1, uid);
    if (!resourceVersion.isEmpty())
        pre.insert("resourceVersion"_L1, resourceVersion);
    return QJsonDocument(QJsonObject{{u"preconditions"_s, pre}}).toJson(QJsonDocument::Compact);
}
} // namespace

QFuture<Status> RegistryClient::createApp(const Application &app)
{
    auto p = newPromise<Status>();
    if (const QString why = validateApplicationName(app.name()); !why.isEmpty()) {
        fulfil(p, Error(ErrorCode::InvalidArgument, why));
        return p->future();
    }
    d->write("POST", d->appsUrl(), d->appsUrl(app.name()), app, statusDone(p));
    return p->future();
}

QFuture<Status> RegistryClient::updateApp(const Application &app)
{
    auto p = newPromise<Status>();
    d->write("PUT", d->appsUrl(app.name()), d->appsUrl(app.name()), app, statusDone(p));
    return p->future();
}

QFuture<Status> RegistryClient::deleteApp(const QString &name, const QString &uid, const QString &resourceVersion)
{
    auto p = newPromise<Status>();
    if (name.isEmpty()) {
        fulfil(p, Error(ErrorCode::InvalidArgument, tr("No application given.")));
        return p->future();
    }
    d->send("DELETE", d->appsUrl(name), preconditions(uid, resourceVersion), true, statusDone(p));
    return p->future();
}

QFuture<Status> RegistryClient::createDevice(const Device &device)
{
    auto p = newPromise<Status>();
    if (const QString why = validateDeviceName(device.name()); !why.isEmpty()) {
        fulfil(p, Error(ErrorCode::InvalidArgument, why));
        return p->future();
    }
    if (device.application().isEmpty()) {
        fulfil(p, Error(ErrorCode::InvalidArgument, tr("The device has no application.")));
        return p->future();
    }
    d->write("POST", d->appsUrl(device.application(), true), d->appsUrl(device.application(), true, device.name()),
             device, statusDone(p));
    return p->future();
}

QFuture<Status> RegistryClient::updateDevice(const Device &device)
{
    auto p = newPromise<Status>();
    d->write("PUT", d->appsUrl(device.application(), true, device.name()),
             d->appsUrl(device.application(), true, device.name()), device, statusDone(p));
    return p->future();
}

QFuture<Status> RegistryClient::deleteDevice(const QString &app, const QString &name, const QString &uid,
                                             const QString &resourceVersion)
{
    auto p = newPromise<Status>();
    if (app.isEmpty() || name.isEmpty()) {
        fulfil(p, Error(ErrorCode::InvalidArgument, tr("No application or device given.")));
        return p->future();
    }
    d->send("DELETE", d->appsUrl(app, true, name), preconditions(uid, resourceVersion), true, statusDone(p));
    return p->future();
}

namespace {

// A 409 because the object changed since it was read (not e.g. a taken
// alias). Servers that send no error name are given the benefit of the doubt.
bool isLockFailure(const Error &e)
{
    return e.detail.endsWith(u"HTTP 409"_s) || e.detail.endsWith(u"HTTP 409 OptimisticLockFailed"_s);
}

// The generic read-change-write loop of modifyApp / modifyDevice.
template <typename T>
struct Modify : std::enable_shared_from_this<Modify<T>> {
    std::function<void(std::function<void(Result<T>)>)> get;      // GET the object
    std::function<void(const T &, bool create, Done)> write;       // PUT, or POST when create
    std::function<Status(T &)> change;
    std::function<T()> fresh;                                      // for createIfAbsent, else empty
    // Runs the first function after ms, or the second when the client closes.
    std::function<void(int, std::function<void()>, std::function<void()>)> later;
    std::function<Error()> cancelled;
    std::shared_ptr<QPromise<Result<T>>> promise;
    int attemptsLeft = 8;
    int conflicts = 0;
    QString what;
    // The last create refused with 409: if a re-read still finds no object,
    // nobody created it first and the conflict is something else (a taken
    // alias), which is final.
    std::optional<Error> createConflict;

    // Someone else wrote meanwhile: wait a little (exponential, with
    // jitter, so that two writers do not collide again), then re-read and
    // re-apply the change.
    Error givenUp() const
    {
        return Error(ErrorCode::Conflict, RegistryClient::tr("%1 kept changing on the server: %2 writes in a row were "
                                                             "refused (409, changed meanwhile); gave up.")
                                              .arg(what)
                                              .arg(conflicts));
    }

    void again()
    {
        ++conflicts;
        if (attemptsLeft <= 0) // that was the last attempt: no wait for nothing
            return fulfil(promise, givenUp());
        const int base = std::min(1000, 50 << std::min(conflicts - 1, 10));
        const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
        qCDebug(lcCloud).noquote() << what << "changed meanwhile (409): re-reading in" << delay << "ms";
        auto self = this->shared_from_this();
        later(delay, [self] { self->attempt(); }, [self] { fulfil(self->promise, self->cancelled()); });
    }

    void attempt()
    {
        if (attemptsLeft-- <= 0)
            return fulfil(promise, givenUp());
        auto self = this->shared_from_this();
        get([self](Result<T> current) {
            bool create = false;
            T obj;
            if (current) {
                obj = *current;
            } else if (current.error().code == ErrorCode::NotFound && self->fresh) {
                if (self->createConflict)
                    return fulfil(self->promise, *self->createConflict);
                obj = self->fresh();
                create = true;
            } else {
                return fulfil(self->promise, current.error());
            }
            if (Status st = self->change(obj); !st)
                return fulfil(self->promise, st.error());
            self->write(obj, create, [self, create](Result<HttpResult> r) {
                if (!r) {
                    // Someone else wrote (lock failed), or created the object
                    // first: re-read, re-apply (a create refused and the
                    // object still absent on re-read: final, see
                    // createConflict). Other conflicts (a taken alias) are final.
                    if (r.error().code == ErrorCode::Conflict && (create || isLockFailure(r.error()))) {
                        if (create)
                            self->createConflict = r.error();
                        return self->again();
                    }
                    return fulfil(self->promise, r.error());
                }
                // Return the object as stored (resourceVersion, status).
                self->get([self](Result<T> stored) { fulfil(self->promise, stored); });
            });
        });
    }
};

} // namespace

QFuture<Result<Application>> RegistryClient::modifyApp(const QString &name, AppChange change, int maxAttempts)
{
    auto m = std::make_shared<Modify<Application>>();
    m->promise = newPromise<Result<Application>>();
    m->attemptsLeft = maxAttempts;
    m->cancelled = [this] { return d->cancelled(); };
    m->later = [this](int ms, std::function<void()> then, std::function<void()> cancel) {
        d->later(ms, std::move(then), std::move(cancel));
    };
    m->what = tr("Application '%1'").arg(name);
    m->change = std::move(change);
    m->get = [this, name](std::function<void(Result<Application>)> done) {
        d->getObject(d->appsUrl(name), [done](Result<QJsonObject> r) {
            done(r ? Result<Application>(Application(*r)) : Result<Application>(r.error()));
        });
    };
    m->write = [this](const Application &app, bool, Done done) {
        d->write("PUT", d->appsUrl(app.name()), d->appsUrl(app.name()), app, std::move(done));
    };
    m->attempt();
    return m->promise->future();
}

QFuture<Result<Device>> RegistryClient::modifyDevice(const QString &app, const QString &name, DeviceChange change,
                                                     bool createIfAbsent, int maxAttempts)
{
    auto m = std::make_shared<Modify<Device>>();
    m->promise = newPromise<Result<Device>>();
    m->attemptsLeft = maxAttempts;
    m->cancelled = [this] { return d->cancelled(); };
    m->later = [this](int ms, std::function<void()> then, std::function<void()> cancel) {
        d->later(ms, std::move(then), std::move(cancel));
    };
    m->what = tr("Device '%1'").arg(name);
    m->change = std::move(change);
    if (createIfAbsent)
        m->fresh = [app, name] { return Device::create(app, name); };
    m->get = [this, app, name](std::function<void(Result<Device>)> done) {
        d->getObject(d->appsUrl(app, true, name), [done](Result<QJsonObject> r) {
            done(r ? Result<Device>(Device(*r)) : Result<Device>(r.error()));
        });
    };
    m->write = [this, app, name](const Device &dev, bool create, Done done) {
        if (dev.name() != name || dev.application() != app) {
            done(Error(ErrorCode::InvalidArgument, tr("A change must not rename a device.")));
            return;
        }
        if (create)
            d->write("POST", d->appsUrl(app, true), d->appsUrl(app, true, name), dev, std::move(done));
        else
            d->write("PUT", d->appsUrl(app, true, name), d->appsUrl(app, true, name), dev, std::move(done));
    };
    m->attempt();
    return m->promise->future();
}

QFuture<Status> RegistryClient::sendCommand(const QString &app, const QString &device, const QString &command,
                                            const QByteArray &payload)
{
    auto p = newPromise<Status>();
    if (app.isEmpty() || device.isEmpty() || command.isEmpty()) {
        fulfil(p, Error(ErrorCode::InvalidArgument, tr("A command needs an application, a device and a name.")));
        return p->future();
    }
    const QUrl base = m_endpoints.commandUrl.isValid() && !m_endpoints.commandUrl.isEmpty() ? m_endpoints.commandUrl
                                                                                              : m_settings.apiUrl;
    const QByteArray path = "/api/command/v1alpha1/apps/" + QUrl::toPercentEncoding(app) + "/devices/"
                            + QUrl::toPercentEncoding(device);
    const QByteArray query = "command=" + QUrl::toPercentEncoding(command);
    d->send("POST", Private::join(base, path, query), payload, true, [p, app, device](Result<HttpResult> r) {
        if (!r) {
            Error e = r.error();
            // Drogue answers 406 without a body for an unknown or disabled device.
            if (e.detail.endsWith(u"HTTP 406"))
                e.message = tr("The command was not accepted: device '%1' of application '%2' does not exist or is "
                               "disabled.")
                                .arg(device, app);
            return fulfil(p, e);
        }
        fulfil(p, Status());
    });
    return p->future();
}

} // namespace dwb