#include "app/cli/projectinput.h"

#include "app/cli/clicontext.h"
#include "model/plural.h"

namespace fjord::cli {

namespace {
const QString Db = QStringLiteral("db");
const QString Comment = QStringLiteral("comment");
} // namespace

QSet<QString> withInputOptions(QSet<QString> valued, bool changesProject)
{
    valued.insert(Db);
    if (changesProject)
        valued.insert(Comment);
    return valued;
}

bool inputArgsOrReport(const CliArgs &a, int arguments, const char *verb, QTextStream &err)
{
    if (!a.ok()) {
        err << "fjordplan-cli " << verb << ": " << a.error() << Qt::endl;
        return false;
    }
    const bool onServer = a.has(Db);
    if (a.has(Comment) && !onServer) {
        err << "fjordplan-cli " << verb
            << ": --comment names the revision saved to a team project; it needs --db URL" << Qt::endl;
        return false;
    }
    const int expected = arguments + (onServer ? 0 : 1);
    if (a.positionals().size() != expected) {
        err << "fjordplan-cli " << verb << ": expected "
            << countOf(expected, QStringLiteral("argument"), QStringLiteral("arguments")) << ", got "
            << a.positionals().size();
        if (onServer && a.positionals().size() == expected + 1)
            err << ": with --db URL there is no FILE";
        err << " (see fjordplan-cli --help)" << Qt::endl;
        return false;
    }
    return true;
}

QString argumentOf(const CliArgs &a, int i)
{
    return a.positional(a.has(Db) ? i : i + 1);
}

QString inputName(const CliArgs &a)
{
    if (!a.has(Db))
        return a.positional(0);
    const storage::ServerLocationParse parsed = storage::parseServerUrl(a.value(Db));
    return parsed.location ? parsed.location->displayUrl() : QStringLiteral("the server");
}

std::optional<storage::ServerLocation> serverLocationOrReport(const QString &url, QTextStream &err)
{
    const storage::ServerLocationParse parsed = storage::parseServerUrl(url);
    if (!parsed.location)
        err << parsed.error << Qt::endl;
    return parsed.location;
}

std::optional<ProjectInput> openInputOrReport(const CliArgs &a, QTextStream &err)
{
    if (!a.has(Db)) {
        auto project = openOrReport(a.positional(0), err);
        if (!project)
            return std::nullopt;
        return ProjectInput{std::move(*project), a.positional(0), std::nullopt, 0};
    }
    auto location = serverLocationOrReport(a.value(Db), err);
    if (!location)
        return std::nullopt;
    storage::ServerOpenResult opened = storage::openServerProject(*location);
    if (!opened) {
        err << opened.error << Qt::endl;
        return std::nullopt;
    }
    const QString name = location->displayUrl();
    return ProjectInput{std::move(*opened.project), name, std::move(location), opened.revision.revision};
}

std::optional<ScenarioInput> openScenarioOrReport(const CliArgs &a, QTextStream &err)
{
    auto input = openInputOrReport(a, err);
    if (!input)
        return std::nullopt;
    const Scenario *scenario =
        scenarioOrReport(input->project, a.value(QStringLiteral("scenario")), input->name, err);
    if (!scenario)
        return std::nullopt;
    const qsizetype index = scenario - input->project.scenarios.constData();
    return ScenarioInput{std::move(*input), index};
}

int exitCodeOf(const storage::ServerSaveResult &saved)
{
    if (saved.ok())
        return Ok;
    return saved.outcome == storage::ServerSaveOutcome::Stale ||
                   saved.outcome == storage::ServerSaveOutcome::PermissionDenied
               ? ServerRefused
               : BadInput;
}

int saveInputOrReport(const ProjectInput &input, const CliArgs &a, const QString &comment,
                      const QString &report, QTextStream &out, QTextStream &err)
{
    if (!input.server) {
        if (!saveOrReport(input.project, input.name, err))
            return BadInput;
        out << report;
        out.flush();
        return Ok;
    }
    const storage::ServerSaveResult saved = storage::saveServerProject(
        input.project, *input.server, input.revision, a.has(Comment) ? a.value(Comment) : comment);
    if (saved.outcome == storage::ServerSaveOutcome::Stale) {
        // The server keeps their revision and this command's inputs are untouched: running it
        // again applies it on top of theirs.
        err << "project '" << input.server->project << "' on " << input.name
            << ": not saved: " << saved.latest.savedBy << " saved revision " << saved.latest.revision
            << " at " << saved.latest.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << " UTC after this command opened revision " << input.revision
            << "; nothing was changed, run the command again to apply it to their revision" << Qt::endl;
        return ServerRefused;
    }
    if (!saved.ok()) {
        err << saved.error << Qt::endl;
        return exitCodeOf(saved);
    }
    out << report << "saved as revision " << saved.saved.revision << " of " << input.name
        << " (on top of revision " << input.revision << ")" << Qt::endl;
    return Ok;
}

} // namespace fjord::cli
