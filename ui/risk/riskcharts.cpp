#include "ui/risk/riskcharts.h"

#include "model/tr.h"
#include "model/uncertainty.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/risk/histogramchart.h"
#include "ui/risk/riskformat.h"
#include "ui/risk/tornadochart.h"
#include "ui/tabs/moneyformat.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fjord::ui::riskcharts {

namespace {

QColor outerColour() // P10 and P90
{
    return ChartPalette::indexed(6);
}

QString runsText(qsizetype n)
{
    return n == 1 ? RiskUiTr::tr("1 run") : RiskUiTr::tr("%1 runs").arg(QLocale().toString(qlonglong(n)));
}

// Round axis ends and ticks (the data's own ends give labels like -2.72279).
void niceAxes(QChart *chart, int yTicks = 0)
{
    for (QAbstractAxis *axis : chart->axes())
        if (auto *value = qobject_cast<QValueAxis *>(axis)) {
            if (axis->orientation() == Qt::Horizontal)
                value->applyNiceNumbers();
            else if (yTicks > 0)
                value->setTickCount(yTicks);
        }
}
QColor medianColour()
{
    return ChartPalette::fail();
}

QList<double> valuesOf(const QList<RiskOutputs> &runs, RiskOutput output)
{
    QList<double> values;
    values.reserve(runs.size());
    for (const RiskOutputs &r : runs)
        if (const std::optional<double> v = r.value(output))
            values.append(*v);
    return values;
}

double largestMagnitude(const QList<double> &values)
{
    double m = 0;
    for (double v : values)
        m = std::max(m, std::abs(v));
    return m;
}

QList<std::optional<double>> optionals(const QList<double> &values)
{
    return QList<std::optional<double>>(values.cbegin(), values.cend());
}

QString noRunsYet()
{
    return RiskUiTr::tr("No runs yet: set the runs and the seed above, then Run");
}
} // namespace

ParameterText parameterText(const Project &project, Id scenarioId, const QString &key)
{
    for (const UncertainParameter &p : uncertainParameters(project, scenarioId))
        if (p.key == key)
            return {p.label, p.unit};
    return {key, QString()};
}

void showHistogram(HistogramChart *chart, const QList<RiskOutputs> &runs, RiskOutput output,
                   const QString &currency)
{
    const QList<double> values = valuesOf(runs, output);
    const riskformat::AxisScale scale = riskformat::axisScale(output, largestMagnitude(values), currency);
    chart->setTitle(RiskUiTr::tr("Distribution of the %1 (%2)")
                        .arg(riskformat::outputLabel(output), runsText(runs.size())));
    QList<double> scaled;
    scaled.reserve(values.size());
    for (double v : values)
        scaled.append(v * scale.factor);
    QList<HistogramChart::Marker> markers;
    if (!values.isEmpty()) {
        const Percentiles p = percentiles(optionals(values));
        auto marker = [&](const char *name, double v, const QColor &colour, const QString &legend) {
            markers.append(
                {v * scale.factor,
                 QStringLiteral("%1: %2").arg(QLatin1String(name), riskformat::value(output, v, currency)),
                 legend, colour});
        };
        marker("P10", p.p10, outerColour(), RiskUiTr::tr("P10 and P90"));
        marker("P50", p.p50, medianColour(), RiskUiTr::tr("P50 (median)"));
        marker("P90", p.p90, outerColour(), RiskUiTr::tr("P10 and P90"));
    }
    chart->setData(scaled, scale.title, markers);
    chart->setEmptyMessage(values.isEmpty() ? noRunsYet() : QString());
}

