#pragma once

#include "ui/charts/chartseries.h"
#include "ui/charts/chartview.h"

namespace fjord::ui {

// Shares of a whole (annual energy by end use). Each slice is series.values.first(); slices are
// labelled with their share in per cent; `unit` names the unit of the values in the tooltips/legend.
class PieChart : public ChartView {
    Q_OBJECT
public:
    explicit PieChart(QWidget *parent = nullptr);
    void setData(const QList<ChartSeries> &slices, const QString &unit);
};

} // namespace fjord::ui
