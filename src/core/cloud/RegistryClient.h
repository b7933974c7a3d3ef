// The asynchronous Drogue Cloud client on QNetworkAccessManager.
//
// Every call returns a QFuture<Result<T>> that finishes on the client's
// thread (the thread it lives in, which needs an event loop). Errors are
// typed (ErrorCode::Forbidden/NotFound/Conflict/Server/Timeout/Tls/
// MalformedResponse/Network) with the server's message when it sent one.
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

struct ConnectionSettings {
    QUrl apiUrl;             // e.g. http://127.0.0.1:8011
    Credentials credentials;
    QString serverCaFile;    // PEM of a local CA to trust (local_certs); empty = system CAs
    int timeoutMs = 30000;   // per request
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
    // re-read and re-apply, at most maxAttempts times. A change returning
    // an error aborts with it. The result is the object as stored.
    using AppChange = std::function<Status(Application &)>;
    using DeviceChange = std::function<Status(Device &)>;
    QFuture<Result<Application>> modifyApp(const QString &name, AppChange change,
                                           int maxAttempts = 8);
    // With createIfAbsent, a 404 on GET applies the change to a new device
    // and POSTs it (a 409 on POST re-reads and retries).
    QFuture<Result<Device>> modifyDevice(const QString &app, const QString &name,
                                         DeviceChange change, bool createIfAbsent = false,
                                         int maxAttempts = 8);

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
