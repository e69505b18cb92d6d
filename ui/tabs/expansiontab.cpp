#include "ui/tabs/expansiontab.h"

#include "model/document/commands/addstagecommand.h"
#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/removestagecommand.h"
#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/charts/stagetimelinechart.h"
#include "ui/charts/tableexport.h"
#include "ui/settings/displayunits.h"
#include "ui/tabs/numberdelegate.h"
#include "ui/tabs/tabutil.h"

#include "ui/widgets/reflowgrid.h"
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fjord::ui {

using P = ChartPalette;

namespace {

// A step line over time: the value of stage i holds from its energisation until the next stage's.
struct Steps {
    QList<double> x;
    QList<QList<double>> y;
};

Steps steps(const QList<StageResult> &stages, const QList<std::function<double(const StageResult &)>> &values)
{
    Steps s;
    s.y.resize(values.size());
    for (int i = 0; i < stages.size(); ++i) {
        if (!stages[i].energisation.isValid())
            continue;
        const double t = StageTimelineChart::toYear(stages[i].energisation);
        for (int v = 0; v < values.size(); ++v) {
            s.y[v].append(s.x.isEmpty() ? 0.0 : s.y[v].last());
            s.y[v].append(values[v](stages[i]));
        }
        s.x.append(t);
        s.x.append(t);
    }
    if (!s.x.isEmpty()) {
        // Hold the last value for three years after the last energisation.
        s.x.append(s.x.last() + 3.0);
        for (auto &series : s.y)
            series.append(series.last());
    }
    return s;
}

} // namespace

ExpansionTab::ExpansionTab(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("stageTable"));
    // Results in the unit of Preferences; the grid added is an input and keeps its own (MW).
    const QString unit = units::powerUnitName();
    m_table->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Energisation"), tr("Grid added (MW)"), tr("Ramp-up (months)"), tr("Racks"),
         tr("GPUs"), tr("IT capacity (%1)").arg(unit), tr("Expected peak (%1)").arg(unit),
         tr("Design demand (%1)").arg(unit), tr("Grid capacity (%1)").arg(unit)});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    TableExport::attach(m_table);
    m_table->setItemDelegateForColumn(GridAddedMW, new NumberDelegate(1, m_table));
    // As tall as its stages (a plan has a handful), so that the splitter gives the rest to the charts.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("expansionStatus"));

    m_timeline = new StageTimelineChart;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setTitle(tr("Expansion timeline (drag a stage to move it)"));
    m_capacity = new BarChart;
    m_capacity->setObjectName(QStringLiteral("capacityChart"));
    m_capacity->setTitle(tr("Capacity per stage (campus as built through the stage)"));
    m_capacityTime = new LineChart;
    m_capacityTime->setObjectName(QStringLiteral("capacityTimeChart"));
    m_capacityTime->setTitle(tr("Capacity over time"));
    m_capacityTime->setXLabelFormat(QStringLiteral("%.0f"));
    m_capacityTime->setXTickInterval(1.0);
    m_racks = new LineChart;
    m_racks->setObjectName(QStringLiteral("racksChart"));
    m_racks->setTitle(tr("Racks and GPUs over time"));
    m_racks->setXLabelFormat(QStringLiteral("%.0f"));
    m_racks->setXTickInterval(1.0);

    m_energy = new BarChart;
    m_energy->setObjectName(QStringLiteral("energyChart"));
    m_energy->setTitle(tr("Energy per year through the horizon (ramp-up included)"));

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    // Stages are added and removed here as well as from the Project menu (issue 11).
    auto *addStage = new QPushButton(tr("Add stage"), top);
    addStage->setObjectName(QStringLiteral("addStageButton"));
    addStage->setToolTip(tr("A new stage 12 months after the last one"));
    auto *removeStage = new QPushButton(tr("Remove stage"), top);
    removeStage->setObjectName(QStringLiteral("removeStageButton"));
    removeStage->setToolTip(tr("Remove the selected stage; what it builds moves to the previous stage"));
    auto *stageButtons = new QHBoxLayout;
    stageButtons->addWidget(addStage);
    stageButtons->addWidget(removeStage);
    stageButtons->addStretch();
    topLayout->addLayout(stageButtons);
    topLayout->addWidget(m_table);
    connect(addStage, &QPushButton::clicked, this, [this] {
        m_document->undoStack()->push(new AddStageCommand(m_document, m_document->currentScenarioId()));
    });
    connect(removeStage, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        const QList<Stage> &stages = m_document->scenario().stages;
        if (row < 0 || row >= stages.size())
            return;
        const Id stage = stages[row].id;
        if (RemoveStageCommand::canRemove(m_document->project(), m_document->currentScenarioId(), stage))
            m_document->undoStack()->push(
                new RemoveStageCommand(m_document, m_document->currentScenarioId(), stage));
        else
            m_status->setText(tr("The last stage of a scenario cannot be removed."));
    });
    topLayout->addWidget(m_status);

    auto *charts = new ReflowGrid; // two columns of charts, one on a narrow pane
    charts->setObjectName(QStringLiteral("expansionCharts"));
    charts->addItem(m_timeline, 330);
    charts->addItem(m_capacity, 330);
    charts->addItem(m_capacityTime, 330);
    charts->addItem(m_racks, 330);
    charts->addItem(m_energy, 330, true);
    auto *scroll = new QScrollArea;
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table, &QTableWidget::itemChanged, this, &ExpansionTab::cellEdited);
    connect(m_timeline, &StageTimelineChart::stageDragged, this, &ExpansionTab::stageDragged);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::Stages || e.kind == ChangeEvent::Kind::Everything ||
            e.kind == ChangeEvent::Kind::Scenarios)
            scheduleRefresh();
    });
    connect(document, &ProjectDocument::currentScenarioChanged, this, &ExpansionTab::scheduleRefresh);
    connect(document, &ProjectDocument::resultsChanged, this, &ExpansionTab::scheduleRefresh);
    refresh();
}

