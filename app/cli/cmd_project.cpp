// Verbs on a whole project: new, evaluate, check (compare: cmd_compare.cpp).
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/projectinput.h"
#include "app/cli/resultsjson.h"
#include "model/engine.h"
#include "model/plural.h"
#include "model/sample/narviksample.h"
#include "model/sample/sitetemplates.h"
#include "model/storage/epwreader.h"
#include "model/validation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace fjord::cli {

namespace {

// Problems of the model itself plus those the engine found.
QList<Problem> allProblems(const Project &p, const Scenario &s, const Results &r)
{
    return validateProject(p) + validate(p, s) + r.problems;
}

} // namespace

int cmdNew(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, {QStringLiteral("sample"), QStringLiteral("name"), QStringLiteral("template")},
                    {QStringLiteral("force")});
    if (!argsOrReport(a, 1, "new", err))
        return BadInput;
    const QString file = a.positional(0);
    if (QFileInfo::exists(file) && !a.has(QStringLiteral("force"))) {
        err << file << ": already exists; use --force to replace it" << Qt::endl;
        return BadInput;
    }
    Project project;
    if (a.has(QStringLiteral("sample"))) {
        if (a.value(QStringLiteral("sample")) != QLatin1String("narvik")) {
            err << "fjordplan-cli new: unknown sample \"" << a.value(QStringLiteral("sample"))
                << "\" (available: narvik)" << Qt::endl;
            return BadInput;
        }
        project = makeNarvikSample();
    } else {
        SiteTemplate siteTemplate = SiteTemplate::Nordic;
        if (a.has(QStringLiteral("template")) &&
            !siteTemplateFromKey(a.value(QStringLiteral("template")), &siteTemplate)) {
            err << "fjordplan-cli new: unknown site template \"" << a.value(QStringLiteral("template"))
                << "\" (available: " << siteTemplateKeys().join(QStringLiteral(", ")) << ")" << Qt::endl;
            return BadInput;
        }
        project = makeNewProject(a.has(QStringLiteral("name")) ? a.value(QStringLiteral("name"))
                                                               : QFileInfo(file).completeBaseName(),
                                 siteTemplate);
    }
    if (a.has(QStringLiteral("name")))
        project.name = a.value(QStringLiteral("name"));
    if (!saveOrReport(project, file, err))
        return BadInput;
    out << "created " << file << " (" << project.name << ")" << Qt::endl;
    return Ok;
}

int cmdEvaluate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, withInputOptions({QStringLiteral("scenario"), QStringLiteral("climate"),
                                            QStringLiteral("stage")}));
    if (!inputArgsOrReport(a, 0, "evaluate", err))
        return BadInput;
    const auto input = openScenarioOrReport(a, err);
    if (!input)
        return BadInput;
    const QString &file = input->file();
    const Project *project = &input->project();
    const Scenario *scenario = &input->scenario();
    const std::optional<Climate> climate = climateOrReport(a, *project, err);
    if (!climate)
        return BadInput;
    EvaluateOptions options;
    options.keepHourly = false;
    int stageIndex = -1;
    if (a.has(QStringLiteral("stage"))) {
        const QString wanted = a.value(QStringLiteral("stage"));
        bool isNumber = false;
        const int n = wanted.toInt(&isNumber);
        for (int i = 0; i < scenario->stages.size(); ++i)
            if ((isNumber && n == i + 1) ||
                scenario->stages[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
                stageIndex = i;
        if (stageIndex < 0) {
            err << file << ": no stage \"" << wanted << "\" in scenario " << scenario->name << " (it has "
                << scenario->stages.size() << " stages)" << Qt::endl;
            return BadInput;
        }
        options.onlyStage = stageIndex;
    }
    Results results = evaluate(*project, *scenario, *climate, options);
    if (stageIndex >= 0) {
        const QString name = scenario->stages[stageIndex].name;
        results.stages.removeIf([&](const StageResult &s) { return s.name != name; });
    }
    results.problems = allProblems(*project, *scenario, results);
    out << QJsonDocument(resultsToJson(results)).toJson(QJsonDocument::Indented);
    return Ok;
}

int cmdCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, withInputOptions({QStringLiteral("scenario")}), {QStringLiteral("json")});
    if (!inputArgsOrReport(a, 0, "check", err))
        return BadInput;
    const auto input = openScenarioOrReport(a, err);
    if (!input)
        return BadInput;
    const QString &file = input->file();
    const Project *project = &input->project();
    const Scenario *scenario = &input->scenario();
    EvaluateOptions options;
    options.keepHourly = false;
    const QList<Problem> problems =
        allProblems(*project, *scenario, evaluate(*project, *scenario, project->site.climate, options));
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &p : problems)
            list.append(problemToJson(p));
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        int errors = 0, warnings = 0;
        for (const auto &p : problems) {
            out << severityName(p.severity) << '\t' << p.code << '\t' << p.objectName << '\t' << p.message
                << '\n';
            errors += p.severity == Severity::Error;
            warnings += p.severity == Severity::Warning;
        }
        out << file << ": scenario " << scenario->name << ": "
            << countOf(errors, QStringLiteral("error"), QStringLiteral("errors")) << ", "
            << countOf(warnings, QStringLiteral("warning"), QStringLiteral("warnings")) << Qt::endl;
    }
    return hasErrors(problems) ? ProjectHasErrors : Ok;
}

} // namespace fjord::cli
