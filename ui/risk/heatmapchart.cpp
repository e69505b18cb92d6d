#include "ui/risk/heatmapchart.h"

#include "ui/charts/chartpalette.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fjord::ui {

namespace {

// Diverging scale (ColorBrewer RdBu ends): below the pivot towards red, above towards blue.
const QColor Negative(178, 24, 43);
const QColor Neutral(247, 247, 247);
const QColor Positive(33, 102, 172);

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

HeatMapChart::HeatMapChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatMapChart::setData(Data data)
{
    m_data = std::move(data);
    m_low = m_high = 0;
    bool first = true;
    for (double v : m_data.values) {
        if (!std::isfinite(v))
            continue;
        m_low = first ? v : std::min(m_low, v);
        m_high = first ? v : std::max(m_high, v);
        first = false;
    }
    update();
}

QColor HeatMapChart::colourOf(double value) const
{
    if (!std::isfinite(value))
        return palette().color(QPalette::Window);
    const double pivot = m_data.pivot;
    // All values on one side of the pivot: that side's hue from light (the value nearest the pivot)
    // to dark, so differences show; across the pivot, one scale for both sides (the larger distance),
    // so equal distances above and below look equally strong.
    if (m_low >= pivot || m_high <= pivot) {
        const double span = m_high - m_low;
        const double along = span > 0 ? (m_low >= pivot ? value - m_low : m_high - value) / span : 1.0;
        const double t = 0.25 + 0.75 * std::clamp(along, 0.0, 1.0);
        return value >= pivot ? mix(Neutral, Positive, t) : mix(Neutral, Negative, t);
    }
    const double span = std::max(m_high - pivot, pivot - m_low);
    const double t = (value - pivot) / span;
    return t >= 0 ? mix(Neutral, Positive, t) : mix(Neutral, Negative, -t);
}

QImage HeatMapChart::renderImage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRect(QPoint(0, 0), size));
    return image;
}

void HeatMapChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);
    paint(painter, rect());
}

