// Fault injection for drogue-sandbox (--faults SPEC, --faults-seed N):
// latency, 500/503 answers, connections dropped mid-answer or closed before
// the answer, malformed JSON, 409 storms (another writer changes the object just before a PUT/DELETE)
// and slow bodies, per route or for every request, deterministic with a seed.
//
// SPEC: one or more rules, separated by white space (or give --faults
// several times). A rule is ITEMs separated by ';':
//
//   route=[METHODS:]PATH  which requests the rule applies to (default: all).
//                         METHODS: GET,PUT,… or * ; PATH: the decoded path,
//                         '*' matches within one segment, '**' anything.
//   500=P       after handling the request, answer 500 instead (the change
//               is made, the client is told it failed)
//   503=P       answer 503 without handling the request
//   drop=P      handle the request, then close the connection in the middle
//               of the answer: status line, headers with the full
//               Content-Length, half of the body, close. An answer without a
//               body (201/204) is cut in the middle of its headers.
//   close=P     handle the request (the change is made), then close the
//               connection without sending a single byte of the answer (a
//               client cannot tell this from a connection that was idle;
//               Qt sends GET/PUT/DELETE again by itself)
//   reset=P     do NOT handle the request, and close the connection without
//               answering (the change is not made)
//   malformed=P handle the request, then send the first half of a JSON body
//               followed by garbage (same status); answers without a body
//               are left alone
//   conflict=P  PUT/DELETE of an application or device: another writer
//               changes the object first (annotation
//               "sandbox.drogue.io/other-writer" counts its writes), so a
//               request carrying the old resourceVersion gets 409
//   latency=MS or MIN-MAX  wait before handling (every matching request)
//   slow=MS     send the answer's body in 8 pieces spread over MS
//   skip=N      leave the first N matching requests alone
//   limit=N     inject at most N faults
//   seed=N      this rule's random seed (default: --faults-seed + rule index)
//
// P is a probability 0..1; the probabilities of one rule add up to at most
// 1 (one random draw per matching request decides which, if any, applies).
// When several rules match, each draws; the first that picks a fault wins,
// latency and slow take the largest value.
//
// Example: route=GET:/api/registry/v1alpha1/apps/*;503=0.3;latency=200;seed=7
//
// Faults below HTTP (issue 23): a rule with one of these keys is a
// connection rule (no route, no HTTP keys). A small proxy of the sandbox
// (ListenerProxy) then stands in front of each listener it names and
// decides per accepted TCP connection:
//
//   listener=NAMES  api, mqtt, integration (comma-separated; default: all
//                   three for tls-*, mqtt for the broker keys)
//   tls-cut=P       read the client's first TLS bytes (ClientHello), then close
//   tls-stall=P     read the ClientHello, then never answer (the connection
//                   stays open until the client gives up)
//   tls-expired=P   handshake with a server certificate of the local CA that
//                   expired yesterday
//   tls-wrong-name=P  handshake with a certificate for wrong-host.invalid only
//   refuse=1        nothing listens on the listener's port (connection refused)
//   connack-drop=P  (broker, device listener) the device is accepted (CONNACK
//                   0), then its connection is dropped at its first PUBLISH
//   undelivered=P   (broker) a device message is acknowledged (PUBACK) but
//                   never delivered to app/<app>
//   delivery-delay=MS  (broker) the CloudEvent reaches app/<app> MS late
//   skip=N, limit=N, seed=N as for HTTP rules (broker keys: per message/login)
//
// Example: listener=mqtt;tls-stall=1;limit=1   undelivered=1
#pragma once

#include "core/util/Result.h"
#include "sandbox/Registry.h"

#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>
#include <random>

class QHttpServerRequest;
class QHttpServerResponder;

