#pragma once

#include "ui/charts/chartseries.h"
#include "ui/charts/chartview.h"

namespace fjord::ui {

// Layers stacked over a numeric x axis (facility power by end use over a week). Layer i is drawn
// between the sum of layers 0..i-1 and 0..i, so the top edge is the total.
class StackedAreaChart : public ChartView {
    Q_OBJECT
public:
    explicit StackedAreaChart(QWidget *parent = nullptr);

    void setData(const QList<double> &x, const QList<ChartSeries> &layers, const QString &xTitle,
                 const QString &yTitle);
};

} // namespace fjord::ui
