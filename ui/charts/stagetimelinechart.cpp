#include "ui/charts/stagetimelinechart.h"

#include "ui/charts/chartpalette.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace fjord::ui {

StageTimelineChart::StageTimelineChart(QWidget *parent) : ChartView(parent)
{
    setToolTip(tr("Drag a stage along the time axis to move its energisation date"));
    chart()->legend()->setVisible(true);
}

double StageTimelineChart::toYear(QDate date)
{
    if (!date.isValid())
        return 0;
    return date.year() + double(date.dayOfYear() - 1) / date.daysInYear();
}

QDate StageTimelineChart::fromYear(double year)
{
    const int months = int(std::lround(year * 12.0));
    return QDate(months / 12, months % 12 + 1, 1);
}

void StageTimelineChart::setStages(const QList<Entry> &stages)
{
    m_stages = stages;
    clearChart();
    auto *xAxis = new QValueAxis;
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    auto *yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    addAxis(xAxis, Qt::AlignBottom, tr("Year"));
    addAxis(yAxis, Qt::AlignLeft, tr("Stage"));

    double first = 0, last = 0;
    bool any = false;
    QList<std::pair<QString, double>> labels;
    for (int i = 0; i < stages.size(); ++i) {
        const Entry &e = stages[i];
        if (!e.energisation.isValid())
            continue;
        const double start = toYear(e.energisation);
        const double end = toYear(e.energisation.addMonths(qMax(0, e.rampUpMonths)));
        const double y = stages.size() - i; // first stage on top
        auto *bar = new QLineSeries;
        bar->setName(tr("%1: %2 MW, ramp-up %3 months")
                         .arg(e.name)
                         .arg(QLocale().toString(e.gridCapacityMW, 'f', 0))
                         .arg(e.rampUpMonths));
        bar->setPen(QPen(e.color, 10, Qt::SolidLine, Qt::FlatCap));
        bar->append(start, y);
        bar->append(qMax(end, start + 1.0 / 24), y);
        auto *marker = new QScatterSeries;
        marker->setMarkerSize(12);
        marker->setColor(e.color.darker(140));
        marker->setBorderColor(Qt::white);
        marker->append(start, y);
        chart()->addSeries(bar);
        chart()->addSeries(marker);
        bar->attachAxis(xAxis);
        bar->attachAxis(yAxis);
        marker->attachAxis(xAxis);
        marker->attachAxis(yAxis);
        chart()->legend()->markers(marker).first()->setVisible(false);
        labels.prepend({e.name, y}); // QCategoryAxis needs rising values: last stage (lowest row) first
        if (!any) {
            first = start;
            last = end;
            any = true;
        }
        first = qMin(first, start);
        last = qMax(last, end);
    }
    for (const auto &[label, y] : labels)
        yAxis->append(label, y);
    yAxis->setRange(0.3, stages.size() + 0.7);
    // Whole years, a tick on every 1 January (every 2nd or 5th on a long plan): with Qt's default five
    // ticks spread over the range, a tick labelled "2028" sat at April 2028 and a stage energised in
    // July looked as if it came at the start of the year. A tenth of a year of room at both ends.
    const double from = any ? std::floor(first - 0.1) : 2025.0;
    const double to = any ? std::ceil(last + 0.1) : 2030.0;
    const double years = to - from;
    xAxis->setRange(from, to);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(from);
    xAxis->setTickInterval(years <= 10 ? 1.0 : years <= 20 ? 2.0 : 5.0);
}

int StageTimelineChart::stageAt(const QPoint &pos) const
{
    const QPointF value = chart()->mapToValue(mapToScene(pos));
    for (int i = 0; i < m_stages.size(); ++i) {
        const double y = m_stages.size() - i;
        const double start = toYear(m_stages[i].energisation);
        const double end = toYear(m_stages[i].energisation.addMonths(qMax(0, m_stages[i].rampUpMonths)));
        if (std::abs(value.y() - y) < 0.35 && value.x() >= start - 0.25 &&
            value.x() <= qMax(end, start) + 0.25)
            return i;
    }
    return -1;
}

QPoint StageTimelineChart::pointFor(int stage, QDate date) const
{
    const QPointF scenePos = chart()->mapToPosition(QPointF(toYear(date), double(m_stages.size() - stage)));
    return mapFromScene(scenePos);
}

void StageTimelineChart::mousePressEvent(QMouseEvent *event)
{
    m_dragStage = event->button() == Qt::LeftButton ? stageAt(event->pos()) : -1;
    if (m_dragStage >= 0) {
        const double x = chart()->mapToValue(mapToScene(event->pos())).x();
        m_dragOffsetYears = x - toYear(m_stages[m_dragStage].energisation);
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    ChartView::mousePressEvent(event);
}

void StageTimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragStage >= 0) {
        const double x = chart()->mapToValue(mapToScene(event->pos())).x();
        emit stageDragged(m_dragStage, fromYear(x - m_dragOffsetYears), false);
        event->accept();
        return;
    }
    ChartView::mouseMoveEvent(event);
}

void StageTimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragStage >= 0) {
        const int stage = m_dragStage;
        m_dragStage = -1;
        unsetCursor();
        const double x = chart()->mapToValue(mapToScene(event->pos())).x();
        emit stageDragged(stage, fromYear(x - m_dragOffsetYears), true);
        event->accept();
        return;
    }
    ChartView::mouseReleaseEvent(event);
}

} // namespace fjord::ui
