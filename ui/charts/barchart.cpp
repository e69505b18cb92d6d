#include "ui/charts/barchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace fjord::ui {

BarChart::BarChart(QWidget *parent) : ChartView(parent) {}

void BarChart::setData(const QStringList &categories, const QList<ChartSeries> &bars, const QString &yTitle,
                       const QList<ChartSeries> &lines)
{
    clearChart();
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *yAxis = new QValueAxis;
    addAxis(xAxis, Qt::AlignBottom, m_xTitle);
    addAxis(yAxis, Qt::AlignLeft, yTitle);

    // Many sets do not fit a legend row under the plot: list them beside it.
    chart()->legend()->setAlignment(bars.size() + lines.size() > 4 ? Qt::AlignRight : Qt::AlignBottom);
    QAbstractBarSeries *series = m_stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                           : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QList<double> pos(categories.size(), 0.0), neg(categories.size(), 0.0);
    double yMin = 0, yMax = 0;
    for (const ChartSeries &s : bars) {
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(s.color.darker(120));
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const double v = i < s.values.size() ? s.values[i] : 0.0;
            set->append(v);
            if (m_stacked)
                (v >= 0 ? pos[i] : neg[i]) += v;
            yMin = std::min(yMin, m_stacked ? neg[i] : v);
            yMax = std::max(yMax, m_stacked ? pos[i] : v);
        }
        const QString name = s.name;
        connect(set, &QBarSet::hovered, this, [set, name, categories, yTitle](bool state, int index) {
            if (state && index >= 0 && index < categories.size())
                QToolTip::showText(QCursor::pos(), QStringLiteral("%1, %2\n%3 %4")
                                                       .arg(name, categories[index])
                                                       .arg(set->at(index), 0, 'g', 4)
                                                       .arg(yTitle));
        });
        series->append(set);
    }
    chart()->addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);

    for (const ChartSeries &s : lines) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->setPen(QPen(s.color, 2.0, s.penStyle));
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < std::min(categories.size(), s.values.size()); ++i) {
            line->append(double(i), s.values[i]);
            yMin = std::min(yMin, s.values[i]);
            yMax = std::max(yMax, s.values[i]);
        }
        chart()->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    yAxis->setRange(yMin, yMax > yMin ? yMax * 1.05 : yMin + 1.0);
    yAxis->applyNiceNumbers();
    fitCategoryLabels();
}

void BarChart::resizeEvent(QResizeEvent *event)
{
    ChartView::resizeEvent(event);
    // The plot area follows the new size once the chart is laid out again.
    QTimer::singleShot(0, this, &BarChart::fitCategoryLabels);
}

void BarChart::fitCategoryLabels()
{
    const auto axes = chart()->axes(Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    if (!axis || axis->count() == 0)
        return;
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (const QString &label : axis->categories())
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const double room = chart()->plotArea().width() / axis->count();
    // Qt Charts cuts a label well before it touches its neighbour: keep a generous margin.
    axis->setLabelsAngle(room > 0 && widest * 1.5 + 8 > room ? -90 : 0);
}

} // namespace fjord::ui