void showNpvSCurve(LineChart *chart, const QList<RiskOutputs> &runs, const QString &currency,
                   std::optional<double> deterministicNpv)
{
    QList<double> values = valuesOf(runs, RiskOutput::Npv);
    std::sort(values.begin(), values.end());
    const double magnitude =
        std::max(largestMagnitude(values), deterministicNpv ? std::abs(*deterministicNpv) : 0.0);
    const riskformat::AxisScale scale = riskformat::axisScale(RiskOutput::Npv, magnitude, currency);
    chart->setTitle(
        RiskUiTr::tr("NPV S-curve: probability of a value at or below x (%1)").arg(runsText(runs.size())));
    // At most ~400 points: the curve is as smooth as the screen shows, however many runs there are.
    const qsizetype n = values.size();
    const qsizetype step = std::max<qsizetype>(1, n / 400);
    QList<double> x, y;
    for (qsizetype i = 0; i < n; i += step) {
        x.append(values[i] * scale.factor);
        y.append(100.0 * double(i + 1) / double(n));
    }
    if (n > 0 && (n - 1) % step != 0) { // always end at the largest run
        x.append(values.last() * scale.factor);
        y.append(100.0);
    }
    chart->setData(x, {{RiskUiTr::tr("Runs ≤ x"), ChartPalette::indexed(0), y}}, scale.title,
                   RiskUiTr::tr("Probability, %"));
    chart->setYRange(0, 100);
    chart->setEmptyMessage(n == 0 ? noRunsYet() : QString());
    if (n == 0)
        return;
    const Percentiles p = percentiles(optionals(values));
    double xMin = x.first(), xMax = x.last();
    if (deterministicNpv) {
        xMin = std::min(xMin, *deterministicNpv * scale.factor);
        xMax = std::max(xMax, *deterministicNpv * scale.factor);
    }
    const double pad = (xMax - xMin) * 0.04 + (xMax == xMin ? 1.0 : 0.0);
    chart->setXRange(xMin - pad, xMax + pad);
    niceAxes(chart->chart(), 5); // 0, 25, 50, 75, 100 %
    if (deterministicNpv)
        chart->addVerticalMarker(*deterministicNpv * scale.factor,
                                 RiskUiTr::tr("Deterministic plan: %1")
                                     .arg(riskformat::value(RiskOutput::Npv, *deterministicNpv, currency)),
                                 ChartPalette::limit());
    const auto label = [&](const char *name, double v) {
        return QStringLiteral("%1: %2").arg(QLatin1String(name),
                                            riskformat::value(RiskOutput::Npv, v, currency));
    };
    chart->addLabelledPoint({p.p10 * scale.factor, 10}, label("P10", p.p10), outerColour());
    chart->addLabelledPoint({p.p50 * scale.factor, 50}, label("P50", p.p50), medianColour());
    chart->addLabelledPoint({p.p90 * scale.factor, 90}, label("P90", p.p90), outerColour());
    if (values.first() < 0 && values.last() > 0) { // where the curve crosses 0: the chance of a loss
        const double below =
            double(std::count_if(values.cbegin(), values.cend(), [](double v) { return v < 0; })) / double(n);
        // Legend labels are HTML: the "<" escaped.
        chart->addVerticalMarker(0, RiskUiTr::tr("P(NPV &lt; 0) = %1").arg(moneyformat::percent(below)),
                                 ChartPalette::indexed(7));
    }
}

void showTornado(TornadoChart *chart, const Tornado &tornado, const Project &project, Id scenarioId,
                 const QString &currency)
{
    double magnitude = std::abs(tornado.base.npv);
    for (const TornadoBar &b : tornado.bars)
        magnitude = std::max({magnitude, std::abs(b.atLow.npv), std::abs(b.atHigh.npv)});
    const riskformat::AxisScale scale = riskformat::axisScale(RiskOutput::Npv, magnitude, currency);
    QList<TornadoChart::Row> rows;
    for (const TornadoBar &b : tornado.bars) {
        const ParameterText text = parameterText(project, scenarioId, b.parameter);
        rows.append({text.label,
                     // The unit once: "2.26 – 2.64 EUR/GPU-hour".
                     QStringLiteral("%1 – %2").arg(riskformat::inputNumber(b.lowValue, text.unit),
                                                   riskformat::inputValue(b.highValue, text.unit)),
                     b.atLow.npv * scale.factor, b.atHigh.npv * scale.factor});
    }
    chart->setTitle(RiskUiTr::tr("NPV tornado: one input at its P10 or P90, the others central"));
    chart->setData(rows, tornado.base.npv * scale.factor, scale.title,
                   RiskUiTr::tr("Base, every input central: %1")
                       .arg(riskformat::value(RiskOutput::Npv, tornado.base.npv, currency)));
}

} // namespace fjord::ui::riskcharts
