// "Would this device log in now?": a device certificate judged against the
// application at hand the way Drogue Cloud judges a device login
// (docs/drogue-contract.md section 5), one line per check, in the order the
// broker checks them. Shared by the inspector and `dwb inspect --app`.
//
// With an application (its trust anchors and devices as read from the
// server): issuer and chain to one of its valid anchors, the device whose
// name or alias is the subject, that device enabled, then the certificate's
// own form. Without one: the certificate's form only (validity, key type,
// clientAuth, version 3 and not a CA), and the verdict says so.
// The broker sees the leaf alone: intermediates are not used.
#pragma once

#include "core/cloud/Resources.h"
#include "core/crypto/Certificate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dwb {

class DeviceLoginVerdict {
public:
    enum class Check { Anchor, Validity, Device, Enabled, KeyType, ClientAuth, Form };
    enum class State { Passed, Failed, Unknown };
    enum class Outcome {
        WouldLogIn,     // every check of an application passed
        WouldBeRefused, // a check failed (with or without an application)
        Undecided,      // nothing failed, but the devices are not known
        FormOnly,       // no application: the form passed, the login is not judged
    };
    struct Line {
        Check check = Check::Form;
        State state = State::Unknown;
        QString label; // "Trust anchor", "Device", …
        QString text;  // what was found, one sentence
    };

    // app: the application at hand, nullptr for the form only. devices: its
    // devices as read from the server, nullopt when not loaded.
    static DeviceLoginVerdict judge(const Certificate &leaf, const Application *app,
                                    const std::optional<QList<Device>> &devices,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    Outcome outcome() const { return m_outcome; }
    bool wouldLogIn() const { return m_outcome == Outcome::WouldLogIn; }
    bool coversApplication() const { return m_coversApp; }
    QString application() const { return m_app; }
    QString device() const { return m_device; }          // whose name/alias is the subject
    int anchorIndex() const { return m_anchorIndex; }    // in spec.trustAnchors (dwb trust list), -1
    QString anchorSubject() const { return m_anchorSubject; }
    const QList<Line> &lines() const { return m_lines; }
    // The first failed line (the reason of a refusal), or nullptr.
    const Line *firstRefusal() const;

    // "would log in", "would be refused", "not decided", "form only"
    QString outcomeText() const;
    // One sentence: the outcome and its first reason, or the scope.
    QString summary() const;
    QJsonObject toJson() const;
    static QString checkKey(Check check);  // "anchor", "validity", … (JSON)
    static QString stateKey(State state);  // "passed", "failed", "unknown"

private:
    void add(Check check, State state, const QString &text);

    Outcome m_outcome = Outcome::FormOnly;
    bool m_coversApp = false;
    QString m_app;
    QString m_device;
    int m_anchorIndex = -1;
    QString m_anchorSubject;
    QList<Line> m_lines;
};

} // namespace dwb
