#pragma once

#include "ui/charts/chartseries.h"
#include "ui/charts/chartview.h"

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

private:
    QString m_xFormat = QStringLiteral("%g");
    double m_xTick = 0;
    double m_xAnchor = 0;
};

} // namespace fjord::ui
