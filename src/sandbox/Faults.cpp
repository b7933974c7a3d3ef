#include "sandbox/Faults.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

namespace {

// The decoded path segments, as SandboxServer::route sees them.
QStringList segmentsOf(const QHttpServerRequest &request)
{
    QStringList segments;
    for (const QString &s : request.url().path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts))
        segments << QUrl::fromPercentEncoding(s.toUtf8());
    return segments;
}

// "/api/registry/v1alpha1/apps/A" or ".../apps/A/devices/D"
bool isRegistryObject(const QStringList &s)
{
    return (s.size() == 5 || (s.size() == 7 && s.at(5) == "devices"_L1)) && s.at(0) == "api"_L1
           && s.at(1) == "registry"_L1 && s.at(2) == "v1alpha1"_L1 && s.at(3) == "apps"_L1;
}

// A uniform double in [0, 1) from 53 random bits (the same on every platform).
double uniform(std::mt19937_64 &rng) { return double(rng() >> 11) * 0x1.0p-53; }

QRegularExpression globToRegex(const QString &glob)
{
    QString re = u"^"_s;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        if (glob.at(i) == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                re += u".*"_s;
                ++i;
            } else {
                re += u"[^/]*"_s;
            }
        } else {
            re += QRegularExpression::escape(QString(glob.at(i)));
        }
    }
    re += u'$';
    return QRegularExpression(re);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// The status line and headers of a reply written by hand (drop, slow).
QByteArray head(const HttpReply &r)
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    if (!r.body.isEmpty())
        h += "Content-Type: application/json\r\n";
    for (const auto &[name, value] : r.headers)
        h += name + ": " + value + "\r\n";
    h += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    return h;
}


