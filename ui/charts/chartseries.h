#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace fjord::ui {

// One named series handed to a chart: values in the chart's y unit, one per x value or category.
struct ChartSeries {
    QString name;
    QColor color;
    QList<double> values;
    Qt::PenStyle penStyle = Qt::SolidLine; // dashed for thresholds and limits
};

} // namespace fjord::ui
