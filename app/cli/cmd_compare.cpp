// compare: KPI deltas per stage and the layout diff of two scenarios, or of each against the first.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/projectinput.h"
#include "app/cli/resultsjson.h"
#include "model/comparison.h"
#include "model/engine.h"
#include "model/layoutdiff.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fjord::cli {

namespace {

// Rack names listed per diff class: enough to find them, not the whole campus.
constexpr int MaxNamesPerClass = 100;

QJsonValue valueOrNull(bool has, double v)
{
    return has ? QJsonValue(rounded(v, 4)) : QJsonValue(QJsonValue::Null);
}

QJsonObject layoutDiffJson(const LayoutDiff &d)
{
    QJsonObject counts, names;
    std::array<QJsonArray, RackDiffClassCount> lists;
    for (const RackDiff &r : d.racks)
        if (r.kind != RackDiffClass::Unchanged && lists[std::size_t(r.kind)].size() < MaxNamesPerClass)
            lists[std::size_t(r.kind)].append(r.name);
    for (int c = 0; c < RackDiffClassCount; ++c) {
        const auto kind = RackDiffClass(c);
        counts.insert(rackDiffKey(kind), d.count(kind));
        if (kind != RackDiffClass::Unchanged)
            names.insert(rackDiffKey(kind), lists[std::size_t(c)]);
    }
    return QJsonObject{{QStringLiteral("counts"), counts},
                       {QStringLiteral("racks"), names},
                       {QStringLiteral("names_capped_at"), MaxNamesPerClass}};
}

// KPIs compared per stage position (stage 1 of A against stage 1 of B), as the Compare tab shows them.
QJsonObject comparisonJson(const Project &project, const Scenario &sa, const Scenario &sb,
                           const Climate &climate)
{
    EvaluateOptions options;
    options.keepHourly = false;
    const Results ra = evaluate(project, sa, climate, options);
    const Results rb = evaluate(project, sb, climate, options);
    QJsonArray stages;
    for (const StageComparison &c :
         compareResults(ra, rb, hallAreaThroughStages(sa), hallAreaThroughStages(sb))) {
        QJsonObject va, vb, delta, better;
        for (const KpiComparison &k : c.kpis) {
            va.insert(k.key, valueOrNull(k.hasA, k.a));
            vb.insert(k.key, valueOrNull(k.hasB, k.b));
            delta.insert(k.key, valueOrNull(k.comparable(), k.delta()));
            if (!k.informative && k.comparable() && k.a != k.b)
                better.insert(k.key,
                              (k.b < k.a) == k.lowerIsBetter ? QStringLiteral("b") : QStringLiteral("a"));
        }
        for (const auto &[key, v] : c.onlyA)
            va.insert(key, rounded(v, 4));
        for (const auto &[key, v] : c.onlyB)
            vb.insert(key, rounded(v, 4));
        stages.append(QJsonObject{{QStringLiteral("stage"), c.stage},
                                  {QStringLiteral("name_a"), c.nameA},
                                  {QStringLiteral("name_b"), c.nameB},
                                  {QStringLiteral("a"), va},
                                  {QStringLiteral("b"), vb},
                                  {QStringLiteral("delta_b_minus_a"), delta},
                                  {QStringLiteral("better"), better}});
    }
    return QJsonObject{{QStringLiteral("scenarios"), QJsonArray{sa.name, sb.name}},
                       {QStringLiteral("stages"), stages},
                       {QStringLiteral("layout_diff"), layoutDiffJson(diffLayouts(sa, sb))}};
}

} // namespace

int cmdCompare(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, withInputOptions({QStringLiteral("scenarios"), QStringLiteral("climate")}));
    if (!inputArgsOrReport(a, 0, "compare", err))
        return BadInput;
    const QString file = inputName(a);
    const QStringList names = scenarioNameList(a.value(QStringLiteral("scenarios")));
    if (a.has(QStringLiteral("scenarios")) && names.size() != 2) {
        err << "fjordplan-cli compare: --scenarios needs two names separated by a comma (A,B)" << Qt::endl;
        return BadInput;
    }
    const auto input = openInputOrReport(a, err);
    if (!input)
        return BadInput;
    const Project *project = &input->project;
    const std::optional<Climate> climate = climateOrReport(a, *project, err);
    if (!climate)
        return BadInput;
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("fjordplan-compare")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("project"), project->name}};
    if (!names.isEmpty()) {
        const QList<const Scenario *> pair = scenariosOrReport(*project, names, file, err);
        if (pair.isEmpty())
            return BadInput;
        const QJsonObject c = comparisonJson(*project, *pair[0], *pair[1], *climate);
        for (auto it = c.begin(); it != c.end(); ++it)
            root.insert(it.key(), it.value());
    } else {
        // Without --scenarios: every other scenario against the first (the baseline).
        if (project->scenarios.size() < 2) {
            err << file << ": only one scenario; nothing to compare it with" << Qt::endl;
            return BadInput;
        }
        QJsonArray comparisons;
        for (qsizetype i = 1; i < project->scenarios.size(); ++i)
            comparisons.append(
                comparisonJson(*project, project->scenarios.first(), project->scenarios[i], *climate));
        root.insert(QStringLiteral("comparisons"), comparisons);
    }
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace fjord::cli
