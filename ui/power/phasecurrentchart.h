#pragma once

#include "model/results.h"

#include <QChartView>

namespace fjord::ui {

// Grouped bars of the phase currents L1/L2/L3 (A) of a few power nodes, with a title, a
// current axis in amperes and a legend. It is handed the loadings and draws them.
class PhaseCurrentChart : public QChartView {
    Q_OBJECT
public:
    explicit PhaseCurrentChart(QWidget *parent = nullptr);
    void setLoadings(const QString &title, const QList<PowerNodeLoading> &loadings);
    int categoryCount() const { return m_categories; }

private:
    int m_categories = 0;
};

} // namespace fjord::ui
