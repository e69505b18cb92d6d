#include "model/engine/parametersweep.h"

#include "model/engine/sweep.h"
#include "model/tr.h"
#include "model/uncertainty.h"

#include <algorithm>
#include <cmath>

namespace fjord {

namespace {

// A grid larger than this is a typo (a step of 0.001 instead of 1), not a study: refuse it before
// allocating millions of results. Batch schedulers split larger studies into several grids.
constexpr qint64 MaxVariants = 1'000'000;

} // namespace

std::optional<SweepParameter> parseSweepParameter(const QString &text, QString *error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString key = text.left(eq).trimmed();
    const QStringList range = eq < 0 ? QStringList() : text.mid(eq + 1).split(QLatin1Char(':'));
    SweepParameter p;
    p.key = key;
    bool ok = !key.isEmpty() && (range.size() == 1 || range.size() == 3);
    QList<double> numbers;
    for (const QString &part : range) {
        bool numberOk = false;
        numbers.append(part.trimmed().toDouble(&numberOk));
        ok = ok && numberOk && std::isfinite(numbers.last());
    }
    if (!ok) {
        if (error)
            *error = EngineTr::tr("\"%1\" is not NAME=FROM:TO:STEP or NAME=VALUE").arg(text);
        return std::nullopt;
    }
    p.from = numbers.at(0);
    p.to = range.size() == 3 ? numbers.at(1) : p.from;
    p.step = range.size() == 3 ? numbers.at(2) : 1.0;
    if (p.step <= 0 || p.to < p.from) {
        if (error)
            *error = EngineTr::tr("\"%1\": the step must be > 0 and TO >= FROM").arg(text);
        return std::nullopt;
    }
    return p;
}

QList<double> sweepValues(const SweepParameter &p)
{
    QList<double> values;
    if (!(p.step > 0) || p.to < p.from)
        return values;
    const double count = std::floor((p.to - p.from) / p.step + 1e-6) + 1;
    if (count > double(MaxVariants))
        return QList<double>(qsizetype(MaxVariants) + 1, p.from); // sweepGridError refuses it
    for (qint64 i = 0; i < qint64(count); ++i)
        values.append(p.from + double(i) * p.step);
    return values;
}

SweepGrid::SweepGrid(QList<SweepParameter> parameters) : m_parameters(std::move(parameters))
{
    for (const SweepParameter &p : m_parameters)
        m_values.append(sweepValues(p));
}

qint64 SweepGrid::variantCount() const
{
    if (m_values.isEmpty())
        return 0;
    qint64 n = 1;
    for (const QList<double> &v : m_values) {
        n *= v.size();
        if (n > MaxVariants)
            return MaxVariants + 1; // saturates: the product of several large lists overflows
    }
    return n;
}

QList<double> SweepGrid::valuesOf(qint64 variant) const
{
    QList<double> values(m_values.size());
    for (qsizetype p = m_values.size() - 1; p >= 0; --p) { // the last parameter varies fastest
        const qsizetype n = m_values.at(p).size();
        values[p] = m_values.at(p).at(variant % n);
        variant /= n;
    }
    return values;
}

QString sweepGridError(const Project &project, Id scenarioId, const SweepGrid &grid)
{
    if (grid.parameters().isEmpty())
        return EngineTr::tr("no parameter to sweep");
    for (const SweepParameter &p : grid.parameters()) {
        QString error;
        if (!parameterValue(project, scenarioId, p.key, &error))
            return error;
        if (!(p.step > 0) || p.to < p.from)
            return EngineTr::tr("%1: the step must be > 0 and TO >= FROM").arg(p.key);
    }
    if (grid.variantCount() > MaxVariants)
        return EngineTr::tr("the grid has more than %1 variants; use larger steps or several sweeps")
            .arg(MaxVariants);
    return {};
}

QList<SweepRow> runParameterSweep(const Project &project, Id scenarioId, const Climate &climate,
                                  const SweepGrid &grid, const ParameterSweepOptions &options)
{
    const qint64 total = grid.variantCount();
    const qint64 first = std::clamp<qint64>(options.firstVariant, 0, total);
    const qint64 count =
        options.variantCount < 0 ? total - first : std::min(options.variantCount, total - first);
    QList<SweepRow> rows(count);
    for (qint64 i = 0; i < count; ++i) {
        rows[i].variant = first + i;
        rows[i].values = grid.valuesOf(first + i);
    }
    SweepOptions sweep;
    sweep.threads = options.threads;
    sweep.evaluate.keepHourly = false;
    sweep.evaluate.perObjectAnalysis = false; // campus figures only (EvaluateOptions)
    const QList<Results> results = evaluateSweep(
        project, scenarioId, climate, int(count),
        [&](int i, Project &variant) {
            for (qsizetype p = 0; p < grid.parameters().size(); ++p)
                applyParameter(variant, scenarioId, grid.parameters().at(p).key, rows.at(i).values.at(p));
        },
        sweep);
    for (qint64 i = 0; i < count; ++i) {
        rows[i].outputs = riskOutputs(results.at(i));
        for (const Problem &problem : results.at(i).problems) {
            if (problem.severity != Severity::Error)
                continue;
            if (rows[i].errors++ == 0)
                rows[i].firstError = problem.message;
        }
    }
    return rows;
}

} // namespace fjord
