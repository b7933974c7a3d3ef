#include "sandbox/LabelSelector.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

namespace {

// The registry's translation context (the selector's messages are the registry's).
QString tr(const char *text) { return QCoreApplication::translate("Registry", text); }

} // namespace

Result<LabelSelector> LabelSelector::parse(const QString &text)
{
    LabelSelector sel;
    if (text.trimmed().isEmpty())
        return sel;
    const auto bad = [&text] {
        return Error(ErrorCode::BadRequest, tr("Invalid label selector '%1'.").arg(text));
    };
    // Split at the commas outside parentheses.
    QStringList terms;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth < 0)
            return bad();
        if (c == u',' && depth == 0) {
            terms << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (depth != 0)
        return bad();
    terms << current;
    static const QRegularExpression setTerm(u"^(\\S+)\\s+(in|notin)\\s*\\(([^()]*)\\)$"_s);
    for (const QString &raw : terms) {
        const QString term = raw.trimmed();
        Term t;
        if (const auto m = setTerm.match(term); m.hasMatch()) {
            t.op = m.captured(2) == "in"_L1 ? Term::In : Term::NotIn;
            t.key = m.captured(1);
            for (const QString &v : m.captured(3).split(u','))
                t.values << v.trimmed();
            if (t.values.contains(QString()))
                return bad();
        } else if (term.startsWith(u'!')) {
            t.op = Term::NotExists;
            t.key = term.mid(1).trimmed();
        } else if (const qsizetype ne = term.indexOf("!="_L1); ne >= 0) {
            t.op = Term::NotEquals;
            t.key = term.left(ne).trimmed();
            t.value = term.mid(ne + 2).trimmed();
        } else if (const qsizetype eq = term.indexOf(u'='); eq >= 0) {
            t.op = Term::Equals;
            t.key = term.left(eq).trimmed();
            t.value = term.mid(term.mid(eq).startsWith("=="_L1) ? eq + 2 : eq + 1).trimmed();
        } else {
            t.op = Term::Exists;
            t.key = term;
        }
        if (t.key.isEmpty() || t.key.contains(u' ') || t.key.contains(u'=') || t.key.contains(u'!')
            || t.value.contains(u'=') || t.value.contains(u'!'))
            return bad();
        sel.m_terms << t;
    }
    return sel;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Term &t : m_terms) {
        const QJsonValue v = labels.value(t.key);
        switch (t.op) {
        case Term::Equals:
            if (!v.isString() || v.toString() != t.value)
                return false;
            break;
        case Term::NotEquals:
            if (v.isString() && v.toString() == t.value)
                return false;
            break;
        case Term::Exists:
            if (v.isUndefined())
                return false;
            break;
        case Term::NotExists:
            if (!v.isUndefined())
                return false;
            break;
        case Term::In:
            if (!v.isString() || !t.values.contains(v.toString()))
                return false;
            break;
        case Term::NotIn:
            if (v.isString() && t.values.contains(v.toString()))
                return false;
            break;
        }
    }
    return true;
}

} // namespace dwb::sandbox
