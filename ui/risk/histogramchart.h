#pragma once

#include "ui/charts/chartview.h"

#include <QColor>
#include <QList>

namespace fjord::ui {

// The distribution of one Monte Carlo output: the share of runs per bin (a filled step outline on a
// numeric x axis, so markers sit at their exact value) and dashed vertical markers, each labelled at
// its top (P10, P50, P90). The values come in the axis's unit; the chart only bins them.
class HistogramChart : public ChartView {
    Q_OBJECT
public:
    struct Marker {
        double x = 0;
        QString label;  // drawn at the marker's top: "P50: EUR 0.17 bn"
        QString legend; // its legend entry; markers of one colour share the first one's entry
        QColor color;
    };

    explicit HistogramChart(QWidget *parent = nullptr);

    // `values` in the x axis's unit; bins: √n, 8 to 40.
    void setData(const QList<double> &values, const QString &xTitle, const QList<Marker> &markers);
    int binCount() const { return m_bins; }

private:
    int m_bins = 0;
};

} // namespace fjord::ui
