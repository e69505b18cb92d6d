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

private:
    QString m_xFormat = QStringLiteral("%g");
};

} // namespace fjord::ui
