#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

namespace fjord::ui {

// A two-parameter sweep as a heat map: one cell per combination (x across, y up), coloured by the
// value on a diverging scale around `pivot` (e.g. NPV = 0: red below, blue above; values all on one
// side use that side's hue from light to dark), each value written in its cell where it fits, flagged
// cells outlined, and a colour bar with the value's unit. Qt Charts has no heat map; this
// paints one with the charts' fonts. Presentation only: it is handed the values.
class HeatMapChart : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapChart(QWidget *parent = nullptr);

    struct Data {
        QString title;
        QString xTitle, yTitle, valueTitle;    // axis titles with units; the colour bar's title
        QList<double> x, y;                    // the parameters' values, ascending
        QList<QString> xLabels, yLabels;       // their tick labels
        QList<double> values;                  // row-major: values[iy * x.size() + ix]; NaN: not (yet) run
        std::function<QString(double)> format; // a value as written in its cell and on the colour bar
        double pivot = 0;                      // the neutral colour's value
        QList<bool> flagged;                   // like `values`: cells outlined (variants with errors)
        QString flagMeaning;                   // the outline's legend text
    };
    void setData(Data data);
    const Data &data() const { return m_data; }

    // The colour of a value: the diverging scale the cells use (exposed for tests and the legend).
    QColor colourOf(double value) const;
    QImage renderImage(QSize size);

    QSize sizeHint() const override { return {620, 420}; }
    QSize minimumSizeHint() const override { return {360, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paint(QPainter &painter, const QRect &area) const;
    Data m_data;
    double m_low = 0, m_high = 0; // the finite values' range
};

} // namespace fjord::ui
