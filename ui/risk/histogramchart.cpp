#include "ui/risk/histogramchart.h"

#include "ui/charts/chartpalette.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fjord::ui {

HistogramChart::HistogramChart(QWidget *parent) : ChartView(parent) {}

void HistogramChart::setData(const QList<double> &values, const QString &xTitle, const QList<Marker> &markers)
{
    clearChart();
    m_bins = 0;
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    xAxis->setLabelFormat(QStringLiteral("%.3g"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(xAxis, Qt::AlignBottom, xTitle);
    addAxis(yAxis, Qt::AlignLeft, tr("Share of runs, %"));
    if (values.isEmpty())
        return;

    const auto [minIt, maxIt] = std::minmax_element(values.cbegin(), values.cend());
    double lo = *minIt, hi = *maxIt;
    if (hi <= lo) { // every run gave the same value: one bin around it
        lo -= 0.5;
        hi += 0.5;
    }
    m_bins = std::clamp(int(std::sqrt(double(values.size()))), 8, 40);
    const double width = (hi - lo) / m_bins;
    QList<int> counts(m_bins, 0);
    for (double v : values)
        ++counts[std::clamp(int((v - lo) / width), 0, m_bins - 1)];

    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    double top = 0;
    for (int i = 0; i < m_bins; ++i) {
        const double share = 100.0 * counts[i] / values.size();
        upper->append(lo + i * width, share);
        upper->append(lo + (i + 1) * width, share);
        top = std::max(top, share);
    }
    lower->append(lo, 0);
    lower->append(hi, 0);
    auto *area = new QAreaSeries(upper, lower);
    area->setName(tr("Share of runs per bin"));
    QColor fill = ChartPalette::indexed(0);
    fill.setAlpha(150);
    area->setBrush(fill);
    area->setPen(QPen(ChartPalette::indexed(0).darker(130), 1.0));
    chart()->addSeries(area);
    area->attachAxis(xAxis);
    area->attachAxis(yAxis);

    // Room above the tallest bin for the markers' labels.
    const double yMax = top * 1.35;
    yAxis->setRange(0, yMax);
    yAxis->applyNiceNumbers();
    const double padX = (hi - lo) * 0.04;
    double xLo = lo - padX, xHi = hi + padX;
    for (const Marker &m : markers) {
        xLo = std::min(xLo, m.x - padX);
        xHi = std::max(xHi, m.x + padX);
    }
    xAxis->setRange(xLo, xHi);
    xAxis->applyNiceNumbers();

    QList<QColor> named;
    for (int k = 0; k < markers.size(); ++k) {
        const Marker &m = markers[k];
        // Staggered heights, so the labels of close percentiles do not overlap.
        const double labelY = yAxis->max() * (0.95 - 0.09 * k);
        auto *line = new QLineSeries;
        line->setName(m.legend);
        line->setPen(QPen(m.color, 1.6, Qt::DashLine));
        line->append(m.x, 0);
        line->append(m.x, labelY);
        chart()->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        const bool first = !named.contains(m.color) && !m.legend.isEmpty();
        if (first)
            named.append(m.color);
        for (QLegendMarker *marker : chart()->legend()->markers(line))
            marker->setVisible(first);

        auto *dot = new QScatterSeries;
        dot->setColor(m.color);
        dot->setBorderColor(m.color.darker(130));
        dot->setMarkerSize(7);
        dot->append(m.x, labelY);
        dot->setPointLabelsFormat(m.label); // the text itself, no placeholders
        dot->setPointLabelsVisible(true);
        dot->setPointLabelsColor(m.color.darker(150));
        dot->setPointLabelsFont(ChartPalette::labelFont());
        dot->setPointLabelsClipping(false);
        chart()->addSeries(dot);
        dot->attachAxis(xAxis);
        dot->attachAxis(yAxis);
        for (QLegendMarker *marker : chart()->legend()->markers(dot))
            marker->setVisible(false);
    }
}

} // namespace fjord::ui
