#include "ui/mainwindow/overview/stagetable.h"
#include "ui/settings/displayunits.h"

#include "model/document/projectdocument.h"

#include <QHeaderView>
#include <QLocale>

namespace fjord::ui {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

OverviewStageTable::OverviewStageTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("overviewStageTable"));
    setHorizontalHeaderLabels({tr("Stage"), tr("Energised"), tr("Racks"), tr("GPUs"), QString(), QString(),
                               QString(), QString(), tr("Grid\nheadroom"), tr("PUE"), tr("Capex\n(M)")});
    horizontalHeaderItem(PeakMw)->setToolTip(
        tr("The highest hourly facility power of the year at the load profiles (what the campus is "
           "expected to draw). Never compared with a rating."));
    horizontalHeaderItem(DesignMw)->setToolTip(
        tr("Every rack at its peak power and the cooling at each system's design ambient: what the grid "
           "connection, transformers and UPS are sized for (METHOD v2 §4)."));
    horizontalHeaderItem(Headroom)->setToolTip(tr("1 − design demand / grid capacity"));
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Columns share the width (no gap before the last one); the three-line headers fit 70 px.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(48);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
}

void OverviewStageTable::refresh(const ProjectDocument &document)
{
    const Results &results = document.results();
    const QLocale locale;
    horizontalHeaderItem(Capex)->setText(
        tr("Capex\n(M %1)").arg(units::currencyLabel(document.project().costs.currency)));
    const QString unit = units::powerUnitName();
    horizontalHeaderItem(ItMw)->setText(tr("IT\ncapacity\n(%1)").arg(unit));
    horizontalHeaderItem(PeakMw)->setText(tr("Expected\npeak\n(%1)").arg(unit));
    horizontalHeaderItem(DesignMw)->setText(tr("Design\ndemand\n(%1)").arg(unit));
    horizontalHeaderItem(GridMw)->setText(tr("Grid\ncapacity\n(%1)").arg(unit));
    // The scenario's stages give the rows, so a stage shows even before the engine has figures.
    const QList<Stage> &stages = document.scenario().stages;
    setRowCount(int(stages.size()));
    for (int row = 0; row < stages.size(); ++row) {
        const Stage &stage = stages.at(row);
        const StageResult *r = nullptr;
        for (const StageResult &candidate : results.stages)
            if (candidate.stageId == stage.id)
                r = &candidate;
        auto mw = [&](double w) { return units::powerNumber(w, locale); };
        const QString none = QStringLiteral("–");
        setItem(row, Name, cell(stage.name, false));
        setItem(
            row, Energisation,
            cell(stage.energisation.isValid() ? stage.energisation.toString(QStringLiteral("yyyy-MM")) : none,
                 false));
        setItem(row, Racks, cell(r ? locale.toString(r->racks) : none));
        setItem(row, Gpus, cell(r ? locale.toString(r->gpus) : none));
        setItem(row, ItMw, cell(r ? mw(r->itCapacityW) : none));
        setItem(row, PeakMw, cell(r ? mw(r->facilityPeakW) : none));
        setItem(row, DesignMw, cell(r ? mw(r->designDemandW) : none));
        setItem(row, GridMw, cell(r ? mw(r->gridCapacityW) : none));
        setItem(row, Headroom,
                cell(r && r->gridCapacityW > 0
                         ? locale.toString((1.0 - r->designDemandW / r->gridCapacityW) * 100, 'f', 1) +
                               QStringLiteral(" %")
                         : none));
        setItem(row, Pue, cell(r && r->annual.pue > 0 ? locale.toString(r->annual.pue, 'f', 3) : none));
        setItem(row, Capex, cell(r ? locale.toString(r->capex.total() / 1e6, 'f', 1) : none));
        if (r && r->gridCapacityW > 0 && r->designDemandW > r->gridCapacityW) {
            item(row, DesignMw)->setForeground(QColor(0xc6, 0x28, 0x28));
            item(row, DesignMw)->setToolTip(tr("The design demand exceeds the grid capacity."));
        }
        const bool current = row == document.currentStageIndex();
        for (int c = 0; c < ColumnCount; ++c) {
            QFont f = item(row, c)->font();
            f.setBold(current);
            item(row, c)->setFont(f);
        }
    }
    // As tall as its rows: the dashboard's charts take the rest.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(height + 2);
}

} // namespace fjord::ui