void log(const QString &line)
{
    std::fprintf(stderr, "drogue-sandbox: %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

// --- parsing -----------------------------------------------------------------

QString FaultInjector::grammar()
{
    return tr("--faults SPEC: rules separated by spaces (or several --faults); a rule is items separated "
              "by ';':\n"
              "  route=[METHODS:]PATH  e.g. GET,PUT:/api/registry/v1alpha1/apps/* ('*' one segment, '**' "
              "any); default all\n"
              "  500=P 503=P drop=P close=P reset=P malformed=P conflict=P  probabilities (0-1, at most 1 in "
              "total)\n"
              "    close: handled, then the connection closed before any byte of the answer; reset: closed "
              "without handling\n"
              "  latency=MS or MIN-MAX, slow=MS, skip=N, limit=N, seed=N\n"
              "Below HTTP (a rule of its own, per connection or broker message):\n"
              "  listener=api,mqtt,integration  which listeners (default: all three for tls-*, mqtt for the "
              "broker keys)\n"
              "  tls-cut=P tls-stall=P tls-expired=P tls-wrong-name=P  the TLS handshake is cut after the "
              "ClientHello, never answered, or made with an expired certificate or one for another host name\n"
              "  refuse=1  nothing listens on the listener's port\n"
              "  connack-drop=P undelivered=P delivery-delay=MS  broker: the device is dropped at its first "
              "PUBLISH after CONNACK; a message is acknowledged but never delivered; delivered MS late\n");
}

namespace {

Result<FaultRule> parseRule(const QString &text, int index)
{
    const auto fail = [&](const QString &why) {
        return Error(ErrorCode::InvalidArgument,
                     FaultInjector::tr("--faults: rule %1 ('%2'): %3").arg(index).arg(text, why));
    };
    FaultRule rule;
    rule.text = text;
    QSet<QString> seen;
    for (const QString &item : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(FaultInjector::tr("'%1' is not KEY=VALUE.").arg(item));
        const QString key = item.left(eq).trimmed().toLower();
        const QString value = item.mid(eq + 1).trimmed();
        if (seen.contains(key))
            return fail(FaultInjector::tr("'%1' is given twice.").arg(key));
        seen.insert(key);
        const auto probability = [&](double *target) -> std::optional<Error> {
            bool ok = false;
            const double p = value.toDouble(&ok);
            if (!ok || p < 0 || p > 1)
                return fail(FaultInjector::tr("%1 must be a probability between 0 and 1, not '%2'.").arg(key, value));
            *target = p;
            return std::nullopt;
        };
        const auto count = [&](int *target, int max) -> std::optional<Error> {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0 || n > max)
                return fail(FaultInjector::tr("%1 must be a whole number from 0 to %2, not '%3'.")
                                .arg(key)
                                .arg(max)
                                .arg(value));
            *target = n;
            return std::nullopt;
        };
        std::optional<Error> error;
        if (key == "route"_L1) {
            QString methods, path = value;
            if (!value.startsWith(u'/')) {
                const qsizetype colon = value.indexOf(u':');
                if (colon < 0)
                    return fail(FaultInjector::tr("route must be [METHODS:]PATH with PATH starting with '/'."));
                methods = value.left(colon);
                path = value.mid(colon + 1);
            }
            if (!path.startsWith(u'/'))
                return fail(FaultInjector::tr("the route's path must start with '/', not '%1'.").arg(path));
            for (const QString &m : methods.split(u',', Qt::SkipEmptyParts)) {
                const QByteArray name = m.trimmed().toUpper().toLatin1();
                if (name == "*")
                    continue;
                static const QList<QByteArray> known{"GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS", "PATCH"};
                if (!known.contains(name))
                    return fail(FaultInjector::tr("unknown method '%1' (GET, PUT, POST, DELETE, HEAD, OPTIONS, "
                                                  "PATCH or *).")
                                    .arg(m));
                rule.methods << name;
            }
            if (methods.split(u',', Qt::SkipEmptyParts).contains(u"*"_s))
                rule.methods.clear();
            rule.pathPattern = path;
            rule.path = globToRegex(path);
        } else if (key == "500"_L1) {
            error = probability(&rule.p500);
        } else if (key == "503"_L1) {
            error = probability(&rule.p503);
        } else if (key == "drop"_L1) {
            error = probability(&rule.pDrop);
        } else if (key == "close"_L1) {
            error = probability(&rule.pClose);
        } else if (key == "reset"_L1) {
            error = probability(&rule.pReset);
        } else if (key == "malformed"_L1) {
            error = probability(&rule.pMalformed);
        } else if (key == "conflict"_L1) {
            error = probability(&rule.pConflict);
        } else if (key == "latency"_L1) {
            const QStringList parts = value.split(u'-');
            bool ok1 = false, ok2 = true;
            rule.latencyMin = parts.value(0).toInt(&ok1);
            rule.latencyMax = parts.size() == 2 ? parts.at(1).toInt(&ok2) : rule.latencyMin;
            if (parts.size() > 2 || !ok1 || !ok2 || rule.latencyMin < 0 || rule.latencyMax < rule.latencyMin
                || rule.latencyMax > 600000)
                return fail(FaultInjector::tr("latency must be MS or MIN-MAX milliseconds (at most 600000), not "
                                              "'%1'.")
                                .arg(value));
        } else if (key == "slow"_L1) {
            error = count(&rule.slowMs, 600000);
        } else if (key == "skip"_L1) {
            error = count(&rule.skip, 1000000000);
        } else if (key == "limit"_L1) {
            error = count(&rule.limit, 1000000000);
        } else if (key == "listener"_L1) {
            for (const QString &l : value.split(u',', Qt::SkipEmptyParts)) {
                const QString name = l.trimmed().toLower();
                if (name != "api"_L1 && name != "mqtt"_L1 && name != "integration"_L1)
                    return fail(FaultInjector::tr("unknown listener '%1' (api, mqtt or integration).").arg(l));
                rule.listeners << name;
            }
            if (rule.listeners.isEmpty())
                return fail(FaultInjector::tr("listener needs api, mqtt or integration."));
        } else if (key == "tls-cut"_L1) {
            error = probability(&rule.pTlsCut);
        } else if (key == "tls-stall"_L1) {
            error = probability(&rule.pTlsStall);
        } else if (key == "tls-expired"_L1) {
            error = probability(&rule.pTlsExpired);
        } else if (key == "tls-wrong-name"_L1) {
            error = probability(&rule.pTlsWrongName);
        } else if (key == "refuse"_L1) {
            if (value != "1"_L1)
                return fail(FaultInjector::tr("refuse takes 1 (the listener's port is closed for the whole run)."));
            rule.refuse = true;
        } else if (key == "connack-drop"_L1) {
            error = probability(&rule.pConnackDrop);
        } else if (key == "undelivered"_L1) {
            error = probability(&rule.pUndelivered);
        } else if (key == "delivery-delay"_L1) {
            error = count(&rule.deliveryDelayMs, 600000);
        } else if (key == "seed"_L1) {
            bool ok = false;
            rule.seed = value.toULongLong(&ok);
            if (!ok)
                return fail(FaultInjector::tr("seed must be a whole number, not '%1'.").arg(value));
            rule.hasSeed = true;
        } else {
            return fail(FaultInjector::tr("unknown key '%1' (known: route, 500, 503, drop, close, reset, malformed, "
                                          "conflict, latency, slow, skip, limit, seed; below HTTP: listener, "
                                          "tls-cut, tls-stall, tls-expired, tls-wrong-name, refuse, connack-drop, "
                                          "undelivered, delivery-delay).")
                            .arg(key));
        }
        if (error)
            return *error;
    }
    static const QStringList connectionKeys{u"listener"_s, u"tls-cut"_s, u"tls-stall"_s, u"tls-expired"_s,
                                            u"tls-wrong-name"_s, u"refuse"_s, u"connack-drop"_s,
                                            u"undelivered"_s, u"delivery-delay"_s};
    static const QStringList commonKeys{u"skip"_s, u"limit"_s, u"seed"_s};
    for (const QString &k : connectionKeys)
        rule.connection = rule.connection || seen.contains(k);
    if (rule.connection) {
        for (const QString &k : seen)
            if (!connectionKeys.contains(k) && !commonKeys.contains(k))
                return fail(FaultInjector::tr("'%1' is an HTTP key; a rule with listener, tls-*, refuse or broker "
                                              "keys is about connections: give HTTP faults in a rule of their own.")
                                .arg(k));
        const bool tls = rule.hasTlsFault() || rule.refuse;
        if (tls && rule.isBrokerRule())
            return fail(FaultInjector::tr("TLS faults and broker faults go in separate rules."));
        if (rule.isBrokerRule()) {
            if (rule.listeners.isEmpty())
                rule.listeners << u"mqtt"_s;
            if (rule.listeners != QStringList{u"mqtt"_s})
                return fail(FaultInjector::tr("connack-drop, undelivered and delivery-delay apply to the device "
                                              "listener only (listener=mqtt)."));
            if (rule.pConnackDrop + rule.pUndelivered > 1.0 + 1e-9)
                return fail(FaultInjector::tr("the probabilities add up to %1, more than 1.")
                                .arg(rule.pConnackDrop + rule.pUndelivered));
        } else if (tls) {
            if (rule.listeners.isEmpty())
                rule.listeners = QStringList{u"api"_s, u"mqtt"_s, u"integration"_s};
            const double p = rule.pTlsCut + rule.pTlsStall + rule.pTlsExpired + rule.pTlsWrongName;
            if (p > 1.0 + 1e-9)
                return fail(FaultInjector::tr("the probabilities add up to %1, more than 1.").arg(p));
        } else {
            return fail(FaultInjector::tr("the rule injects nothing: give tls-cut, tls-stall, tls-expired, "
                                          "tls-wrong-name, refuse, connack-drop, undelivered or delivery-delay."));
        }
        return rule;
    }
    const double total = rule.p500 + rule.p503 + rule.pDrop + rule.pMalformed + rule.pConflict + rule.pClose
                         + rule.pReset;
    if (total > 1.0 + 1e-9)
        return fail(FaultInjector::tr("the probabilities add up to %1, more than 1.").arg(total));
    if (total == 0 && rule.latencyMax == 0 && rule.slowMs == 0)
        return fail(FaultInjector::tr("the rule injects nothing: give 500, 503, drop, close, reset, malformed, "
                                      "conflict, latency or slow."));
    return rule;
}

} // namespace

Result<QList<FaultRule>> FaultInjector::parse(const QStringList &specs)
{
    static const QRegularExpression space(u"\\s+"_s);
    QList<FaultRule> rules;
    for (const QString &spec : specs) {
        for (const QString &text : spec.split(space, Qt::SkipEmptyParts)) {
            auto rule = parseRule(text, int(rules.size()) + 1);
            if (!rule)
                return rule.error();
            rules << *rule;
        }
    }
    if (rules.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("--faults: no rule given."));
    return rules;
}

// --- deciding ------------------------------------------------------------------

FaultInjector::FaultInjector(QList<FaultRule> rules, quint64 seed, QObject *parent)
    : QObject(parent), m_rules(std::move(rules)), m_seed(seed)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        RuleState s;
        s.rng.seed(m_rules.at(i).hasSeed ? m_rules.at(i).seed : seed + quint64(i));
        m_state << s;
    }
}

