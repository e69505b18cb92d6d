#include "ui/power/phasecurrentchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace fjord::ui {

PhaseCurrentChart::PhaseCurrentChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumHeight(220);
}

void PhaseCurrentChart::setLoadings(const QString &title, const QList<PowerNodeLoading> &loadings)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(title);
    auto *series = new QBarSeries;
    const QStringList names = {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")};
    const QList<QColor> colours = {QColor(0x8c, 0x56, 0x4b), QColor(0x33, 0x33, 0x33),
                                   QColor(0x7f, 0x7f, 0x7f)};
    QList<QBarSet *> sets;
    for (int p = 0; p < 3; ++p) {
        sets.append(new QBarSet(names[p]));
        sets[p]->setColor(colours[p]); // brown / black / grey: the IEC 60446 phase colours
    }
    QStringList categories;
    double peak = 0;
    for (const PowerNodeLoading &l : loadings) {
        categories.append(l.name);
        for (int p = 0; p < 3; ++p) {
            *sets[p] << l.phaseCurrentA[p];
            peak = std::max(peak, l.phaseCurrentA[p]);
        }
    }
    for (QBarSet *s : sets)
        series->append(s);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Current per phase (A)"));
    y->setRange(0, peak > 0 ? peak * 1.1 : 1.0);
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    c->legend()->setVisible(true);
    m_categories = int(categories.size());
}

} // namespace fjord::ui
