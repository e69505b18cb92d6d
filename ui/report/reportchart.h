#pragma once

#include "ui/report/reportsink.h"

#include <QChart>
#include <QSize>

#include <functional>

namespace fjord::ui {

// A chart as a figure of the report. The chart is a widget, so it is built (by `fill`) inside the
// figure's drawing, on the GUI thread; its axes write numbers in the report's locale. `fill` may
// capture by reference: it runs before chartFigure returns. `layout`: the size the chart is laid
// out at before it is scaled into the figure (larger: smaller type).
template <class Chart>
void chartFigure(ReportSink &sink, double heightPt, QSize layout, const std::function<void(Chart &)> &fill,
                 const QString &caption)
{
    const QLocale locale = sink.locale();
    sink.figure(
        heightPt,
        [&fill, locale, layout](QPainter *painter, const QRectF &area) {
            const ScopedDefaultLocale scoped(locale); // some charts label with the default locale
            Chart chart;
            fill(chart);
            chart.chart()->setLocalizeNumbers(true);
            chart.chart()->setLocale(locale);
            chart.renderTo(painter, area, layout);
        },
        caption);
}

} // namespace fjord::ui
