#include "core/cloud/RegistryClient.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QString tr(const char *text) { return RegistryClient::tr(text); }

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray location;
};

using Done = std::function<void(Result<HttpResult>)>;

QByteArray enc(const QString &segment) { return QUrl::toPercentEncoding(segment); }

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

Result<QJsonDocument> parseJson(const HttpResult &r)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error(ErrorCode::MalformedResponse, tr("The server sent an answer that is not valid JSON."),
                     pe.errorString() + u" at offset " + QString::number(pe.offset) + u", HTTP "
                         + QString::number(r.status));
    return doc;
}

Result<QJsonObject> parseObject(const HttpResult &r)
{
    auto doc = parseJson(r);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error(ErrorCode::MalformedResponse, tr("The server sent an unexpected answer."),
                     u"expected a JSON object, HTTP "_s + QString::number(r.status));
    return doc->object();
}

Result<QJsonArray> parseArray(const HttpResult &r)
{
    auto doc = parseJson(r);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return Error(ErrorCode::MalformedResponse, tr("The server sent an unexpected answer."),
                     u"expected a JSON array, HTTP "_s + QString::number(r.status));
    return doc->array();
}

Error httpError(int status, const QByteArray &body, const QString &what)
{
    QString serverError, serverMessage;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        serverError = doc.object().value("error"_L1).toString();
        serverMessage = doc.object().value("message"_L1).toString();
    }
    // A short category, then the server's own words; a longer hint when the
    // server said nothing.
    ErrorCode code = ErrorCode::Unknown;
    QString category, hint;
    if (status == 401 || status == 403) {
        code = ErrorCode::Forbidden;
        category = tr("Access refused");
        hint = tr("check the user and token, or log in again.");
    } else if (status == 404) {
        code = ErrorCode::NotFound;
        category = tr("Not found");
        hint = tr("the application or device does not exist.");
    } else if (status == 409) {
        code = ErrorCode::Conflict;
        category = tr("Conflict");
        hint = tr("the name is taken or the object was changed meanwhile.");
    } else if (status >= 400 && status < 500) {
        code = ErrorCode::BadRequest;
        category = tr("Rejected by the server");
        hint = tr("the request was not accepted (HTTP %1).").arg(status);
    } else if (status >= 500) {
        code = ErrorCode::Server;
        category = tr("Server error");
        hint = tr("the server failed (HTTP %1); try again later.").arg(status);
    } else {
        code = ErrorCode::MalformedResponse;
        category = tr("Unexpected answer");
        hint = tr("the server answered with HTTP %1.").arg(status);
    }
    const QString text = category + u": " + (serverMessage.isEmpty() ? hint : serverMessage);
    QString detail = what + u": HTTP " + QString::number(status);
    if (!serverError.isEmpty())
        detail += u' ' + serverError;
    return Error(code, text, detail);
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

// --- private -----------------------------------------------------------------

struct RegistryClient::Private {
    RegistryClient *q = nullptr;
    QNetworkAccessManager *nam = nullptr;
    std::optional<QSslConfiguration> ssl;
    std::optional<Error> sslError;

    QUrl registryBase() const
    {
        const QUrl r = q->m_endpoints.registry;
        return r.isValid() && !r.isEmpty() ? r : q->m_settings.apiUrl;
    }

    static QUrl join(const QUrl &base, const QByteArray &encodedPath, const QByteArray &query = {})
    {
        QByteArray b = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
        while (b.endsWith('/'))
            b.chop(1);
        QUrl u = QUrl::fromEncoded(b + encodedPath, QUrl::StrictMode);
        if (!query.isEmpty())
            u.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        return u;
    }

    QUrl appsUrl(const QString &app = {}, bool devices = false, const QString &device = {},
                 const QByteArray &query = {}) const
    {
        QByteArray path = "/api/registry/v1alpha1/apps";
        if (!app.isEmpty())
            path += '/' + enc(app);
        if (devices)
            path += "/devices";
        if (!device.isEmpty())
            path += '/' + enc(device);
        return join(registryBase(), path, query);
    }

