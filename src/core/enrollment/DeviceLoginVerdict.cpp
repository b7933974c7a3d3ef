#include "core/enrollment/DeviceLoginVerdict.h"

#include "core/crypto/Inspection.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("DeviceLoginVerdict", text, disambiguation, n);
}

QString when(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString labelOf(DeviceLoginVerdict::Check check)
{
    switch (check) {
    case DeviceLoginVerdict::Check::Anchor: return tr("Trust anchor");
    case DeviceLoginVerdict::Check::Validity: return tr("Validity now");
    case DeviceLoginVerdict::Check::Device: return tr("Device");
    case DeviceLoginVerdict::Check::Enabled: return tr("Enabled");
    case DeviceLoginVerdict::Check::KeyType: return tr("Key type");
    case DeviceLoginVerdict::Check::ClientAuth: return tr("Extended key usage");
    case DeviceLoginVerdict::Check::Form: return tr("Version and CA");
    }
    return {};
}

struct Anchor {
    int index = -1;      // in spec.trustAnchors
    QString subject;     // as the server reports it
    Certificate certificate;
};

// The application's valid anchors, as the server reports them.
QList<Anchor> validAnchors(const Application &app)
{
    QList<Anchor> anchors;
    const auto statuses = app.trustAnchorStatuses();
    const auto pems = app.trustAnchorPems();
    for (int i = 0; i < statuses.size(); ++i) {
        const TrustAnchorStatus &s = statuses.at(i);
        if (!s.valid)
            continue;
        auto cert = Certificate::fromPem(!s.certificatePem.isEmpty() ? s.certificatePem : pems.value(i));
        if (!cert)
            continue;
        anchors << Anchor{i, s.subject.isEmpty() ? cert->subjectString() : s.subject, *cert};
    }
    return anchors;
}

} // namespace

void DeviceLoginVerdict::add(Check check, State state, const QString &text)
{
    m_lines << Line{check, state, labelOf(check), text};
}

DeviceLoginVerdict DeviceLoginVerdict::judge(const Certificate &leaf, const Application *app,
                                             const std::optional<QList<Device>> &devices, const QDateTime &now)
{
    DeviceLoginVerdict v;
    if (leaf.isNull()) {
        v.add(Check::Form, State::Failed, tr("There is no certificate."));
        v.m_outcome = Outcome::WouldBeRefused;
        return v;
    }
    const QString subject = leaf.subjectString();
    const QString issuer = leaf.issuerString();

    // 1. The issuer names the application; the leaf alone chains to one of its anchors.
    if (app) {
        v.m_coversApp = true;
        v.m_app = app->name();
        const QList<Anchor> anchors = validAnchors(*app);
        bool issuerNamesApp = issuer == app->name();
        QList<Certificate> certs;
        for (const Anchor &a : anchors) {
            certs << a.certificate;
            issuerNamesApp = issuerNamesApp || a.subject == issuer;
        }
        if (anchors.isEmpty()) {
            v.add(Check::Anchor, State::Failed,
                  tr("Application %1 has no valid trust anchor.").arg(app->name()));
        } else if (!issuerNamesApp) {
            v.add(Check::Anchor, State::Failed,
                  tr("Issued by “%1”, which is neither the name of application %2 nor the subject of one of "
                     "its trust anchors.")
                      .arg(issuer, app->name()));
        } else {
            const ChainResult chain = verifyChain(leaf, certs, {}, now, LeafTime::Apart);
            if (chain.ok && chain.anchorIndex >= 0 && chain.anchorIndex < anchors.size()) {
                const Anchor &a = anchors.at(chain.anchorIndex);
                v.m_anchorIndex = a.index;
                v.m_anchorSubject = a.subject;
                v.add(Check::Anchor, State::Passed,
                      tr("Chains to trust anchor #%1 of %2 (%3).").arg(a.index + 1).arg(app->name(), a.subject));
            } else {
                v.add(Check::Anchor, State::Failed,
                      tr("Does not chain to any of the %n valid trust anchor(s) of %1: %2", nullptr,
                         int(anchors.size()))
                          .arg(app->name(), chain.error));
            }
        }
    }

    // 2. Within its validity period now.
    switch (validityAt(leaf, now)) {
    case ValidityState::Valid:
        v.add(Check::Validity, State::Passed,
              tr("Valid now (%1 to %2).").arg(when(leaf.notBefore()), when(leaf.notAfter())));
        break;
    case ValidityState::Expired:
        v.add(Check::Validity, State::Failed, tr("Expired on %1.").arg(when(leaf.notAfter())));
        break;
    case ValidityState::NotYetValid:
        v.add(Check::Validity, State::Failed, tr("Not valid yet: valid from %1.").arg(when(leaf.notBefore())));
        break;
    }

    // 3. The subject is the name or an alias of a device; 4. that device is enabled.
    if (app) {
        if (!devices) {
            v.add(Check::Device, State::Unknown, tr("The devices of %1 are not loaded.").arg(app->name()));
            v.add(Check::Enabled, State::Unknown, tr("Not known: the devices are not loaded."));
        } else {
            const Device *found = nullptr;
            for (const Device &d : *devices) {
                if (d.name() == subject || d.aliases().contains(subject)) {
                    found = &d;
                    break;
                }
            }
            if (!found) {
                v.add(Check::Device, State::Failed,
                      tr("No device of %1 has “%2” as its name or an alias.").arg(app->name(), subject));
                v.add(Check::Enabled, State::Unknown, tr("No device to check."));
            } else {
                v.m_device = found->name();
                v.add(Check::Device, State::Passed,
                      found->name() == subject
                          ? tr("The subject is the name of device “%1”.").arg(found->name())
                          : tr("The subject is an alias of device “%1”.").arg(found->name()));
                if (found->disabled())
                    v.add(Check::Enabled, State::Failed, tr("Device “%1” is disabled.").arg(found->name()));
                else
                    v.add(Check::Enabled, State::Passed, tr("Device “%1” is enabled.").arg(found->name()));
            }
        }
    }

    // 5. The certificate's form: key type, clientAuth, version 3 and not a CA.
    const PrivateKey key = leaf.publicKey();
    const QString keyText = key.bits() > 0 ? tr("%1, %2 bits").arg(key.typeName()).arg(key.bits()) : key.typeName();
    if (drogueKeyAllowed(key))
        v.add(Check::KeyType, State::Passed, tr("%1: a key type Drogue accepts.").arg(keyText));
    else
        v.add(Check::KeyType, State::Failed,
              tr("%1: Drogue accepts EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more.").arg(keyText));

    if (hasClientAuthUsage(leaf))
        v.add(Check::ClientAuth, State::Passed, tr("Includes client authentication (clientAuth)."));
    else if (!(X509_get_extension_flags(leaf.get()) & EXFLAG_XKUSAGE))
        v.add(Check::ClientAuth, State::Failed,
              tr("No extended key usage extension: Drogue needs one with client authentication (clientAuth)."));
    else
        v.add(Check::ClientAuth, State::Failed,
              tr("Does not include client authentication (clientAuth)."));

    if (leaf.version() != 3)
        v.add(Check::Form, State::Failed,
              tr("A version %1 certificate: Drogue needs version 3.").arg(leaf.version()));
    else if (leaf.isCa())
        v.add(Check::Form, State::Failed, tr("A CA certificate: a device certificate must not be one."));
    else
        v.add(Check::Form, State::Passed, tr("Version 3, not a CA."));

    if (v.firstRefusal())
        v.m_outcome = Outcome::WouldBeRefused;
    else if (!app)
        v.m_outcome = Outcome::FormOnly;
    else if (std::any_of(v.m_lines.cbegin(), v.m_lines.cend(), [](const Line &l) { return l.state == State::Unknown; }))
        v.m_outcome = Outcome::Undecided;
    else
        v.m_outcome = Outcome::WouldLogIn;
    return v;
}

