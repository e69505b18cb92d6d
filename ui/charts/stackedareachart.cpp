#include "ui/charts/stackedareachart.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace fjord::ui {

StackedAreaChart::StackedAreaChart(QWidget *parent) : ChartView(parent) {}

void StackedAreaChart::setData(const QList<double> &x, const QList<ChartSeries> &layers,
                               const QString &xTitle, const QString &yTitle)
{
    clearChart();
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setTickType(QValueAxis::TicksDynamic); // whole days: x is in days
    xAxis->setTickInterval(1.0);
    xAxis->setTickAnchor(0.0);
    // Many layers do not fit a legend row under the plot: list them beside it.
    chart()->legend()->setAlignment(layers.size() > 4 ? Qt::AlignRight : Qt::AlignBottom);
    addAxis(xAxis, Qt::AlignBottom, xTitle);
    addAxis(yAxis, Qt::AlignLeft, yTitle);

    QList<double> base(x.size(), 0.0);
    double yMax = 0;
    for (const ChartSeries &s : layers) {
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        QList<QPointF> lo, up;
        for (qsizetype i = 0; i < x.size(); ++i) {
            const double v = i < s.values.size() ? s.values[i] : 0.0;
            lo.append({x[i], base[i]});
            base[i] += v;
            up.append({x[i], base[i]});
            yMax = std::max(yMax, base[i]);
        }
        lower->replace(lo);
        upper->replace(up);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(s.name);
        area->setColor(s.color);
        area->setBorderColor(s.color.darker(115));
        area->setPen(QPen(s.color.darker(115), 0.8));
        chart()->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        const QString name = s.name;
        connect(area, &QAreaSeries::hovered, this, [name](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), name);
        });
    }
    if (!x.isEmpty())
        xAxis->setRange(x.first(), x.last() > x.first() ? x.last() : x.first() + 1);
    yAxis->setRange(0, yMax > 0 ? yMax * 1.05 : 1.0);
    yAxis->applyNiceNumbers();
}

} // namespace fjord::ui