namespace dwb::sandbox {

// "GET", "PUT", … of a request (SandboxServer.cpp).
QByteArray methodName(const QHttpServerRequest &request);
// Sends an answer as it is (SandboxServer.cpp).
void writeReply(const HttpReply &reply, QHttpServerResponder &&responder);

struct FaultRule {
    QString text;                   // as given, for messages and the log
    QList<QByteArray> methods;      // empty: any method
    QString pathPattern;            // empty: any path
    QRegularExpression path;
    double p500 = 0, p503 = 0, pDrop = 0, pMalformed = 0, pConflict = 0, pClose = 0, pReset = 0;
    int latencyMin = 0, latencyMax = 0;
    int slowMs = 0;
    int skip = 0;
    int limit = -1;                 // -1: no limit
    bool hasSeed = false;
    quint64 seed = 0;
    // Connection rules (below HTTP)
    bool connection = false;        // a listener / TLS / broker rule
    QStringList listeners;          // "api", "mqtt", "integration"
    double pTlsCut = 0, pTlsStall = 0, pTlsExpired = 0, pTlsWrongName = 0;
    bool refuse = false;
    double pConnackDrop = 0, pUndelivered = 0;
    int deliveryDelayMs = 0;
    bool isBrokerRule() const { return pConnackDrop > 0 || pUndelivered > 0 || deliveryDelayMs > 0; }
    bool hasTlsFault() const { return pTlsCut + pTlsStall + pTlsExpired + pTlsWrongName > 0; }
};

enum class FaultKind { None, Status500, Status503, Drop, Malformed, Conflict, Close, Reset };

// What the listener proxy does with one accepted connection.
enum class ConnectionFault { None, TlsCut, TlsStall, TlsExpired, TlsWrongName };

struct FaultDecision {
    FaultKind kind = FaultKind::None;
    int latencyMs = 0;
    int slowMs = 0;
    int rule = -1;                  // 1-based index of the rule that picked kind
};

class FaultInjector : public QObject {
    Q_OBJECT
public:
    // specs: the values of --faults (each may hold several rules).
    static Result<QList<FaultRule>> parse(const QStringList &specs);
    static QString grammar();       // the SPEC summary for --help

    FaultInjector(QList<FaultRule> rules, quint64 seed, QObject *parent = nullptr);
    ~FaultInjector() override;

    // What happens to one request (advances the rules' random state).
    FaultDecision decide(const QByteArray &method, const QString &decodedPath);

    // How the server answers normally, and who is asking (for conflict).
    struct Hooks {
        std::function<HttpReply(const QHttpServerRequest &)> handle;
        std::function<QString(const QHttpServerRequest &)> authenticate;
        Registry *registry = nullptr;
    };
    void setHooks(Hooks hooks) { m_hooks = std::move(hooks); }

    // Answers one request, with the faults decide() picks.
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    const QList<FaultRule> &rules() const { return m_rules; }
    quint64 seed() const { return m_seed; }
    int injected() const { return m_injected; }  // faults injected so far (not latency/slow)

    static QString kindName(FaultKind kind);
    static QString connectionFaultName(ConnectionFault kind);

    // Connection rules: whether a listener needs a proxy (a TLS fault or
    // refuse names it), whether it refuses, and what one new connection gets.
    bool proxies(const QString &listener) const;
    bool refuses(const QString &listener) const;
    ConnectionFault decideConnection(const QString &listener, int *rule = nullptr);
    // The broker rules as the plugin's option (plugin_opt_faults), empty if none:
    // "connack-drop=P;undelivered=P;delivery-delay=MS;skip=N;limit=N;seed=N" per rule, '/' between.
    QString brokerPluginFaults() const;
    // Every HTTP rule is a connection rule: requests are served unchanged.
    bool hasHttpRules() const;

private:
    struct RuleState {
        std::mt19937_64 rng;
        int matched = 0;
        int fired = 0;
    };
    void answer(const QHttpServerRequest &request, QHttpServerResponder &&responder, FaultDecision decision);
    void otherWriter(const QHttpServerRequest &request);

    QList<FaultRule> m_rules;
    QList<RuleState> m_state;
    quint64 m_seed = 0;
    Hooks m_hooks;
    int m_injected = 0;
    int m_otherWrites = 0;
};

} // namespace dwb::sandbox
