#pragma once

#include "ui/charts/chartview.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

namespace fjord::ui {

// The expansion timeline: one row per stage, a marker at its energisation date and a thick bar over
// its ramp-up months. A stage's bar can be dragged along the time axis: stageDragged() reports the
// new energisation date (to whole months) while dragging, and once more with `finished` on release.
class StageTimelineChart : public ChartView {
    Q_OBJECT
public:
    struct Entry {
        QString name;
        QDate energisation;
        int rampUpMonths = 0;
        double gridCapacityMW = 0; // shown in the label
        QColor color;
    };

    explicit StageTimelineChart(QWidget *parent = nullptr);
    void setStages(const QList<Entry> &stages);

    static double toYear(QDate date);   // 2026-07-01 -> 2026.5 (fraction of the year's days)
    static QDate fromYear(double year); // rounded to the first of the nearest month

    // The stage row under a point in widget coordinates, -1 if none.
    int stageAt(const QPoint &pos) const;
    QPoint pointFor(int stage, QDate date) const; // widget coordinates of a date on a stage's row

signals:
    void stageDragged(int stage, QDate energisation, bool finished);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QList<Entry> m_stages;
    int m_dragStage = -1;
    double m_dragOffsetYears = 0; // pointer position minus the stage's start when the drag began
};

} // namespace fjord::ui
