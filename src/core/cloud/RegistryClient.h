// The asynchronous Drogue Cloud client on QNetworkAccessManager.
//
// Every call returns a QFuture<Result<T>> that finishes on the client's
// thread (the thread it lives in, which needs an event loop). Errors are
// typed (ErrorCode::Forbidden/NotFound/Conflict/Server/Timeout/Tls/
// MalformedResponse/Network) with the server's message when it sent one.
//
// Transient failures are retried with exponential backoff and jitter
// (100 ms doubling to 2 s) until ConnectionSettings::retryBudgetMs has passed:
// reads after a 5xx, a dropped connection or a body that is not JSON; PUT and
// DELETE after a 5xx or a dropped connection; a POST whose outcome is unknown
// only after a GET shows that the object does not exist. After an unknown
// outcome, a 409 (PUT/POST) or 404 (DELETE) is checked against the stored
// object, so that a write whose answer was lost counts as done. Refused
// connections, timeouts, TLS errors and 4xx are not retried. Then the error
// says what kept failing and for how long.
// From code without an event loop (dwb), use dwb::await(future).
#pragma once

#include "core/cloud/Endpoints.h"
#include "core/cloud/Resources.h"
#include "core/util/Result.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace dwb {

struct Credentials {
    enum class Kind { None, AccessToken, Bearer };
    Kind kind = Kind::None;
    QString user;          // AccessToken: user id
    QString secret;        // AccessToken: token; Bearer: access token (never logged)

    static Credentials accessToken(const QString &user, const QString &token);
    static Credentials bearer(const QString &accessToken);
    QByteArray authorizationHeader() const; // "Basic …" / "Bearer …" / empty
};

// 20 s, or the environment's DWB_RETRY_SECONDS (e.g. 0 or 2.5).
int defaultRetryBudgetMs();
// 30 s, or the environment's DWB_TIMEOUT_SECONDS (more than 0, e.g. 2.5).
int defaultTimeoutMs();

struct ConnectionSettings {
    QUrl apiUrl;             // e.g. http://127.0.0.1:8011
    Credentials credentials;
    QString serverCaFile;    // PEM of a local CA to trust (local_certs); empty = system CAs
    int timeoutMs = defaultTimeoutMs();   // per request (no answer byte for this long: Timeout)
    // Retries of what is safe to repeat stop after this long (0: none).
    int retryBudgetMs = defaultRetryBudgetMs();
    // Which connection this is, for the certificate ledger's records: the
    // saved context's name, "sandbox" (any sandbox connection: the window's
    // and dwb --sandbox, Context::ledgerContext) or the URL (dwb --url).
    QString contextName;
};

struct ListOptions {
    QString labelSelector;   // "labels" query
    int pageSize = 500;      // "limit" per request; pages follow with "offset"
};

class RegistryClient : public QObject {
    Q_OBJECT
public:
    explicit RegistryClient(ConnectionSettings settings, QObject *parent = nullptr);
    ~RegistryClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    void setCredentials(const Credentials &credentials); // e.g. after an OIDC refresh

    // Discovery: public endpoints, then (authenticated) info. The registry
    // URL of the result is used for the registry calls below; before
    // discover() succeeds, the API URL is used.
    QFuture<Result<Endpoints>> discover();
    QFuture<Result<QString>> whoami();           // user id
    const Endpoints &endpoints() const { return m_endpoints; }

    // Stops everything under way (a Stop button): requests waiting, on the
    // wire or waiting for a retry finish now with ErrorCode::Cancelled
    // ("stopped"). The client stays usable for new requests. A write that was
    // already on the wire may still have been made by the server.
    void cancelPending();

    QFuture<Result<QList<Application>>> listApps(const ListOptions &options = {});
    QFuture<Result<Application>> getApp(const QString &name);
    QFuture<Status> createApp(const Application &app);
    QFuture<Status> updateApp(const Application &app);
    // Deletes with preconditions when uid/resourceVersion are given.
    QFuture<Status> deleteApp(const QString &name, const QString &uid = {},
                              const QString &resourceVersion = {});

    // progress(loaded so far) is called after each page.
    QFuture<Result<QList<Device>>> listDevices(const QString &app, const ListOptions &options = {},
                                               std::function<void(int)> progress = {});
    QFuture<Result<Device>> getDevice(const QString &app, const QString &name);
    QFuture<Status> createDevice(const Device &device);
    QFuture<Status> updateDevice(const Device &device);
    QFuture<Status> deleteDevice(const QString &app, const QString &name, const QString &uid = {},
                                 const QString &resourceVersion = {});

    // "Apply this change to the latest object": GET, change, PUT; on 409
    // wait (backoff with jitter), re-read and re-apply, at most maxAttempts
    // times. The change may run several times, on different versions of the
    // object: it must be idempotent (add an alias only when absent). A change
    // returning an error aborts with it. The result is the object as stored.
    using AppChange = std::function<Status(Application &)>;
    using DeviceChange = std::function<Status(Device &)>;
    QFuture<Result<Application>> modifyApp(const QString &name, AppChange change,
                                           int maxAttempts = 8);
    // With createIfAbsent, a 404 on GET applies the change to a new device
    // and POSTs it (a 409 on POST re-reads and retries).
    QFuture<Result<Device>> modifyDevice(const QString &app, const QString &name,
                                         DeviceChange change, bool createIfAbsent = false,
                                         int maxAttempts = 8);

    // Drogue's command API: POST /api/command/v1alpha1/apps/{app}/devices/
    // {device}?command=NAME with the payload (JSON, may be empty), on the
    // discovered command_url or the API URL. Done when the server accepted
    // it (202); the server delivers it to the device's MQTT connections
    // subscribed on command/inbox/... and to its HTTP requests waiting with
    // ?ct=. An unknown or disabled device is refused (406).
    QFuture<Status> sendCommand(const QString &app, const QString &device, const QString &command,
                                const QByteArray &payload = {});

private:
    struct Private;
    ConnectionSettings m_settings;
    Endpoints m_endpoints;
    std::unique_ptr<Private> d;
};

// Waits for a future while running a local event loop (for dwb and tests).
template <typename T>
T await(QFuture<T> future);

} // namespace dwb

#include "core/cloud/Await.h"
