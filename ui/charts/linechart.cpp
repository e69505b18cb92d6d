#include "ui/charts/linechart.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

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
    fitXTicks(width());
}

void LineChart::setXRange(double min, double max)
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (!axes.isEmpty())
        axes.first()->setRange(min, max);
    fitXTicks(width());
}

void LineChart::resizeEvent(QResizeEvent *event)
{
    fitXTicks(event->size().width());
    ChartView::resizeEvent(event);
}

void LineChart::fitXTicks(int widthPx)
{
    const auto axes = chart()->axes(Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
    if (!axis || m_xTick <= 0 || widthPx <= 0)
        return;
    const double labels = (axis->max() - axis->min()) / m_xTick + 1;
    const QFontMetrics metrics(axis->labelsFont());
    // The widest label is about the largest value's (the format's own decimals, if any, approximated).
    const QString widest = QString::number(std::max(std::abs(axis->min()), std::abs(axis->max())), 'f',
                                           m_xFormat.contains(u'.') ? 1 : 0);
    const double labelPx = metrics.horizontalAdvance(widest) + 14.0;
    const double plotPx = std::max(1.0, widthPx - 90.0); // the y axis, its title and the margins
    const int multiple = std::max(1, int(std::ceil(labels * labelPx / plotPx)));
    axis->setTickInterval(m_xTick * multiple);
}

void LineChart::setYRange(double min, double max)
{
    const auto axes = chart()->axes(Qt::Vertical);
    if (!axes.isEmpty())
        axes.first()->setRange(min, max);
}

namespace {
QValueAxis *axis(QChart *chart, Qt::Orientation orientation)
{
    const auto axes = chart->axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}
} // namespace

void LineChart::addGuide(const QList<QPointF> &points, const QString &name, const QColor &color)
{
    QValueAxis *xAxis = axis(chart(), Qt::Horizontal);
    QValueAxis *yAxis = axis(chart(), Qt::Vertical);
    if (!xAxis || !yAxis)
        return;
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(QPen(color, 1.4, Qt::DashLine));
    line->replace(points);
    chart()->addSeries(line);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
    if (name.isEmpty())
        for (QLegendMarker *marker : chart()->legend()->markers(line))
            marker->setVisible(false);
}

void LineChart::addVerticalMarker(double x, const QString &name, const QColor &color, double top)
{
    if (const QValueAxis *y = axis(chart(), Qt::Vertical))
        addGuide({{x, y->min()}, {x, std::isnan(top) ? y->max() : top}}, name, color);
}

void LineChart::addHorizontalLine(double y, const QString &name, const QColor &color)
{
    if (const QValueAxis *x = axis(chart(), Qt::Horizontal))
        addGuide({{x->min(), y}, {x->max(), y}}, name, color);
}

void LineChart::addLabelledPoint(const QPointF &point, const QString &label, const QColor &color)
{
    QValueAxis *xAxis = axis(chart(), Qt::Horizontal);
    QValueAxis *yAxis = axis(chart(), Qt::Vertical);
    if (!xAxis || !yAxis)
        return;
    auto *dot = new QScatterSeries;
    dot->setName(label);
    dot->setColor(color);
    dot->setBorderColor(color.darker(130));
    dot->setMarkerSize(9);
    dot->append(point);
    // The label is the text itself (no @xPoint/@yPoint placeholders), drawn above the point.
    dot->setPointLabelsFormat(label);
    dot->setPointLabelsVisible(true);
    dot->setPointLabelsColor(color.darker(150));
    dot->setPointLabelsFont(chart()->legend()->font());
    dot->setPointLabelsClipping(false);
    chart()->addSeries(dot);
    dot->attachAxis(xAxis);
    dot->attachAxis(yAxis);
    for (QLegendMarker *marker : chart()->legend()->markers(dot))
        marker->setVisible(false);
}

} // namespace fjord::ui
