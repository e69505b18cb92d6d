#pragma once

#include "ui/charts/chartseries.h"
#include "ui/charts/chartview.h"

#include <QStringList>

namespace fjord::ui {

// Bars over categories (months, stages): one bar set per series, stacked or side by side, with
// optional lines over the same categories (a load to compare with, a limit).
class BarChart : public ChartView {
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);

    void setStacked(bool stacked) { m_stacked = stacked; }
    void setXTitle(const QString &title) { m_xTitle = title; } // kept across setData
    void setData(const QStringList &categories, const QList<ChartSeries> &bars, const QString &yTitle,
                 const QList<ChartSeries> &lines = {});

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Category labels turn upright when they do not fit side by side (15 years in a narrow chart).
    void fitCategoryLabels();

    bool m_stacked = false;
    QString m_xTitle;
};

} // namespace fjord::ui
