// dwb certs list: the ledger (core/ledger) with its filters, as a table, JSON
// or CSV (issue 20, "expiry at a glance"). Offline: it reads the ledger at
// Ledger::defaultPath() ($DWB_LEDGER, else the user's data folder).
#include "cli/Verb.h"

#include "core/ledger/ExpiryReport.h"
#include "core/ledger/ExpirySettings.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerCsv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dwb", text);
}

const QString kCertsListUsage =
    u"dwb certs list [--app APP] [--device TEXT] [--expiring DAYS] [--expired] [--anchor FP] [--all]\n"
    "                [-o table|json|csv]\n"
    "  reads the ledger at $DWB_LEDGER, else ~/.local/share/drogue-workbench/ledger.sqlite;\n"
    "  --all also lists certificates that were renewed"_s;

// "AB:CD:EF:…" → "ABCDEF…" (so that a fingerprint may be given with or without colons)
QString bareHex(const QString &fp)
{
    return QString(fp).remove(u':').toUpper();
}

// The first 4 bytes of a fingerprint, "AB:CD:EF:01"
QString shortFingerprint(const QString &fp)
{
    return fp.size() > 11 ? fp.left(11) + u"…"_s : fp;
}

QString shortSerial(const QString &serial)
{
    return serial.size() > 12 ? serial.left(12) + u"…"_s : serial;
}

QString deviceColumn(const LedgerRecord &r)
{
    return r.kind == LedgerKind::Anchor ? tr("(trust anchor)") : r.device;
}

QString stateOf(const LedgerRecord &r, const QSet<qint64> &renewed, int days, const QDateTime &now)
{
    if (renewed.contains(r.id))
        return u"renewed"_s;
    return expiryStateName(expiryState(r.notAfter, days, now));
}

QString daysColumn(const LedgerRecord &r, const QDateTime &now)
{
    return r.isExpired(now) ? tr("expired") : QString::number(r.daysLeft(now));
}

void printTable(QTextStream &out, const QList<LedgerRecord> &records, const QSet<qint64> &renewed, int days,
                const QDateTime &now)
{
    QList<QStringList> rows;
    rows << QStringList{tr("APP"), tr("DEVICE"), tr("SERIAL"), tr("NOT AFTER (UTC)"), tr("DAYS LEFT"),
                        tr("STATE"), tr("ANCHOR"), tr("REGISTRATION")};
    for (const LedgerRecord &r : records)
        rows << QStringList{r.application, deviceColumn(r), shortSerial(r.serial),
                            r.notAfter.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), daysColumn(r, now),
                            stateOf(r, renewed, days, now), shortFingerprint(r.anchorFingerprint),
                            registrationName(r.registration)};
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line.trimmed() << '\n';
    }
}

QJsonObject toJson(const LedgerRecord &r, const QSet<qint64> &renewed, int days, const QDateTime &now)
{
    QJsonArray files;
    for (const QString &f : r.files)
        files.append(f);
    QJsonObject o{{u"id"_s, r.id},
                  {u"kind"_s, ledgerKindName(r.kind)},
                  {u"context"_s, r.context},
                  {u"application"_s, r.application},
                  {u"device"_s, r.device},
                  {u"serial"_s, r.serial},
                  {u"subject"_s, r.subject},
                  {u"fingerprint"_s, r.fingerprint},
                  {u"keyAlgorithm"_s, r.keyAlgorithm},
                  {u"notBefore"_s, isoUtc(r.notBefore)},
                  {u"notAfter"_s, isoUtc(r.notAfter)},
                  {u"daysLeft"_s, r.daysLeft(now)},
                  {u"state"_s, stateOf(r, renewed, days, now)},
                  {u"anchorFingerprint"_s, r.anchorFingerprint},
                  {u"registration"_s, registrationName(r.registration)},
                  {u"registrationDetail"_s, r.registrationDetail},
                  {u"source"_s, r.source},
                  {u"recordedAt"_s, isoUtc(r.recordedAt)},
                  {u"osUser"_s, r.osUser},
                  {u"files"_s, files}};
    if (r.replaces)
        o.insert(u"replaces"_s, r.replaces);
    return o;
}

int certsList(VerbContext &ctx)
{
    ArgParser p;
    for (const QString &o : {u"app"_s, u"device"_s, u"expiring"_s, u"anchor"_s, u"o"_s, u"format"_s})
        p.option(o);
    p.flag(u"expired"_s);
    p.flag(u"all"_s);
    QString error;
    if (!p.parse(ctx.args, 0, 0, &error))
        return usageError(ctx, kCertsListUsage, error);
    const QString format = p.isSet(u"o"_s) ? p.value(u"o"_s) : p.isSet(u"format"_s) ? p.value(u"format"_s) : u"table"_s;
    if (format != "table"_L1 && format != "json"_L1 && format != "csv"_L1)
        return usageError(ctx, kCertsListUsage, tr("-o takes table, json or csv."));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    LedgerFilter filter;
    filter.now = now;
    filter.application = p.value(u"app"_s);
    filter.deviceText = p.value(u"device"_s);
    filter.expiredOnly = p.isSet(u"expired"_s);
    filter.currentOnly = !p.isSet(u"all"_s);
    int days = expiryWarningDays();
    if (p.isSet(u"expiring"_s)) {
        bool ok = false;
        days = p.value(u"expiring"_s).toInt(&ok);
        if (!ok || days < 0)
            return usageError(ctx, kCertsListUsage, tr("--expiring takes a number of days (0 or more)."));
        filter.expiringWithinDays = days;
    }
    const QString anchor = bareHex(p.value(u"anchor"_s));

    Result<std::unique_ptr<Ledger>> ledger = Ledger::open(Ledger::defaultPath());
    if (!ledger)
        return failure(ctx, ledger.error());
    Result<QList<LedgerRecord>> found = (*ledger)->find(filter);
    if (!found)
        return failure(ctx, found.error());
    QList<LedgerRecord> records;
    for (const LedgerRecord &r : std::as_const(*found))
        if (anchor.isEmpty() || bareHex(r.anchorFingerprint).startsWith(anchor))
            records << r;

    // Which of them another record renews (shown as "renewed" with --all).
    QSet<qint64> renewed;
    if (p.isSet(u"all"_s)) {
        LedgerFilter every;
        Result<QList<LedgerRecord>> all = (*ledger)->find(every);
        if (!all)
            return failure(ctx, all.error());
        for (const LedgerRecord &r : std::as_const(*all))
            if (r.replaces)
                renewed.insert(r.replaces);
    }

    if (format == "json"_L1) {
        QJsonArray array;
        for (const LedgerRecord &r : std::as_const(records))
            array.append(toJson(r, renewed, days, now));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (format == "csv"_L1) {
        // the state column is the expiry state; "replaces" links a renewal to the record it renews
        ctx.out << QString::fromUtf8(ledgerCsv(records, days, now));
        return 0;
    }
    if (records.isEmpty()) {
        ctx.out << tr("No certificates in the ledger match.") << '\n';
        return 0;
    }
    printTable(ctx.out, records, renewed, days, now);
    return 0;
}

const RegisterVerb certsListVerb({u"certs list"_s,
                                  QT_TRANSLATE_NOOP("dwb", "List the certificates in the ledger, with their expiry"),
                                  kCertsListUsage, certsList});

} // namespace

} // namespace dwb::cli
