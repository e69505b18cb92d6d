// Verbs on team projects on a PostgreSQL server: push, pull, history, restore.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/projectinput.h"
#include "model/storage/projectfile.h"
#include "model/storage/serverstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fjord::cli {

namespace {

// --revision N: a positive whole number, or nullopt with the reason printed.
std::optional<qint64> revisionOrReport(const CliArgs &a, const char *verb, QTextStream &err)
{
    if (!a.has(QStringLiteral("revision")))
        return 0;
    bool ok = false;
    const qint64 n = a.value(QStringLiteral("revision")).toLongLong(&ok);
    if (!ok || n < 1) {
        err << "fjordplan-cli " << verb << ": --revision needs a revision number (1, 2, ...), not \""
            << a.value(QStringLiteral("revision")) << "\"" << Qt::endl;
        return std::nullopt;
    }
    return n;
}

QString when(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

int cmdPush(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, {QStringLiteral("comment"), QStringLiteral("revision")});
    if (!argsOrReport(a, 2, "push", err))
        return BadInput;
    const auto base = revisionOrReport(a, "push", err);
    const auto location = base ? serverLocationOrReport(a.positional(1), err) : std::nullopt;
    if (!location)
        return BadInput;
    const auto project = openOrReport(a.positional(0), err);
    if (!project)
        return BadInput;
    const QString comment = a.has(QStringLiteral("comment"))
                                ? a.value(QStringLiteral("comment"))
                                : QStringLiteral("pushed from %1").arg(QFileInfo(a.positional(0)).fileName());
    const storage::ServerSaveResult saved =
        storage::saveServerProject(*project, *location, *base > 0 ? *base : storage::AnyRevision, comment);
    if (!saved.ok()) {
        err << saved.error << Qt::endl;
        return exitCodeOf(saved);
    }
    out << "pushed " << a.positional(0) << " to " << location->displayUrl() << " as revision "
        << saved.saved.revision << Qt::endl;
    return Ok;
}

int cmdPull(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, {QStringLiteral("revision")}, {QStringLiteral("force")});
    if (!argsOrReport(a, 2, "pull", err))
        return BadInput;
    const auto revision = revisionOrReport(a, "pull", err);
    const auto location = revision ? serverLocationOrReport(a.positional(0), err) : std::nullopt;
    if (!location)
        return BadInput;
    const QString file = a.positional(1);
    if (QFileInfo::exists(file) && !a.has(QStringLiteral("force"))) {
        err << file << ": already exists; use --force to replace it" << Qt::endl;
        return BadInput;
    }
    const storage::ServerOpenResult opened = storage::openServerProject(*location, *revision);
    if (!opened) {
        err << opened.error << Qt::endl;
        return BadInput;
    }
    if (!saveOrReport(*opened.project, file, err))
        return BadInput;
    out << "pulled revision " << opened.revision.revision << " (" << opened.revision.savedBy << ", "
        << when(opened.revision.savedAt) << ") of " << location->displayUrl() << " to " << file << Qt::endl;
    return Ok;
}

int cmdHistory(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, {}, {QStringLiteral("json")});
    if (!argsOrReport(a, 1, "history", err))
        return BadInput;
    const auto location = serverLocationOrReport(a.positional(0), err);
    if (!location)
        return BadInput;
    const storage::ServerHistoryResult history = storage::serverHistory(*location);
    if (!history.error.isEmpty()) {
        err << history.error << Qt::endl;
        return BadInput;
    }
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &r : history.revisions)
            list.append(QJsonObject{{QStringLiteral("revision"), r.revision},
                                    {QStringLiteral("saved_by"), r.savedBy},
                                    {QStringLiteral("saved_at"), r.savedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("comment"), r.comment}});
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const auto &r : history.revisions)
        out << r.revision << '\t' << r.savedBy << '\t' << when(r.savedAt) << '\t' << r.comment << '\n';
    out.flush();
    return Ok;
}

int cmdRestore(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, {QStringLiteral("revision"), QStringLiteral("comment")});
    if (!argsOrReport(a, 1, "restore", err))
        return BadInput;
    if (!a.has(QStringLiteral("revision"))) {
        err << "fjordplan-cli restore: --revision N is required (the revision to make the latest; "
               "fjordplan-cli history URL lists them)"
            << Qt::endl;
        return BadInput;
    }
    const auto revision = revisionOrReport(a, "restore", err);
    const auto location = revision ? serverLocationOrReport(a.positional(0), err) : std::nullopt;
    if (!location)
        return BadInput;
    // On top of whatever is latest: every revision stays in the history, the restored one included.
    const storage::ServerSaveResult saved = storage::restoreServerRevision(
        *location, *revision, storage::AnyRevision, a.value(QStringLiteral("comment")));
    if (!saved.ok()) {
        err << saved.error << Qt::endl;
        return exitCodeOf(saved);
    }
    out << "restored revision " << *revision << " of " << location->displayUrl() << " as revision "
        << saved.saved.revision << Qt::endl;
    return Ok;
}

} // namespace fjord::cli
