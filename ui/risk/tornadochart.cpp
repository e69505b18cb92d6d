#include "ui/risk/tornadochart.h"

#include "ui/charts/chartpalette.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fjord::ui {

namespace {
constexpr double HalfBar = 0.32; // of a row's height (1)

constexpr int LabelLineChars = 30; // the axis keeps about a third of the chart's width for its labels

// "name: range" on short lines (an HTML label), so a long input name is not cut off.
QString wrappedLabel(const QString &name, const QString &range)
{
    QStringList lines{QString()};
    for (const QString &word : QString(name + u':').split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.last().isEmpty() && lines.last().size() + 1 + word.size() > LabelLineChars)
            lines.append(QString());
        lines.last() += (lines.last().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines.append(range);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QColor lowColour()
{
    return ChartPalette::indexed(0);
}
QColor highColour()
{
    return ChartPalette::indexed(1);
}
} // namespace

TornadoChart::TornadoChart(QWidget *parent) : ChartView(parent) {}

void TornadoChart::setData(const QList<Row> &rows, double base, const QString &xTitle,
                           const QString &baseLabel)
{
    clearChart();
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QCategoryAxis;
    xAxis->setLabelFormat(QStringLiteral("%.3g"));
    addAxis(xAxis, Qt::AlignBottom, xTitle);
    addAxis(yAxis, Qt::AlignLeft, QString());
    const int n = int(rows.size());
    yAxis->setStartValue(-0.5);
    yAxis->setRange(-0.5, std::max(0.5, n - 0.5));
    yAxis->setGridLineVisible(false);

    double lo = base, hi = base;
    bool lowNamed = false, highNamed = false;
    auto bar = [&](double y, double to, const QColor &colour, const QString &name, bool &named) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(base, y + HalfBar);
        upper->append(to, y + HalfBar);
        lower->append(base, y - HalfBar);
        lower->append(to, y - HalfBar);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(name);
        area->setBrush(colour);
        area->setPen(QPen(colour.darker(130), 0.8));
        chart()->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        for (QLegendMarker *marker : chart()->legend()->markers(area))
            marker->setVisible(!named);
        named = true;
    };
    // Bottom up: the last row at y = 0, the first (the largest swing) at the top.
    for (int k = 0; k < n; ++k) {
        const Row &row = rows[n - 1 - k];
        // QCategoryAxis keeps one category per label: make a repeated label unique.
        QString label = wrappedLabel(row.name, row.range);
        while (yAxis->categoriesLabels().contains(label))
            label += QLatin1Char(' ');
        yAxis->append(label, k + 0.5);
        // The wider side first, so a narrower bar on the same side stays visible over it.
        const bool lowWider = std::abs(row.atLow - base) >= std::abs(row.atHigh - base);
        if (lowWider) {
            bar(k, row.atLow, lowColour(), tr("Input at its P10"), lowNamed);
            bar(k, row.atHigh, highColour(), tr("Input at its P90"), highNamed);
        } else {
            bar(k, row.atHigh, highColour(), tr("Input at its P90"), highNamed);
            bar(k, row.atLow, lowColour(), tr("Input at its P10"), lowNamed);
        }
        lo = std::min({lo, row.atLow, row.atHigh});
        hi = std::max({hi, row.atLow, row.atHigh});
    }
    const double pad = (hi - lo) * 0.05 + (hi == lo ? 1.0 : 0.0);
    xAxis->setRange(lo - pad, hi + pad);
    xAxis->applyNiceNumbers();

    auto *baseLine = new QLineSeries;
    baseLine->setName(baseLabel);
    baseLine->setPen(QPen(ChartPalette::limit(), 1.4, Qt::DashLine));
    baseLine->append(base, -0.5);
    baseLine->append(base, std::max(0.5, n - 0.5));
    chart()->addSeries(baseLine);
    baseLine->attachAxis(xAxis);
    baseLine->attachAxis(yAxis);
}

QStringList TornadoChart::labelsTopDown() const
{
    const auto axes = chart()->axes(Qt::Vertical);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
    if (!axis)
        return {};
    QStringList labels = axis->categoriesLabels();
    std::reverse(labels.begin(), labels.end());
    for (QString &label : labels) {
        label = label.trimmed();
        label.replace(QLatin1String("<br>"), QLatin1String(" "));
        label.replace(QLatin1String("&amp;"), QLatin1String("&"));
        label.replace(QLatin1String("&lt;"), QLatin1String("<"));
        label.replace(QLatin1String("&gt;"), QLatin1String(">"));
    }
    return labels;
}

} // namespace fjord::ui
