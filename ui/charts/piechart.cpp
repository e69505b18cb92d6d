#include "ui/charts/piechart.h"

#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>

namespace fjord::ui {

PieChart::PieChart(QWidget *parent) : ChartView(parent)
{
    chart()->legend()->setAlignment(Qt::AlignRight);
}

void PieChart::setData(const QList<ChartSeries> &slices, const QString &unit)
{
    clearChart();
    auto *series = new QPieSeries;
    double total = 0;
    for (const ChartSeries &s : slices)
        total += s.values.isEmpty() ? 0.0 : s.values.first();
    for (const ChartSeries &s : slices) {
        const double v = s.values.isEmpty() ? 0.0 : s.values.first();
        if (v <= 0)
            continue;
        auto *slice = series->append(QStringLiteral("%1: %2 %3 (%4 %)")
                                         .arg(s.name)
                                         .arg(v, 0, 'f', 0)
                                         .arg(unit)
                                         .arg(total > 0 ? 100.0 * v / total : 0.0, 0, 'f', 1),
                                     v);
        slice->setColor(s.color);
        slice->setBorderColor(Qt::white);
    }
    series->setPieSize(0.8);
    chart()->addSeries(series);
}

} // namespace fjord::ui
