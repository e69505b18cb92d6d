#pragma once

#include "model/results.h"
#include "ui/charts/chartview.h"

class QBarCategoryAxis;

namespace fjord::ui {

// Grouped bars of the phase currents L1/L2/L3 (A) of a few power nodes, with a title, a
// current axis in amperes (the unit on each tick) and a legend. It is handed the loadings and draws them.
// A ChartView like every other chart: the shared fonts and theme, and Export PNG/SVG on its menu.
class PhaseCurrentChart : public ChartView {
    Q_OBJECT
public:
    explicit PhaseCurrentChart(QWidget *parent = nullptr);
    void setLoadings(const QString &title, const QList<PowerNodeLoading> &loadings);
    int categoryCount() const { return int(m_names.size()); }
    // The node names under the bars as shown: elided at the start to the width of a bar group, so
    // that names differing only at the end ("… (stage 1)", "… (stage 2)") stay apart.
    QStringList categoryLabels() const;
    // printf format of the current axis' labels for ticks spread over `span` A: the decimals the
    // tick step needs (0 for 50 A steps, 1 for 0.2 A steps), so that no two ticks read the same.
    static QString tickFormat(double span, int tickCount);

private:
    QBarCategoryAxis *nodeAxis() const; // the node names under the bars; null before any loadings
    void fitLabels();

    QStringList m_names; // the nodes' full names, in bar order
};

} // namespace fjord::ui