FaultInjector::~FaultInjector() = default;

QString FaultInjector::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None: return u"none"_s;
    case FaultKind::Status500: return u"500"_s;
    case FaultKind::Status503: return u"503"_s;
    case FaultKind::Drop: return u"drop"_s;
    case FaultKind::Malformed: return u"malformed"_s;
    case FaultKind::Conflict: return u"conflict"_s;
    case FaultKind::Close: return u"close"_s;
    case FaultKind::Reset: return u"reset"_s;
    }
    return {};
}

FaultDecision FaultInjector::decide(const QByteArray &method, const QString &decodedPath)
{
    FaultDecision d;
    const QStringList segments = decodedPath.split(u'/', Qt::SkipEmptyParts);
    const bool conflictApplies = (method == "PUT" || method == "DELETE") && isRegistryObject(segments);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule &r = m_rules.at(i);
        RuleState &s = m_state[i];
        if (r.connection)
            continue;
        if (!r.methods.isEmpty() && !r.methods.contains(method))
            continue;
        if (!r.pathPattern.isEmpty() && !r.path.match(decodedPath).hasMatch())
            continue;
        if (s.matched++ < r.skip)
            continue;
        if (r.limit >= 0 && s.fired >= r.limit)
            continue;
        bool fired = false;
        if (r.latencyMax > 0) {
            const int ms = r.latencyMin + int(s.rng() % quint64(r.latencyMax - r.latencyMin + 1));
            d.latencyMs = std::max(d.latencyMs, ms);
            fired = true;
        }
        if (r.slowMs > 0) {
            d.slowMs = std::max(d.slowMs, r.slowMs);
            fired = true;
        }
        const double total = r.p500 + r.p503 + r.pDrop + r.pMalformed + r.pConflict + r.pClose + r.pReset;
        if (total > 0) {
            const double u = uniform(s.rng); // always drawn: a rule's sequence does not depend on others
            FaultKind kind = FaultKind::None;
            double edge = 0;
            for (const auto &[p, k] : {std::pair{r.p500, FaultKind::Status500}, std::pair{r.p503, FaultKind::Status503},
                                       std::pair{r.pDrop, FaultKind::Drop},
                                       std::pair{r.pMalformed, FaultKind::Malformed},
                                       std::pair{r.pConflict, FaultKind::Conflict},
                                       std::pair{r.pClose, FaultKind::Close}, std::pair{r.pReset, FaultKind::Reset}}) {
                edge += p;
                if (u < edge) {
                    kind = k;
                    break;
                }
            }
            if (kind == FaultKind::Conflict && !conflictApplies)
                kind = FaultKind::None;
            if (kind != FaultKind::None && d.kind == FaultKind::None) {
                d.kind = kind;
                d.rule = int(i) + 1;
                fired = true;
            }
        }
        if (fired)
            ++s.fired;
    }
    if (d.kind != FaultKind::None)
        ++m_injected;
    return d;
}