void ExpansionTab::refresh()
{
    m_refreshing = true;
    const QList<Stage> &stages = m_document->scenario().stages;
    const QList<StageResult> &results = m_document->results().stages;
    m_table->setRowCount(int(stages.size()));
    const auto readOnly = [](const QVariant &v) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::DisplayRole, v);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    const auto editable = [](const QVariant &v) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, v);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int i = 0; i < stages.size(); ++i) {
        const Stage &s = stages[i];
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, QVariant::fromValue<Id>(s.id));
        m_table->setItem(i, Name, name);
        m_table->setItem(i, Energisation, editable(s.energisation));
        m_table->setItem(i, GridAddedMW, editable(s.gridCapacityAddedW / 1e6));
        m_table->item(i, GridAddedMW)
            ->setToolTip(tr("Contracted grid capacity this stage adds; 0: the rating × power factor of the "
                            "grid connections the stage builds (Power tab)"));
        m_table->setItem(i, RampUpMonths, editable(s.rampUpMonths));
        const StageResult *r = nullptr;
        for (const StageResult &sr : results)
            if (sr.stageId == s.id)
                r = &sr;
        const auto power = [](double w) {
            return QVariant(tabutil::number(units::inPowerUnit(w), units::powerDecimals()));
        };
        m_table->setItem(i, Racks, readOnly(r ? QVariant(r->racks) : QVariant()));
        m_table->setItem(i, Gpus, readOnly(r ? QVariant(r->gpus) : QVariant()));
        m_table->setItem(i, ItCapacityMW, readOnly(r ? power(r->itCapacityW) : QVariant()));
        m_table->setItem(i, FacilityPeakMW, readOnly(r ? power(r->facilityPeakW) : QVariant()));
        m_table->setItem(i, DesignDemandMW, readOnly(r ? power(r->designDemandW) : QVariant()));
        m_table->setItem(i, GridCapacityMW, readOnly(r ? power(r->gridCapacityW) : QVariant()));
    }
    m_refreshing = false;
    refreshCharts();
}