void HeatMapChart::paint(QPainter &p, const QRect &area) const
{
    const QFont titleFont = ChartPalette::titleFont();
    const QFont labelFont = ChartPalette::labelFont();
    const QFontMetrics title(titleFont), label(labelFont);
    const int margin = 8;

    p.setPen(Qt::black);
    p.setFont(titleFont);
    const QRect titleRect(area.left(), area.top() + margin, area.width(), title.height());
    p.drawText(titleRect, Qt::AlignCenter, m_data.title);

    const int nx = int(m_data.x.size()), ny = int(m_data.y.size());
    if (nx == 0 || ny == 0 || m_data.values.size() != qsizetype(nx) * ny)
        return;

    int yLabelWidth = 0;
    for (const QString &l : m_data.yLabels)
        yLabelWidth = std::max(yLabelWidth, label.horizontalAdvance(l));
    const int barWidth = 16;
    QString lowText = m_data.format ? m_data.format(m_low) : QString::number(m_low);
    QString highText = m_data.format ? m_data.format(m_high) : QString::number(m_high);
    const int barLabelWidth = std::max(label.horizontalAdvance(lowText), label.horizontalAdvance(highText));
    // Plot: left of it the y title (rotated) and labels; below, x labels and title; right, the bar.
    const QRect plot(area.left() + margin + label.height() + 6 + yLabelWidth + 6, titleRect.bottom() + margin,
                     area.width() - (2 * margin + label.height() + 12 + yLabelWidth) -
                         (24 + barWidth + 6 + barLabelWidth),
                     area.height() - (titleRect.height() + 3 * margin + 3 * label.height() + 16));
    if (plot.width() < nx * 4 || plot.height() < ny * 4)
        return;

    const double cw = double(plot.width()) / nx, ch = double(plot.height()) / ny;
    p.setFont(labelFont);
    for (int iy = 0; iy < ny; ++iy) {
        for (int ix = 0; ix < nx; ++ix) {
            const double v = m_data.values.at(qsizetype(iy) * nx + ix);
            // The first y value at the bottom, as on a chart.
            const QRectF cell(plot.left() + ix * cw, plot.bottom() + 1 - (iy + 1) * ch, cw, ch);
            const QColor c = colourOf(v);
            p.fillRect(cell, c);
            p.setPen(QColor(255, 255, 255));
            p.drawRect(cell);
            if (m_data.flagged.value(qsizetype(iy) * nx + ix)) {
                p.setPen(QPen(ChartPalette::fail(), 3, Qt::DashLine));
                p.drawRect(cell.adjusted(3, 3, -3, -3));
            }
            if (std::isfinite(v) && m_data.format) {
                const QString text = m_data.format(v);
                if (label.horizontalAdvance(text) + 4 <= cw && label.height() <= ch) {
                    p.setPen(c.lightnessF() < 0.5 ? Qt::white : Qt::black);
                    p.drawText(cell, Qt::AlignCenter, text);
                }
            }
        }
    }
    p.setPen(Qt::black);
    // Tick labels, thinned to what fits.
    const int xEvery =
        std::max(1, int(std::ceil((label.horizontalAdvance(m_data.xLabels.value(nx - 1)) + 8) / cw)));
    for (int ix = 0; ix < nx; ix += xEvery)
        p.drawText(QRectF(plot.left() + ix * cw - cw, plot.bottom() + 4, 3 * cw, label.height()),
                   Qt::AlignHCenter, m_data.xLabels.value(ix));
    const int yEvery = std::max(1, int(std::ceil(label.height() / ch)));
    for (int iy = 0; iy < ny; iy += yEvery)
        p.drawText(QRectF(plot.left() - 6 - yLabelWidth,
                          plot.bottom() + 1 - (iy + 0.5) * ch - label.height() / 2.0, yLabelWidth,
                          label.height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_data.yLabels.value(iy));
    p.drawText(QRect(plot.left(), plot.bottom() + 6 + label.height(), plot.width(), label.height()),
               Qt::AlignCenter, m_data.xTitle);
    p.save();
    p.translate(area.left() + margin, plot.center().y());
    p.rotate(-90);
    p.drawText(QRect(-plot.height() / 2, 0, plot.height(), label.height()), Qt::AlignCenter, m_data.yTitle);
    p.restore();

    // The colour bar: the scale from the lowest to the highest value, the pivot marked.
    const QRect bar(plot.right() + 24, plot.top() + label.height() + 4, barWidth,
                    plot.height() - label.height() - 4);
    for (int py = 0; py < bar.height(); ++py) {
        const double v = m_low + (m_high - m_low) * (1.0 - double(py) / std::max(1, bar.height() - 1));
        p.setPen(colourOf(v));
        p.drawLine(bar.left(), bar.top() + py, bar.right(), bar.top() + py);
    }
    p.setPen(Qt::gray);
    p.drawRect(bar);
    p.setPen(Qt::black);
    p.drawText(QRect(area.left(), plot.top(), area.right() - margin - area.left(), label.height()),
               Qt::AlignRight, m_data.valueTitle);
    if (m_data.flagged.contains(true)) {
        p.setPen(QPen(ChartPalette::fail(), 3, Qt::DashLine));
        const QRect swatch(plot.left(), plot.bottom() + 8 + 2 * label.height(), 24, label.height() - 2);
        p.drawRect(swatch);
        p.setPen(Qt::black);
        p.drawText(QRect(swatch.right() + 6, swatch.top() - 1, plot.width() - 30, label.height()),
                   Qt::AlignLeft, m_data.flagMeaning);
    }
    p.drawText(QRect(bar.right() + 6, bar.top(), barLabelWidth, label.height()), Qt::AlignLeft, highText);
    p.drawText(QRect(bar.right() + 6, bar.bottom() - label.height(), barLabelWidth, label.height()),
               Qt::AlignLeft, lowText);
}

} // namespace fjord::ui
