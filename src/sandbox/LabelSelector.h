// The label selectors of the sandbox's registry lists (?labels=…).
#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwb::sandbox {

// A label selector: comma-separated terms, all must match:
// "k=v" (or "k==v"), "k!=v", "k" (exists), "!k" (absent),
// "k in (a,b)", "k notin (a,b)" (notin also holds when k is absent).
class LabelSelector {
public:
    static Result<LabelSelector> parse(const QString &text);
    bool matches(const QJsonObject &labels) const;

private:
    struct Term {
        enum Op { Equals, NotEquals, Exists, NotExists, In, NotIn } op;
        QString key, value;
        QStringList values; // In, NotIn
    };
    QList<Term> m_terms;
};

} // namespace dwb::sandbox