void ExpansionTab::refreshCharts()
{
    const QList<Stage> &stages = m_document->scenario().stages;
    QList<StageTimelineChart::Entry> entries;
    for (int i = 0; i < stages.size(); ++i)
        entries.append({stages[i].name, stages[i].energisation, stages[i].rampUpMonths,
                        stages[i].gridCapacityAddedW / 1e6, P::indexed(i)});
    m_timeline->setStages(entries);

    const QList<StageResult> &results = m_document->results().stages;
    QStringList names;
    QList<double> it, peak, design, grid;
    for (const StageResult &r : results) {
        names.append(r.name);
        it.append(units::inPowerUnit(r.itCapacityW));
        peak.append(units::inPowerUnit(r.facilityPeakW));
        design.append(units::inPowerUnit(r.designDemandW));
        grid.append(units::inPowerUnit(r.gridCapacityW));
    }
    m_capacity->setData(names,
                        {{tr("IT capacity"), P::endUse(P::EndUse::It), it},
                         {tr("Expected peak"), P::endUse(P::EndUse::Chiller), peak},
                         {tr("Design demand"), P::endUse(P::EndUse::TransformerLoss), design},
                         {tr("Grid capacity"), P::source(P::Source::Grid), grid}},
                        tr("Power (%1)").arg(units::powerUnitName()));

    const Steps cap =
        steps(results, {[](const StageResult &r) { return units::inPowerUnit(r.itCapacityW); },
                        [](const StageResult &r) { return units::inPowerUnit(r.facilityPeakW); },
                        [](const StageResult &r) { return units::inPowerUnit(r.designDemandW); },
                        [](const StageResult &r) { return units::inPowerUnit(r.gridCapacityW); }});
    m_capacityTime->setData(cap.x,
                            {{tr("IT capacity"), P::endUse(P::EndUse::It), cap.y[0]},
                             {tr("Expected peak"), P::endUse(P::EndUse::Chiller), cap.y[1]},
                             {tr("Design demand"), P::endUse(P::EndUse::TransformerLoss), cap.y[2]},
                             {tr("Grid capacity"), P::limit(), cap.y[3], Qt::DashLine}},
                            tr("Year"), tr("Power (%1)").arg(units::powerUnitName()));
    const Steps count = steps(results, {[](const StageResult &r) { return double(r.racks); },
                                        [](const StageResult &r) { return r.gpus / 1000.0; }});
    m_racks->setData(
        count.x,
        {{tr("Racks"), P::indexed(0), count.y[0]}, {tr("GPUs (thousands)"), P::indexed(1), count.y[1]}},
        tr("Year"), tr("Count (racks; thousand GPUs)"));

    // The engine's yearly series: each stage ramps linearly from its energisation date.
    QStringList years;
    QList<double> itGWh, facilityGWh;
    for (const YearResult &y : m_document->results().finance.years) {
        years.append(QString::number(y.year));
        itGWh.append(y.itEnergyMWh / 1e3);
        facilityGWh.append(y.facilityEnergyMWh / 1e3);
    }
    m_energy->setData(years,
                      {{tr("IT energy"), P::endUse(P::EndUse::It), itGWh},
                       {tr("Facility energy"), P::source(P::Source::Grid), facilityGWh}},
                      tr("Energy (GWh per year)"));
}

void ExpansionTab::cellEdited(QTableWidgetItem *item)
{
    if (m_refreshing)
        return;
    const int row = item->row();
    const Id id = m_table->item(row, Name) ? m_table->item(row, Name)->data(Qt::UserRole).value<Id>() : NoId;
    const Stage *current = m_document->scenario().stage(id);
    if (!current)
        return;
    Stage edited = *current;
    const QVariant v = item->data(Qt::EditRole);
    QString error;
    switch (item->column()) {
    case Name:
        if (v.toString().trimmed().isEmpty())
            error = tr("A stage needs a name.");
        edited.name = v.toString().trimmed();
        break;
    case Energisation: {
        const QDate d =
            v.typeId() == QMetaType::QDate ? v.toDate() : QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            error = tr("“%1” is not a date (use YYYY-MM-DD).").arg(v.toString());
        edited.energisation = d;
        break;
    }
    case GridAddedMW: {
        bool ok = false;
        const double mw = v.toDouble(&ok);
        if (!ok || mw < 0)
            error = tr("Grid capacity must be a number ≥ 0 MW, not “%1”.").arg(v.toString());
        edited.gridCapacityAddedW = mw * 1e6;
        break;
    }
    case RampUpMonths: {
        bool ok = false;
        const int months = v.toInt(&ok);
        if (!ok || months < 0 || months > 120)
            error = tr("Ramp-up must be 0–120 months, not “%1”.").arg(v.toString());
        edited.rampUpMonths = months;
        break;
    }
    default:
        return;
    }
    if (!error.isEmpty()) {
        m_status->setText(
            tr("%1 (%2): %3")
                .arg(current->name, m_table->horizontalHeaderItem(item->column())->text(), error));
        scheduleRefresh(); // put the model's value back in the cell
        return;
    }
    m_status->clear();
    if (!(edited == *current))
        m_document->undoStack()->push(
            new SetStageCommand(m_document, m_document->currentScenarioId(), edited));
}

void ExpansionTab::stageDragged(int stage, QDate energisation, bool finished)
{
    const QList<Stage> &stages = m_document->scenario().stages;
    if (stage < 0 || stage >= stages.size() || !energisation.isValid())
        return;
    Stage edited = stages[stage];
    edited.energisation = energisation;
    auto *command = new SetStageCommand(m_document, m_document->currentScenarioId(), edited, MergeStageDrag);
    command->setFinalStep(finished);
    m_document->undoStack()->push(command);
}

void ExpansionTab::scheduleRefresh()
{
    // Queued: a refresh replaces the table's items and cell widgets, which must not happen while
    // one of them is still emitting the signal that caused the edit.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

} // namespace fjord::ui
