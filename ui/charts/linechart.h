#pragma once

#include "ui/charts/chartseries.h"
#include "ui/charts/chartview.h"

#include <QPointF>

#include <limits>

namespace fjord::ui {

// Lines over a numeric x axis (hour, day or year). Every series has as many values as `x`.
class LineChart : public ChartView {
    Q_OBJECT
public:
    explicit LineChart(QWidget *parent = nullptr);

    void setData(const QList<double> &x, const QList<ChartSeries> &series, const QString &xTitle,
                 const QString &yTitle);
    // Fixes the x range (else the data's range); call after setData.
    void setXRange(double min, double max);
    void setYRange(double min, double max);
    // Format of the x labels (QValueAxis::setLabelFormat), e.g. "%d" for years.
    void setXLabelFormat(const QString &format) { m_xFormat = format; }
    // Ticks every `interval` x units from `anchor` (0: Qt's fixed tick count); kept across setData.
    void setXTickInterval(double interval, double anchor = 0)
    {
        m_xTick = interval;
        m_xAnchor = anchor;
    }

    // Guides over the data, added after setData and any range is fixed (they span the axes' ranges).
    // A guide without a name has no legend entry.
    // A dashed vertical line at `x`, from the bottom of the plot up to `top` (its top when NaN).
    void addVerticalMarker(double x, const QString &name, const QColor &color,
                           double top = std::numeric_limits<double>::quiet_NaN());
    void addHorizontalLine(double y, const QString &name, const QColor &color); // full width
    void addLabelledPoint(const QPointF &point, const QString &label, const QColor &color);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addGuide(const QList<QPointF> &points, const QString &name, const QColor &color);
    // A multiple of the tick interval whose labels fit side by side at the chart's width (a day-of-year
    // axis ticked every 30 days read "1... 2... 3..." in a 300 px chart).
    void fitXTicks(int widthPx);

    QString m_xFormat = QStringLiteral("%g");
    double m_xTick = 0;
    double m_xAnchor = 0;
};

} // namespace fjord::ui
