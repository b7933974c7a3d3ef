#include "core/cloud/RegistryClientPrivate.h"

#include "core/cloud/OneShotBody.h"
#include "core/util/TlsFailure.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace dwb {

Q_LOGGING_CATEGORY(lcCloud, "dwb.cloud", QtInfoMsg)

using registryanswer::checkShape;
using registryanswer::httpError;
using registryanswer::parseArray;
using registryanswer::parseObject;
using registryanswer::storedMatches;
using registryanswer::tlsFailureOf;

namespace {

QByteArray enc(const QString &segment) { return QUrl::toPercentEncoding(segment); }

} // namespace

QUrl RegistryClient::Private::registryBase() const
{
    const QUrl r = q->m_endpoints.registry;
    return r.isValid() && !r.isEmpty() ? r : q->m_settings.apiUrl;
}

QUrl RegistryClient::Private::join(const QUrl &base, const QByteArray &encodedPath, const QByteArray &query)
{
    QByteArray b = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (b.endsWith('/'))
        b.chop(1);
    QUrl u = QUrl::fromEncoded(b + encodedPath, QUrl::StrictMode);
    if (!query.isEmpty())
        u.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return u;
}

QUrl RegistryClient::Private::appsUrl(const QString &app, bool devices, const QString &device,
                                      const QByteArray &query) const
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

void RegistryClient::Private::sendOnce(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth,
                                       WireDone done)
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

Error RegistryClient::Private::cancelled() const
{
    return userStop ? Error(ErrorCode::Cancelled, tr("Stopped: the request was cancelled."))
                    : Error(ErrorCode::Cancelled, tr("The request was cancelled: the connection was closed."));
}

void RegistryClient::Private::later(int ms, std::function<void()> then, std::function<void()> onCancel)
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

void RegistryClient::Private::cancelAll()
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

void RegistryClient::Private::send(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth,
                                   Done done, Expect expect)
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

void RegistryClient::Private::send(Call c, Done done)
{
    auto r = std::make_shared<Retrying>();
    r->d = this;
    r->call = std::move(c);
    r->done = std::move(done);
    r->budgetMs = q->m_settings.retryBudgetMs;
    r->clock.start();
    r->attempt();
}

void RegistryClient::Private::write(const QByteArray &method, const QUrl &url, const QUrl &objectUrl,
                                    const Resource &resource, Done done)
{
    Call c;
    c.method = method;
    c.url = url;
    c.sent = resource.toUpdateJson();
    c.body = QJsonDocument(c.sent).toJson(QJsonDocument::Compact);
    c.objectUrl = objectUrl;
    send(std::move(c), std::move(done));
}

QString RegistryClient::Private::what(const Call &c)
{
    return QString::fromLatin1(c.method) + u' ' + c.url.toString(QUrl::RemoveUserInfo);
}

void RegistryClient::Private::Retrying::attempt()
{
    ++attempts;
    auto self = shared_from_this();
    d->sendOnce(call.method, call.url, call.body, call.auth, [self](Wire w) { self->finished(std::move(w)); });
}

void RegistryClient::Private::Retrying::finished(Wire w)
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

void RegistryClient::Private::Retrying::retry(const Error &e, int status)
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

Error RegistryClient::Private::Retrying::gaveUp(const Error &e) const
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

void RegistryClient::Private::Retrying::checkBeforeRepost()
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

void RegistryClient::Private::Retrying::checkStored(const Error &conflict)
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

void RegistryClient::Private::Retrying::compare(const QJsonObject &stored, const Error &otherwise)
{
    if (storedMatches(stored, call.sent)) {
        qCDebug(lcCloud) << "the earlier attempt was stored:" << what(call);
        return done(HttpResult{call.method == "POST" ? 201 : 204, {}, {}});
    }
    done(otherwise);
}

void RegistryClient::Private::getObject(const QUrl &url, std::function<void(Result<QJsonObject>)> done)
{
    send("GET", url, {}, true, [done](Result<HttpResult> r) {
        if (!r)
            return done(r.error());
        done(parseObject(*r));
    }, Expect::Object);
}

void RegistryClient::Private::sendNow(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth,
                                      WireDone done)
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

void RegistryClient::Private::listAll(std::function<QUrl(const QByteArray &query)> url, const ListOptions &options,
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

} // namespace dwb
