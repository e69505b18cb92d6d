#include "ui/charts/linechart.h"

#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace fjord::ui {

LineChart::LineChart(QWidget *parent) : ChartView(parent) {}

void LineChart::setData(const QList<double> &x, const QList<ChartSeries> &series, const QString &xTitle,
                        const QString &yTitle)
{
    clearChart();
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    xAxis->setLabelFormat(m_xFormat);
    if (m_xTick > 0) {
        xAxis->setTickType(QValueAxis::TicksDynamic);
        xAxis->setTickInterval(m_xTick);
        xAxis->setTickAnchor(m_xAnchor);
    }
    addAxis(xAxis, Qt::AlignBottom, xTitle);
    addAxis(yAxis, Qt::AlignLeft, yTitle);

    double yMin = 0, yMax = 0, xMin = 0, xMax = 0;
    bool any = false;
    for (const ChartSeries &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        QPen pen(s.color, s.penStyle == Qt::SolidLine ? 1.6 : 1.4, s.penStyle);
        line->setPen(pen);
        QList<QPointF> points;
        const qsizetype n = std::min(x.size(), s.values.size());
        points.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            points.append({x[i], s.values[i]});
            if (!any) {
                yMin = yMax = s.values[i];
                xMin = xMax = x[i];
                any = true;
            }
            yMin = std::min(yMin, s.values[i]);
            yMax = std::max(yMax, s.values[i]);
            xMin = std::min(xMin, x[i]);
            xMax = std::max(xMax, x[i]);
        }
        line->replace(points);
        chart()->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        const QString name = s.name;
        connect(line, &QLineSeries::hovered, this, [name, yTitle](const QPointF &p, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1\n%2 %3").arg(name).arg(p.y(), 0, 'g', 4).arg(yTitle));
        });
    }
    if (any) {
        const double pad = (yMax - yMin) * 0.05 + (yMax == yMin ? 1.0 : 0.0);
        // Quantities that cannot be negative keep their axis at 0.
        yAxis->setRange(yMin >= 0 && yMin - pad < 0 ? 0.0 : yMin - pad, yMax + pad);
        yAxis->applyNiceNumbers();
        xAxis->setRange(xMin, xMax > xMin ? xMax : xMin + 1);
    }
}

void LineChart::setXRange(double min, double max)
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (!axes.isEmpty())
        axes.first()->setRange(min, max);
}

void LineChart::setYRange(double min, double max)
{
    const auto axes = chart()->axes(Qt::Vertical);
    if (!axes.isEmpty())
        axes.first()->setRange(min, max);
}

} // namespace fjord::ui