    // At most kMaxInFlight requests on the wire; the rest wait here, so that
    // the per-request timeout only runs while a request is really sent
    // (QNetworkAccessManager would start it while the request is queued).
    static constexpr int kMaxInFlight = 6;
    int inFlight = 0;
    struct Waiting {
        QByteArray method;
        QUrl url;
        QByteArray body;
        bool auth;
        Done done;
    };
    QList<Waiting> waiting;
    QHash<QNetworkReply *, Done> active;   // what each reply on the wire finishes
    bool closing = false;

    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth, Done done)
    {
        if (closing) {
            done(cancelled());
            return;
        }
        if (inFlight >= kMaxInFlight) {
            waiting.append(Waiting{method, url, body, auth, std::move(done)});
            return;
        }
        ++inFlight;
        Done finished = [this, done](Result<HttpResult> r) {
            --inFlight;
            if (!waiting.isEmpty()) {
                Waiting next = waiting.takeFirst();
                send(next.method, next.url, next.body, next.auth, std::move(next.done));
            }
            done(std::move(r));
        };
        sendNow(method, url, body, auth, std::move(finished));
    }

    static Error cancelled()
    {
        return Error(ErrorCode::Cancelled, tr("The request was cancelled: the connection was closed."));
    }

    // Finishes everything still waiting or on the wire with Cancelled, so
    // that no future is left unfinished.
    void cancelAll()
    {
        closing = true;
        for (Waiting &w : std::exchange(waiting, {}))
            w.done(cancelled());
        const auto replies = std::exchange(active, {});
        for (auto it = replies.begin(); it != replies.end(); ++it) {
            QObject::disconnect(it.key(), nullptr, q, nullptr);
            it.key()->abort();
            it.key()->deleteLater();
            it.value()(cancelled());
        }
    }

    // GET of one object, without a future (for the modify loops).
    void getObject(const QUrl &url, std::function<void(Result<QJsonObject>)> done)
    {
        send("GET", url, {}, true, [done](Result<HttpResult> r) {
            if (!r)
                return done(r.error());
            done(parseObject(*r));
        });
    }

    void sendNow(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth, Done done)
    {
        const QString what = QString::fromLatin1(method) + u' ' + url.toString(QUrl::RemoveUserInfo);
        if (sslError && url.scheme() == "https"_L1) {
            done(*sslError);
            return;
        }
        QNetworkRequest req(url);
        req.setTransferTimeout(q->m_settings.timeoutMs);
        req.setRawHeader("Accept", "application/json");
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (auth && q->m_settings.credentials.kind != Credentials::Kind::None)
            req.setRawHeader("Authorization", q->m_settings.credentials.authorizationHeader());
        if (ssl)
            req.setSslConfiguration(*ssl);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
        auto sslErrors = std::make_shared<QStringList>();
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                *sslErrors << e.errorString();
        });
        active.insert(reply, std::move(done));
        QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, what, sslErrors] {
            reply->deleteLater();
            const Done finish = active.take(reply);
            if (!finish)
                return;
            const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (statusAttr.isValid() && statusAttr.toInt() > 0) {
                HttpResult r;
                r.status = statusAttr.toInt();
                r.body = reply->readAll();
                r.location = reply->rawHeader("Location");
                if (r.status >= 300)
                    finish(httpError(r.status, r.body, what));
                else
                    finish(r);
                return;
            }
            const auto err = reply->error();
            const QString detail = what + u": " + reply->errorString();
            switch (err) {
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                finish(Error(ErrorCode::Timeout, tr("The server did not answer in time."), detail));
                return;
            case QNetworkReply::SslHandshakeFailedError:
                finish(Error(ErrorCode::Tls,
                           tr("The secure connection failed: %1")
                               .arg(sslErrors->isEmpty() ? reply->errorString() : sslErrors->join(u"; ")),
                           detail));
                return;
            default:
                if (!sslErrors->isEmpty()) {
                    finish(Error(ErrorCode::Tls, tr("The secure connection failed: %1").arg(sslErrors->join(u"; ")),
                               detail));
                    return;
                }
                finish(Error(ErrorCode::Network, tr("Cannot reach the server: %1").arg(reply->errorString()),
                           detail));
                return;
            }
        });
    }

    // Reads all pages of a list (limit/offset until a short page).
    void listAll(std::function<QUrl(const QByteArray &query)> url, const ListOptions &options,
                 std::function<void(int)> progress, std::shared_ptr<QJsonArray> acc,
                 std::function<void(Result<QJsonArray>)> done)
    {
        const int pageSize = options.pageSize > 0 ? options.pageSize : 500;
        QByteArray query = "limit=" + QByteArray::number(pageSize) + "&offset=" + QByteArray::number(acc->size());
        if (!options.labelSelector.isEmpty())
            query += "&labels=" + enc(options.labelSelector);
        send("GET", url(query), {}, true, [=, this](Result<HttpResult> r) {
            if (!r) {
                done(r.error());
                return;
            }
            auto page = parseArray(*r);
            if (!page) {
                done(page.error());
                return;
            }
            for (const QJsonValue &v : *page)
                acc->append(v);
            if (progress)
                progress(int(acc->size()));
            if (page->size() < pageSize)
                done(*acc);
            else
                listAll(url, options, progress, acc, done);
        });
    }
};