// --- connections -------------------------------------------------------------------

QString FaultInjector::connectionFaultName(ConnectionFault kind)
{
    switch (kind) {
    case ConnectionFault::None: return u"none"_s;
    case ConnectionFault::TlsCut: return u"tls-cut"_s;
    case ConnectionFault::TlsStall: return u"tls-stall"_s;
    case ConnectionFault::TlsExpired: return u"tls-expired"_s;
    case ConnectionFault::TlsWrongName: return u"tls-wrong-name"_s;
    }
    return {};
}

bool FaultInjector::proxies(const QString &listener) const
{
    for (const FaultRule &r : m_rules)
        if (r.connection && (r.hasTlsFault() || r.refuse) && r.listeners.contains(listener))
            return true;
    return false;
}

bool FaultInjector::refuses(const QString &listener) const
{
    for (const FaultRule &r : m_rules)
        if (r.connection && r.refuse && r.listeners.contains(listener))
            return true;
    return false;
}

bool FaultInjector::hasHttpRules() const
{
    for (const FaultRule &r : m_rules)
        if (!r.connection)
            return true;
    return false;
}

ConnectionFault FaultInjector::decideConnection(const QString &listener, int *ruleIndex)
{
    ConnectionFault picked = ConnectionFault::None;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule &r = m_rules.at(i);
        RuleState &s = m_state[i];
        if (!r.connection || !r.hasTlsFault() || !r.listeners.contains(listener))
            continue;
        if (s.matched++ < r.skip)
            continue;
        if (r.limit >= 0 && s.fired >= r.limit)
            continue;
        const double u = uniform(s.rng);
        double edge = 0;
        ConnectionFault kind = ConnectionFault::None;
        for (const auto &[p, k] : {std::pair{r.pTlsCut, ConnectionFault::TlsCut},
                                   std::pair{r.pTlsStall, ConnectionFault::TlsStall},
                                   std::pair{r.pTlsExpired, ConnectionFault::TlsExpired},
                                   std::pair{r.pTlsWrongName, ConnectionFault::TlsWrongName}}) {
            edge += p;
            if (u < edge) {
                kind = k;
                break;
            }
        }
        if (kind != ConnectionFault::None && picked == ConnectionFault::None) {
            picked = kind;
            ++s.fired;
            if (ruleIndex)
                *ruleIndex = int(i) + 1;
        }
    }
    if (picked != ConnectionFault::None)
        ++m_injected;
    return picked;
}

