#pragma once

#include "ui/charts/chartview.h"

#include <QList>
#include <QStringList>

namespace fjord::ui {

// A tornado: one row per uncertain input, a bar from the base value to the output with the input at
// its P10 and one to the output at its P90 (the other inputs at their central values), on an
// absolute value axis with the base as a dashed line. Rows come sorted: the first is drawn on top.
class TornadoChart : public ChartView {
    Q_OBJECT
public:
    struct Row {
        QString name;  // the input: "Discount rate"
        QString range; // its P10 and P90: "7.6 % – 9.9 %"
        double atLow = 0;
        double atHigh = 0; // the output, in the axis's unit
    };

    explicit TornadoChart(QWidget *parent = nullptr);

    // `base` and the rows in the x axis's unit; `baseLabel` names the base line in the legend.
    void setData(const QList<Row> &rows, double base, const QString &xTitle, const QString &baseLabel);
    // The row labels as drawn, from the top down, as plain text: "Discount rate: 7.6 % – 9.9 %".
    QStringList labelsTopDown() const;

    QSize sizeHint() const override { return {620, 520}; }
};

} // namespace fjord::ui