const DeviceLoginVerdict::Line *DeviceLoginVerdict::firstRefusal() const
{
    for (const Line &l : m_lines)
        if (l.state == State::Failed)
            return &l;
    return nullptr;
}

QString DeviceLoginVerdict::outcomeText() const
{
    switch (m_outcome) {
    case Outcome::WouldLogIn: return tr("would log in");
    case Outcome::WouldBeRefused: return tr("would be refused");
    case Outcome::Undecided: return tr("not decided");
    case Outcome::FormOnly: return tr("form only");
    }
    return {};
}

QString DeviceLoginVerdict::summary() const
{
    const Line *refusal = firstRefusal();
    switch (m_outcome) {
    case Outcome::WouldLogIn:
        return tr("Would log in now as device “%1” of application %2.").arg(m_device, m_app);
    case Outcome::WouldBeRefused:
        if (m_coversApp)
            return tr("Would be refused by application %1. %2: %3")
                .arg(m_app, refusal->label, refusal->text);
        return tr("Would be refused by any application. %1: %2 (The certificate's form only: no application "
                  "given.)")
            .arg(refusal->label, refusal->text);
    case Outcome::Undecided:
        for (const Line &l : m_lines)
            if (l.state == State::Unknown)
                return tr("Not decided for application %1: %2").arg(m_app, l.text);
        return {};
    case Outcome::FormOnly:
        return tr("The certificate's form only: acceptable. With no application given, its trust anchor "
                  "and device are not checked.");
    }
    return {};
}

QString DeviceLoginVerdict::checkKey(Check check)
{
    switch (check) {
    case Check::Anchor: return u"anchor"_s;
    case Check::Validity: return u"validity"_s;
    case Check::Device: return u"device"_s;
    case Check::Enabled: return u"enabled"_s;
    case Check::KeyType: return u"key_type"_s;
    case Check::ClientAuth: return u"client_auth"_s;
    case Check::Form: return u"form"_s;
    }
    return {};
}

QString DeviceLoginVerdict::stateKey(State state)
{
    switch (state) {
    case State::Passed: return u"passed"_s;
    case State::Failed: return u"failed"_s;
    case State::Unknown: return u"unknown"_s;
    }
    return {};
}

QJsonObject DeviceLoginVerdict::toJson() const
{
    static const char *const outcomes[] = {"would-log-in", "would-be-refused", "undecided", "form-only"};
    QJsonArray checks;
    for (const Line &l : m_lines)
        checks.append(QJsonObject{{u"check"_s, checkKey(l.check)},
                                  {u"result"_s, stateKey(l.state)},
                                  {u"text"_s, l.text}});
    QJsonObject o{{u"scope"_s, m_coversApp ? u"application"_s : u"form"_s},
                  {u"application"_s, m_coversApp ? QJsonValue(m_app) : QJsonValue()},
                  {u"outcome"_s, QString::fromLatin1(outcomes[int(m_outcome)])},
                  {u"would_log_in"_s, wouldLogIn()},
                  {u"summary"_s, summary()},
                  {u"checks"_s, checks}};
    if (const Line *r = firstRefusal())
        o.insert(u"reason"_s, QJsonObject{{u"check"_s, checkKey(r->check)}, {u"text"_s, r->text}});
    if (!m_device.isEmpty())
        o.insert(u"device"_s, m_device);
    if (m_anchorIndex >= 0)
        o.insert(u"anchor"_s, QJsonObject{{u"index"_s, m_anchorIndex}, {u"subject"_s, m_anchorSubject}});
    return o;
}

} // namespace dwb