QString FaultInjector::brokerPluginFaults() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule &r = m_rules.at(i);
        if (!r.connection || !r.isBrokerRule())
            continue;
        QStringList items;
        items << u"rule=%1"_s.arg(i + 1);
        if (r.pConnackDrop > 0)
            items << u"connack-drop=%1"_s.arg(r.pConnackDrop);
        if (r.pUndelivered > 0)
            items << u"undelivered=%1"_s.arg(r.pUndelivered);
        if (r.deliveryDelayMs > 0)
            items << u"delivery-delay=%1"_s.arg(r.deliveryDelayMs);
        if (r.skip > 0)
            items << u"skip=%1"_s.arg(r.skip);
        if (r.limit >= 0)
            items << u"limit=%1"_s.arg(r.limit);
        items << u"seed=%1"_s.arg(r.hasSeed ? r.seed : m_seed + quint64(i));
        out << items.join(u';');
    }
    return out.join(u'/');
}

// --- answering -----------------------------------------------------------------

void FaultInjector::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray method = methodName(request);
    const QString path = u'/' + segmentsOf(request).join(u'/');
    const FaultDecision d = decide(method, path);
    if (d.kind != FaultKind::None || d.latencyMs > 0 || d.slowMs > 0) {
        QStringList what;
        if (d.kind != FaultKind::None)
            what << kindName(d.kind) + u" (rule "_s + QString::number(d.rule) + u')';
        if (d.latencyMs > 0)
            what << u"latency "_s + QString::number(d.latencyMs) + u" ms"_s;
        if (d.slowMs > 0)
            what << u"slow "_s + QString::number(d.slowMs) + u" ms"_s;
        log(u"fault: "_s + what.join(u", "_s) + u": "_s + QString::fromLatin1(method) + u' '
            + request.url().path(QUrl::FullyEncoded));
    }
    if (d.latencyMs <= 0) {
        answer(request, std::move(responder), d);
        return;
    }
    // Later: the request object lives as long as its connection, and the
    // client sends no other request on it before it has this answer.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    const QHttpServerRequest *req = &request;
    QTimer::singleShot(d.latencyMs, this, [this, held, socket, req, d, method, path] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            log(u"fault: the client left during the latency: "_s + QString::fromLatin1(method) + u' ' + path);
            return;
        }
        answer(*req, std::move(*held), d);
    });
}

