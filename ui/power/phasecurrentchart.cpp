#include "ui/power/phasecurrentchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QSet>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fjord::ui {

QString PhaseCurrentChart::tickFormat(double span, int tickCount)
{
    // As many decimals as the tick step needs, so that 0.2 A steps do not all read "0" or "1".
    const double step = tickCount > 1 ? span / (tickCount - 1) : span;
    int decimals = 0;
    while (decimals < 3 && step > 0) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    return QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f");
}

PhaseCurrentChart::PhaseCurrentChart(QWidget *parent) : ChartView(parent)
{
    // The width a name may take is known only once the chart is laid out, and changes with it.
    connect(chart(), &QChart::plotAreaChanged, this, &PhaseCurrentChart::fitLabels);
}

QBarCategoryAxis *PhaseCurrentChart::nodeAxis() const
{
    const QList<QAbstractAxis *> axes = chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
}

QStringList PhaseCurrentChart::categoryLabels() const
{
    QBarCategoryAxis *x = nodeAxis();
    return x ? x->categories() : QStringList();
}

namespace {
// A label's width as Qt Charts 6.4 measures it before deciding to cut it: a text item holding the
// label as HTML, with a 0.5 px document margin (ChartPresenter::textBoundingRect). One item serves
// every measurement of a layout.
class ChartLabelMeasure {
public:
    explicit ChartLabelMeasure(const QFont &font)
    {
        m_item.document()->setDocumentMargin(0.5);
        m_item.setFont(font);
    }
    qreal width(const QString &label)
    {
        m_item.setHtml(label);
        return m_item.boundingRect().width();
    }

private:
    QGraphicsTextItem m_item;
};
} // namespace

void PhaseCurrentChart::fitLabels()
{
    QBarCategoryAxis *x = nodeAxis();
    const qreal plotWidth = chart()->plotArea().width();
    if (!x || m_names.isEmpty() || plotWidth <= 0)
        return;
    const QFont font = x->labelsFont();
    const QFontMetricsF metrics(font);
    ChartLabelMeasure drawn(font);
    // Qt Charts cuts a label that is too wide at its end, where names in a chain usually differ
    // ("… (stage 1)", "…-R01-A"): this elides at the start instead, to the width Qt then leaves alone:
    // the axis width over its layout's points (Qt 6.4's bar category axis has one per category plus
    // one at each end) less its label padding (2 × 4 px).
    const qreal limit = plotWidth / (m_names.size() + 2) - 8.0;
    QStringList labels;
    for (const QString &name : m_names) {
        QString label = name;
        // Font metrics and the text item differ by a pixel or so: elide until the item fits.
        for (qreal budget = limit; drawn.width(label) > limit && budget > 0;
             budget -= metrics.averageCharWidth() / 2)
            label = metrics.elidedText(name, Qt::ElideLeft, budget);
        labels.append(label);
    }
    // A category axis drops repeated labels (and its bars with them): keep the full names then.
    if (QSet<QString>(labels.cbegin(), labels.cend()).size() != labels.size())
        labels = m_names;
    if (labels != x->categories())
        x->setCategories(labels);
}

void PhaseCurrentChart::setLoadings(const QString &title, const QList<PowerNodeLoading> &loadings)
{
    QChart *c = chart();
    clearChart();
    setTitle(title);
    auto *series = new QBarSeries;
    const QStringList names = {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")};
    const QList<QColor> colours = {QColor(0x8c, 0x56, 0x4b), QColor(0x33, 0x33, 0x33),
                                   QColor(0x7f, 0x7f, 0x7f)};
    QList<QBarSet *> sets;
    for (int p = 0; p < 3; ++p) {
        sets.append(new QBarSet(names[p]));
        sets[p]->setColor(colours[p]); // brown / black / grey: the IEC 60446 phase colours
    }
    m_names.clear();
    double peak = 0;
    for (const PowerNodeLoading &l : loadings) {
        // Unique names: a category axis keeps one bar group per distinct label.
        QString name = l.name;
        for (int n = 2; m_names.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(l.name).arg(n);
        m_names.append(name);
        for (int p = 0; p < 3; ++p) {
            *sets[p] << l.phaseCurrentA[p];
            peak = std::max(peak, l.phaseCurrentA[p]);
        }
    }
    for (QBarSet *s : sets)
        series->append(s);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(m_names);
    addAxis(x, Qt::AlignBottom, QString());
    series->attachAxis(x);
    auto *y = new QValueAxis;
    // The unit on every tick ("50 A") rather than in an axis title, which a short chart elides.
    y->setRange(0, peak > 0 ? peak * 1.1 : 1.0);
    y->applyNiceNumbers(); // round ticks (0, 0.5, 1.0, … or 0, 200, 400, …)
    y->setLabelFormat(tickFormat(y->max() - y->min(), y->tickCount()) + tr(" A"));
    addAxis(y, Qt::AlignLeft, QString());
    series->attachAxis(y);
    c->legend()->setVisible(true);
    fitLabels();
}

} // namespace fjord::ui
