// The inside of RegistryClient (its pimpl): URLs of the registry, the queue
// of requests (at most six on the wire), one request on the wire with its
// timeout and TLS handling, the retries of one logical request, and the
// paging of lists. Included only by RegistryClient.cpp and
// RegistryClientPrivate.cpp.
#pragma once

#include "core/cloud/RegistryAnswer.h"
#include "core/cloud/RegistryClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace dwb {

// Requests, answers and retries; off unless QT_LOGGING_RULES enables
// dwb.cloud.debug. Never a credential or a body.
Q_DECLARE_LOGGING_CATEGORY(lcCloud)

struct RegistryClient::Private {
    using HttpResult = registryanswer::HttpResult;
    using Done = registryanswer::Done;
    using Expect = registryanswer::Expect;

    RegistryClient *q = nullptr;
    QNetworkAccessManager *nam = nullptr;
    std::optional<QSslConfiguration> ssl;
    std::optional<Error> sslError;

    QUrl registryBase() const;
    static QUrl join(const QUrl &base, const QByteArray &encodedPath, const QByteArray &query = {});
    QUrl appsUrl(const QString &app = {}, bool devices = false, const QString &device = {},
                 const QByteArray &query = {}) const;

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

    void sendOnce(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth, WireDone done);

    bool userStop = false;   // cancelPending() rather than the client closing
    Error cancelled() const;

    // Runs then() after ms, unless the client closes first (then onCancel()).
    void later(int ms, std::function<void()> then, std::function<void()> onCancel);

    // Finishes everything still waiting, sleeping or on the wire with
    // Cancelled, so that no future is left unfinished.
    void cancelAll();

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
              Expect expect = Expect::Nothing);
    void send(Call c, Done done);

    // POST (objectUrl: where the new object will be) or PUT of a resource.
    void write(const QByteArray &method, const QUrl &url, const QUrl &objectUrl, const Resource &resource, Done done);

    static QString what(const Call &c);

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

        void attempt();
        void finished(Wire w);
        // Waits (exponential backoff with jitter) and tries again, or gives
        // up when the budget would be exceeded.
        void retry(const Error &e, int status);
        Error gaveUp(const Error &e) const;
        void checkBeforeRepost();
        // After an unknown outcome and then a 409: was the earlier attempt ours?
        void checkStored(const Error &conflict);
        void compare(const QJsonObject &stored, const Error &otherwise);
    };
    static constexpr int kBaseDelayMs = 100;
    static constexpr int kMaxDelayMs = 2000;

    // GET of one object, without a future (for the modify loops).
    void getObject(const QUrl &url, std::function<void(Result<QJsonObject>)> done);

    void sendNow(const QByteArray &method, const QUrl &url, const QByteArray &body, bool auth, WireDone done);

    // Reads all pages of a list (limit/offset until a short page).
    void listAll(std::function<QUrl(const QByteArray &query)> url, const ListOptions &options,
                 std::function<void(int)> progress, std::shared_ptr<QJsonArray> acc,
                 std::function<void(Result<QJsonArray>)> done);
};

} // namespace dwb