// --- client ------------------------------------------------------------------

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
        });
    });
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
    });
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
    });
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
    });
    return p->future();
}

namespace {
QByteArray bodyOf(const Resource &r) { return QJsonDocument(r.toUpdateJson()).toJson(QJsonDocument::Compact); }

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
    d->send("POST", d->appsUrl(), bodyOf(app), true, statusDone(p));
    return p->future();
}

QFuture<Status> RegistryClient::updateApp(const Application &app)
{
    auto p = newPromise<Status>();
    d->send("PUT", d->appsUrl(app.name()), bodyOf(app), true, statusDone(p));
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
    d->send("POST", d->appsUrl(device.application(), true), bodyOf(device), true, statusDone(p));
    return p->future();
}

QFuture<Status> RegistryClient::updateDevice(const Device &device)
{
    auto p = newPromise<Status>();
    d->send("PUT", d->appsUrl(device.application(), true, device.name()), bodyOf(device), true, statusDone(p));
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
    std::shared_ptr<QPromise<Result<T>>> promise;
    int attemptsLeft = 8;
    QString what;

    void attempt()
    {
        if (attemptsLeft-- <= 0) {
            fulfil(promise, Error(ErrorCode::Conflict,
                                  RegistryClient::tr("%1 kept changing on the server; gave up after several "
                                                     "attempts.")
                                      .arg(what)));
            return;
        }
        auto self = this->shared_from_this();
        get([self](Result<T> current) {
            bool create = false;
            T obj;
            if (current) {
                obj = *current;
            } else if (current.error().code == ErrorCode::NotFound && self->fresh) {
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
                    // first: re-read, re-apply. Other conflicts (a taken
                    // alias) are final.
                    if (r.error().code == ErrorCode::Conflict && (create || isLockFailure(r.error())))
                        return self->attempt();
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
    m->what = tr("Application '%1'").arg(name);
    m->change = std::move(change);
    m->get = [this, name](std::function<void(Result<Application>)> done) {
        d->getObject(d->appsUrl(name), [done](Result<QJsonObject> r) {
            done(r ? Result<Application>(Application(*r)) : Result<Application>(r.error()));
        });
    };
    m->write = [this](const Application &app, bool, Done done) {
        d->send("PUT", d->appsUrl(app.name()), bodyOf(app), true, std::move(done));
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
            d->send("POST", d->appsUrl(app, true), bodyOf(dev), true, std::move(done));
        else
            d->send("PUT", d->appsUrl(app, true, name), bodyOf(dev), true, std::move(done));
    };
    m->attempt();
    return m->promise->future();
}

} // namespace dwb
