#include "core/cloud/RegistryClient.h"

#include "core/util/TlsFailure.h"

#include <optional>

#include <QFile>
#include <QIODevice>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

// Requests, answers and retries; off unless QT_LOGGING_RULES enables
// dwb.cloud.debug. Never a credential or a body.
Q_LOGGING_CATEGORY(lcCloud, "dwb.cloud", QtInfoMsg)

QString tr(const char *text) { return RegistryClient::tr(text); }

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray location;
};

using Done = std::function<void(Result<HttpResult>)>;

QByteArray enc(const QString &segment) { return QUrl::toPercentEncoding(segment); }

// The body of a write (POST, PUT, DELETE; DELETE's may be empty), readable
// once. QNetworkAccessManager sends a request again by itself when the
// connection closes before the first byte of the answer; it first rewinds the
// body, which this one refuses, so Qt reports ContentReSendError instead and
// the retry logic here decides with the outcome known to be unknown (a 409 or
// 404 then is checked against the stored object; a POST is repeated only
// after a GET shows it did not happen). Random access with a known size, so
// Qt hands it to its HTTP thread in one piece (a sequential body costs a
// round trip more per request: about 10% of the batch registration rate).
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64 pos) override { return pos == m_pos && QIODevice::seek(pos); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

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

// What a 2xx answer's body must be; a read whose body is not is retried.
enum class Expect { Nothing, Object, Array };

Status checkShape(const HttpResult &r, Expect expect)
{
    if (expect == Expect::Object) {
        if (auto o = parseObject(r); !o)
            return o.error();
    } else if (expect == Expect::Array) {
        if (auto a = parseArray(r); !a)
            return a.error();
    }
    return {};
}

// Whether the stored object holds what was sent (spec, labels,
// annotations): then an earlier attempt whose answer was lost did the write.
bool storedMatches(const QJsonObject &stored, const QJsonObject &sent)
{
    const QJsonObject sm = stored.value("metadata"_L1).toObject(), tm = sent.value("metadata"_L1).toObject();
    for (const char *key : {"labels", "annotations"})
        if (sm.value(QLatin1String(key)).toObject() != tm.value(QLatin1String(key)).toObject())
            return false;
    return stored.value("spec"_L1).toObject() == sent.value("spec"_L1).toObject();
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

// An expired or misnamed server certificate, named for the user.
TlsFailure tlsFailureOf(const QSslError &e, const QString &host)
{
    TlsFailure f;
    const QSslCertificate cert = e.certificate();
    if (e.error() == QSslError::CertificateExpired) {
        f.kind = TlsFailure::Kind::Expired;
        f.notAfter = cert.expiryDate();
    } else if (e.error() == QSslError::HostNameMismatch) {
        f.kind = TlsFailure::Kind::NameMismatch;
        f.host = host;
        const auto sans = cert.subjectAlternativeNames();
        for (auto it = sans.cbegin(); it != sans.cend(); ++it)
            f.names << it.value();
        if (f.names.isEmpty())
            f.names = cert.subjectInfo(QSslCertificate::CommonName);
    }
    return f;
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

    // --- one request on the wire ----------------------------------------------

    // What one attempt ended with: the result, the HTTP status when one
    // arrived, and whether trying again may help (5xx, a connection dropped
    // before the whole answer arrived).
    struct Wire {
        Result<HttpResult> result;
        int status = 0;
        bool transient = false;
    };
    using WireDone = std::function<void(Wire)>;

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
        WireDone done;
    };
    QList<Waiting> waiting;
    QHash<QNetworkReply *, WireDone> active;   // what each reply on the wire finishes
    bool closing = false;
    // Retries waiting for their backoff to pass: id -> what cancels them.
    QHash<int, std::function<void()>> sleeping;
    int lastSleepId = 0;

    void sendOnce(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth, WireDone done)
    {
        if (closing) {
            done(Wire{cancelled()});
            return;
        }
        if (inFlight >= kMaxInFlight) {
            waiting.append(Waiting{method, url, body, auth, std::move(done)});
            return;
        }
        ++inFlight;
        WireDone finished = [this, done](Wire w) {
            --inFlight;
            if (!waiting.isEmpty()) {
                Waiting next = waiting.takeFirst();
                sendOnce(next.method, next.url, next.body, next.auth, std::move(next.done));
            }
            done(std::move(w));
        };
        sendNow(method, url, body, auth, std::move(finished));
    }

    bool userStop = false;   // cancelPending() rather than the client closing
    Error cancelled() const
    {
        return userStop ? Error(ErrorCode::Cancelled, tr("Stopped: the request was cancelled."))
                        : Error(ErrorCode::Cancelled, tr("The request was cancelled: the connection was closed."));
    }

    // Runs then() after ms, unless the client closes first (then onCancel()).
    void later(int ms, std::function<void()> then, std::function<void()> onCancel)
    {
        if (closing) {
            onCancel();
            return;
        }
        const int id = ++lastSleepId;
        sleeping.insert(id, std::move(onCancel));
        QTimer::singleShot(ms, q, [this, id, then = std::move(then)] {
            if (sleeping.remove(id))
                then();
        });
    }

    // Finishes everything still waiting, sleeping or on the wire with
    // Cancelled, so that no future is left unfinished.
    void cancelAll()
    {
        closing = true;
        for (Waiting &w : std::exchange(waiting, {}))
            w.done(Wire{cancelled()});
        for (const auto &onCancel : std::exchange(sleeping, {}))
            onCancel();
        const auto replies = std::exchange(active, {});
        for (auto it = replies.begin(); it != replies.end(); ++it) {
            QObject::disconnect(it.key(), nullptr, q, nullptr);
            it.key()->abort();
            it.key()->deleteLater();
            it.value()(Wire{cancelled()});
        }
    }

    // --- retries ----------------------------------------------------------------

    // One logical request: retried while the failure is transient and the
    // retry budget lasts. Only what is safe is repeated: GET always; PUT and
    // DELETE (idempotent) after a 5xx or a dropped connection; a POST whose
    // outcome is unknown only after a GET shows the object was not created.
    // After an unknown outcome, a 409 on PUT/POST is checked by GET (the
    // stored object equals what was sent: it was our write), and a 404 on
    // DELETE means it was deleted.
    struct Call {
        QByteArray method;
        QUrl url;
        QByteArray body;
        bool auth = true;
        Expect expect = Expect::Nothing;   // what a 2xx body must parse as
        QUrl objectUrl;                    // POST/PUT/DELETE: the object's URL
        QJsonObject sent;                  // POST/PUT: the object sent
    };

    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth, Done done,
              Expect expect = Expect::Nothing)
    {
        Call c;
        c.method = method;
        c.url = url;
        c.body = body;
        c.auth = auth;
        c.expect = expect;
        if (method == "PUT" || method == "DELETE")
            c.objectUrl = url;
        send(std::move(c), std::move(done));
    }

    void send(Call c, Done done)
    {
        auto r = std::make_shared<Retrying>();
        r->d = this;
        r->call = std::move(c);
        r->done = std::move(done);
        r->budgetMs = q->m_settings.retryBudgetMs;
        r->clock.start();
        r->attempt();
    }

    // POST (objectUrl: where the new object will be) or PUT of a resource.
    void write(const QByteArray &method, const QUrl &url, const QUrl &objectUrl, const Resource &resource, Done done)
    {
        Call c;
        c.method = method;
        c.url = url;
        c.sent = resource.toUpdateJson();
        c.body = QJsonDocument(c.sent).toJson(QJsonDocument::Compact);
        c.objectUrl = objectUrl;
        send(std::move(c), std::move(done));
    }

    static QString what(const Call &c)
    {
        return QString::fromLatin1(c.method) + u' ' + c.url.toString(QUrl::RemoveUserInfo);
    }

    struct Retrying : std::enable_shared_from_this<Retrying> {
        Private *d = nullptr;
        Call call;
        Done done;
        int budgetMs = 0;
        QElapsedTimer clock;
        int attempts = 0;        // requests sent (checks included)
        int failures = 0;        // transient failures so far
        bool unknownOutcome = false;
        int lastStatus = 0;

        void attempt()
        {
            ++attempts;
            auto self = shared_from_this();
            d->sendOnce(call.method, call.url, call.body, call.auth, [self](Wire w) { self->finished(std::move(w)); });
        }

        void finished(Wire w)
        {
            if (w.result) {
                if (call.expect != Expect::Nothing) {
                    auto shape = checkShape(*w.result, call.expect);
                    if (!shape) {
                        if (call.method == "GET")
                            return retry(shape.error(), 0);
                        return done(shape.error());
                    }
                }
                if (failures > 0)
                    qCDebug(lcCloud) << "succeeded after" << failures << "retries in" << clock.elapsed()
                                     << "ms:" << what(call);
                return done(std::move(w.result));
            }
            const Error &e = w.result.error();
            if (unknownOutcome && !call.objectUrl.isEmpty()) {
                if (e.code == ErrorCode::Conflict && !call.sent.isEmpty())
                    return checkStored(e);
                if (e.code == ErrorCode::NotFound && call.method == "DELETE") {
                    qCDebug(lcCloud) << "404 after an unknown outcome: it was deleted:" << what(call);
                    return done(HttpResult{204, {}, {}});
                }
            }
            if (!w.transient)
                return done(e);
            if (call.method != "GET")
                unknownOutcome = true;
            retry(e, w.status);
        }

        // Waits (exponential backoff with jitter) and tries again, or gives
        // up when the budget would be exceeded.
        void retry(const Error &e, int status)
        {
            ++failures;
            lastStatus = status;
            const int base = std::min(kMaxDelayMs, kBaseDelayMs << std::min(failures - 1, 10));
            const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
            if (budgetMs <= 0 || clock.elapsed() + delay > budgetMs)
                return done(gaveUp(e));
            qCDebug(lcCloud).noquote() << "retry" << failures << "in" << delay << "ms after:" << e.toString();
            auto self = shared_from_this();
            d->later(
                delay,
                [self] {
                    // A POST that may have created the object is only sent
                    // again when a GET shows it was not.
                    if (self->call.method == "POST" && self->unknownOutcome && !self->call.objectUrl.isEmpty())
                        self->checkBeforeRepost();
                    else
                        self->attempt();
                },
                [self] { self->done(self->d->cancelled()); });
        }

        Error gaveUp(const Error &e) const
        {
            if (budgetMs <= 0 || failures <= 1)
                return e;
            const QString secs = QString::number(double(clock.elapsed()) / 1000.0, 'f', 1);
            QString text;
            if (lastStatus >= 500)
                text = tr("The server kept answering HTTP %1 for %2 s (%3 attempts); giving up. %4")
                           .arg(lastStatus)
                           .arg(secs)
                           .arg(attempts)
                           .arg(e.message);
            else if (e.code == ErrorCode::MalformedResponse)
                text = tr("The server kept sending answers that are not valid JSON for %1 s (%2 attempts); giving "
                          "up.")
                           .arg(secs)
                           .arg(attempts);
            else
                text = tr("The connection to the server kept dropping for %1 s (%2 attempts); giving up. %3")
                           .arg(secs)
                           .arg(attempts)
                           .arg(e.message);
            return Error(e.code, text, e.detail);
        }

        void checkBeforeRepost()
        {
            ++attempts;
            auto self = shared_from_this();
            d->sendOnce("GET", call.objectUrl, {}, call.auth, [self](Wire w) {
                if (w.result) {
                    auto stored = parseObject(*w.result);
                    if (!stored)
                        return self->retry(stored.error(), 0);
                    return self->compare(*stored, Error(ErrorCode::Conflict,
                                                        tr("Conflict: the name was taken meanwhile by another "
                                                           "object."),
                                                        what(self->call) + u": exists with other content"_s));
                }
                if (w.result.error().code == ErrorCode::NotFound) {
                    qCDebug(lcCloud) << "not created: sending again:" << what(self->call);
                    return self->attempt();
                }
                if (w.transient)
                    return self->retry(w.result.error(), w.status);
                self->done(w.result.error());
            });
        }

        // After an unknown outcome and then a 409: was the earlier attempt ours?
        void checkStored(const Error &conflict)
        {
            ++attempts;
            auto self = shared_from_this();
            d->sendOnce("GET", call.objectUrl, {}, call.auth, [self, conflict](Wire w) {
                if (w.result) {
                    auto stored = parseObject(*w.result);
                    if (!stored)
                        return self->retry(stored.error(), 0);
                    return self->compare(*stored, conflict);
                }
                if (w.transient)
                    return self->retry(w.result.error(), w.status);
                self->done(conflict);
            });
        }

        void compare(const QJsonObject &stored, const Error &otherwise)
        {
            if (storedMatches(stored, call.sent)) {
                qCDebug(lcCloud) << "the earlier attempt was stored:" << what(call);
                return done(HttpResult{call.method == "POST" ? 201 : 204, {}, {}});
            }
            done(otherwise);
        }
    };
    static constexpr int kBaseDelayMs = 100;
    static constexpr int kMaxDelayMs = 2000;

    // GET of one object, without a future (for the modify loops).
    void getObject(const QUrl &url, std::function<void(Result<QJsonObject>)> done)
    {
        send("GET", url, {}, true, [done](Result<HttpResult> r) {
            if (!r)
                return done(r.error());
            done(parseObject(*r));
        }, Expect::Object);
    }

    void sendNow(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth, WireDone done)
    {
        const QString what = QString::fromLatin1(method) + u' ' + url.toString(QUrl::RemoveUserInfo);
        if (sslError && url.scheme() == "https"_L1) {
            done(Wire{*sslError});
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
        qCDebug(lcCloud).noquote() << "->" << what;
        QNetworkReply *reply = nullptr;
        if (method != "GET") {
            auto *once = new OneShotBody(body);
            req.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            reply = nam->sendCustomRequest(req, method, once);
            once->setParent(reply);
        } else {
            reply = nam->sendCustomRequest(req, method, body);
        }
        auto sslErrors = std::make_shared<QStringList>();
        auto tls = std::make_shared<TlsFailure>();
        auto encrypted = std::make_shared<bool>(false);
        const QString host = url.host();
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors, tls, host](const QList<QSslError> &errors) {
            for (const QSslError &e : errors) {
                *sslErrors << e.errorString();
                if (tls->kind == TlsFailure::Kind::None)
                    *tls = tlsFailureOf(e, host);
            }
        });
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [encrypted] { *encrypted = true; });
        // Only a new connection has a handshake (a reused one emits neither signal).
        auto connecting = std::make_shared<bool>(false);
        QObject::connect(reply, &QNetworkReply::socketStartedConnecting, reply, [connecting] { *connecting = true; });
        active.insert(reply, std::move(done));
        QElapsedTimer clock;
        clock.start();
        QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, what, sslErrors, tls, encrypted, connecting, clock, url] {
            reply->deleteLater();
            const WireDone finish = active.take(reply);
            if (!finish)
                return;
            const auto err = reply->error();
            const QString detail = what + u": " + reply->errorString();
            const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
            qCDebug(lcCloud).noquote() << "<-" << what << "HTTP" << status << "error" << int(err) << "in"
                                       << clock.elapsed() << "ms";
            const bool connectionError = err != QNetworkReply::NoError && int(err) < 100;
            if (status > 0 && !connectionError) {
                HttpResult r;
                r.status = status;
                r.body = reply->readAll();
                r.location = reply->rawHeader("Location");
                if (r.status >= 300)
                    finish(Wire{httpError(r.status, r.body, what), status,
                                status == 500 || status == 502 || status == 503 || status == 504});
                else
                    finish(Wire{r, status});
                return;
            }
            // A TLS connection that never finished its handshake: named as such.
            const bool inHandshake = url.scheme() == "https"_L1 && *connecting && !*encrypted
                                     && reply->sslConfiguration().peerCertificate().isNull();
            if (tls->kind != TlsFailure::Kind::None) {
                finish(Wire{Error(ErrorCode::Tls, tls->message(), detail + u"; "_s + sslErrors->join(u"; "))});
                return;
            }
            if (inHandshake && (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError)) {
                TlsFailure f;
                f.kind = TlsFailure::Kind::HandshakeStalled;
                f.waitedMs = q->m_settings.timeoutMs;
                finish(Wire{Error(ErrorCode::Timeout, f.message(), detail), status});
                return;
            }
            if (inHandshake && sslErrors->isEmpty()
                && (err == QNetworkReply::RemoteHostClosedError || err == QNetworkReply::SslHandshakeFailedError)) {
                // Nothing of the request reached the server: safe to send again.
                TlsFailure f;
                f.kind = TlsFailure::Kind::HandshakeCut;
                finish(Wire{Error(ErrorCode::Network, f.message(), detail), status, true});
                return;
            }
            switch (err) {
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                finish(Wire{Error(ErrorCode::Timeout, tr("The server did not answer in time."), detail), status});
                return;
            case QNetworkReply::SslHandshakeFailedError:
                finish(Wire{Error(ErrorCode::Tls,
                                  tr("The secure connection failed: %1")
                                      .arg(sslErrors->isEmpty() ? reply->errorString() : sslErrors->join(u"; ")),
                                  detail)});
                return;
            default:
                break;
            }
            if (!sslErrors->isEmpty()) {
                finish(Wire{Error(ErrorCode::Tls, tr("The secure connection failed: %1").arg(sslErrors->join(u"; ")),
                                  detail)});
                return;
            }
            // The connection ended before the whole answer arrived: the
            // request may or may not have been handled.
            const bool dropped = err == QNetworkReply::RemoteHostClosedError
                                 || err == QNetworkReply::ContentReSendError
                                 || err == QNetworkReply::TemporaryNetworkFailureError
                                 || err == QNetworkReply::NetworkSessionFailedError
                                 || err == QNetworkReply::UnknownNetworkError || status > 0;
            if (dropped) {
                finish(Wire{Error(ErrorCode::Network,
                                  status > 0 ? tr("The connection was dropped in the middle of the server's answer.")
                                             : tr("The connection was dropped before the server answered."),
                                  detail + (status > 0 ? u" after HTTP "_s + QString::number(status) : QString())),
                            status, true});
                return;
            }
            finish(Wire{Error(ErrorCode::Network, tr("Cannot reach the server: %1").arg(reply->errorString()), detail)});
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
        }, Expect::Array);
    }
};

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

} // namespace dwb
