#include "ui/charts/piechart.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

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
        const QString share = QLocale().toString(total > 0 ? 100.0 * v / total : 0.0, 'f', 1);
        auto *slice = series->append(QStringLiteral("%1 (%2 %)").arg(s.name, share), v);
        const QString tip =
            QStringLiteral("%1: %2 %3 (%4 %)").arg(s.name, QLocale().toString(v, 'f', 0), unit, share);
        connect(slice, &QPieSlice::hovered, this, [tip](bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tip);
        });
        slice->setColor(s.color);
        slice->setBorderColor(Qt::white);
    }
    series->setPieSize(0.8);
    chart()->addSeries(series);
}

} // namespace fjord::ui