void FaultInjector::answer(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                           FaultDecision d)
{
    if (d.kind == FaultKind::Close || d.kind == FaultKind::Reset) {
        // Not one byte of the answer: to the client this looks like a
        // keep-alive connection that the server closed while idle, so Qt
        // sends the request again by itself when it can (GET/PUT/DELETE,
        // and a POST whose body it can send again).
        if (d.kind == FaultKind::Close && m_hooks.handle)
            (void)m_hooks.handle(request);
        if (QTcpSocket *socket = responder.socket())
            socket->disconnectFromHost();
        return;
    }
    HttpReply reply;
    const QString rule = QString::number(d.rule);
    if (d.kind == FaultKind::Status503) {
        reply = HttpReply::error(503, u"ServiceUnavailable"_s,
                                 tr("Injected fault: the service is unavailable (drogue-sandbox --faults rule %1).")
                                     .arg(rule));
    } else {
        if (d.kind == FaultKind::Conflict)
            otherWriter(request);
        reply = m_hooks.handle ? m_hooks.handle(request) : HttpReply::empty(500);
        if (d.kind == FaultKind::Status500)
            reply = HttpReply::error(500, u"InternalError"_s,
                                     tr("Injected fault: the request was handled, but this answer says it failed "
                                        "(drogue-sandbox --faults rule %1).")
                                         .arg(rule));
        if (d.kind == FaultKind::Malformed && !reply.body.isEmpty())
            reply.body = reply.body.left(reply.body.size() / 2) + "\x01<injected: not JSON>";
    }

    QTcpSocket *socket = responder.socket();
    if (d.kind == FaultKind::Drop) {
        // Part of the answer, then close: the client has seen a beginning,
        // so it cannot take the close for an idle connection (Qt would
        // silently send the request again, even a POST).
        // The close comes 50 ms after those bytes, so that the client reads
        // them first (bytes and close at once can look like "closed before
        // the answer" to Qt, which then sends the request again).
        const QByteArray h = head(reply);
        if (reply.body.isEmpty())
            socket->write(h.left(h.size() / 2));
        else
            socket->write(h + reply.body.left(reply.body.size() / 2));
        socket->flush();
        QPointer<QTcpSocket> closing = socket;
        QTimer::singleShot(50, this, [closing] {
            if (closing)
                closing->disconnectFromHost();
        });
        return;
    }
    if (d.slowMs <= 0 || reply.body.isEmpty()) {
        writeReply(reply, std::move(responder));
        return;
    }
    socket->write(head(reply));
    constexpr int kPieces = 8;
    const qsizetype size = (reply.body.size() + kPieces - 1) / kPieces;
    QPointer<QTcpSocket> guarded = socket;
    for (int i = 0; i < kPieces; ++i) {
        const QByteArray piece = reply.body.mid(i * size, size);
        QTimer::singleShot(d.slowMs * (i + 1) / kPieces, this, [guarded, piece] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState && !piece.isEmpty())
                guarded->write(piece);
        });
    }
}

void FaultInjector::otherWriter(const QHttpServerRequest &request)
{
    if (!m_hooks.registry || !m_hooks.authenticate)
        return;
    const QString user = m_hooks.authenticate(request);
    if (user.isEmpty())
        return;
    const QStringList segments = segmentsOf(request).mid(3);
    const HttpReply current = m_hooks.registry->handle("GET", segments, {}, {}, user);
    if (current.status != 200)
        return;
    QJsonObject object = QJsonDocument::fromJson(current.body).object();
    object.remove("status"_L1);
    QJsonObject metadata = object.value("metadata"_L1).toObject();
    QJsonObject annotations = metadata.value("annotations"_L1).toObject();
    annotations.insert("sandbox.drogue.io/other-writer"_L1, QString::number(++m_otherWrites));
    metadata.insert("annotations"_L1, annotations);
    object.insert("metadata"_L1, metadata);
    const HttpReply written = m_hooks.registry->handle(
        "PUT", segments, {}, QJsonDocument(object).toJson(QJsonDocument::Compact), user);
    if (written.status >= 300)
        log(u"fault: the other writer failed: HTTP "_s + QString::number(written.status));
}

} // namespace dwb::sandbox
