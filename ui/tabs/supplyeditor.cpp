#include "ui/tabs/supplyeditor.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/projectdocument.h"
#include "ui/charts/tableexport.h"
#include "ui/tabs/numberdelegate.h"
#include "ui/tabs/tabutil.h"

#include "ui/widgets/fitcolumns.h"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace fjord::ui {

namespace {

QString technologyName(PpaTechnology t)
{
    switch (t) {
    case PpaTechnology::Hydro:
        return SupplyEditor::tr("Hydro");
    case PpaTechnology::Wind:
        return SupplyEditor::tr("Wind");
    case PpaTechnology::Solar:
        return SupplyEditor::tr("Solar");
    }
    return {};
}

QTableWidgetItem *numberItem(double value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QComboBox *stageCombo(const QList<Stage> &stages, Id current)
{
    auto *combo = new QComboBox;
    for (const Stage &s : stages)
        combo->addItem(s.name, QVariant::fromValue<Id>(s.id));
    if (combo->findData(QVariant::fromValue<Id>(current)) < 0)
        combo->addItem(SupplyEditor::tr("(no stage)"), QVariant::fromValue<Id>(current));
    combo->setCurrentIndex(combo->findData(QVariant::fromValue<Id>(current)));
    return combo;
}

QTableWidget *makeTable(int columns, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->setMinimumHeight(110);
    FitColumns::attach(table); // within the editor column, however narrow (no sideways scrolling)
    TableExport::attach(table);
    table->setItemDelegate(new NumberDelegate(1, table));
    return table;
}

// Tall enough for every row (up to six) and, where the table scrolls sideways, its scroll bar: a
// scenario's few PPAs and guarantees are read without scrolling (at 1366 px one and a half rows
// showed before).
void fitHeightToRows(QTableWidget *table)
{
    constexpr int MostRowsShown = 6;
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < std::min(table->rowCount(), MostRowsShown); ++row)
        height += table->rowHeight(row);
    if (table->rowCount() == 0)
        height += table->verticalHeader()->defaultSectionSize();
    if (table->property("scrollsSideways").toBool())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setMinimumHeight(std::max(110, height));
}

} // namespace

SupplyEditor::SupplyEditor(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    using tabutil::quantitySpinBox;
    auto *gridBox = new QGroupBox(tr("Grid"), this);
    auto *form = new QFormLayout(gridBox);
    m_gridName = new QLineEdit(gridBox);
    m_gridName->setObjectName(QStringLiteral("gridName"));
    form->addRow(tr("Supplier / area"), m_gridName);
    m_renewableShare = quantitySpinBox(0, 100, 1, QStringLiteral("%"), gridBox);
    m_renewableShare->setObjectName(QStringLiteral("renewableShare"));
    form->addRow(tr("Clean share of the mix"), m_renewableShare);
    m_carbon = quantitySpinBox(0, 2000, 1, tr("g CO₂e/kWh"), gridBox);
    m_carbon->setObjectName(QStringLiteral("carbon"));
    form->addRow(tr("Carbon (location-based)"), m_carbon);
    m_residual = quantitySpinBox(0, 2000, 1, tr("g CO₂e/kWh"), gridBox);
    m_residual->setObjectName(QStringLiteral("residualMix"));
    form->addRow(tr("Residual mix (market-based)"), m_residual);
    m_price = quantitySpinBox(0, 10000, 2, tr("/MWh"), gridBox);
    m_price->setObjectName(QStringLiteral("gridPrice"));
    form->addRow(tr("Energy price"), m_price);
    // A grid with no carbon and a free price is a figure nobody entered (a blank new project):
    // say so instead of showing zeros that read as real (issue 11).
    for (QDoubleSpinBox *box : {m_carbon, m_residual, m_price})
        box->setSpecialValueText(tr("not set"));

    auto *ppaBox = new QGroupBox(tr("Power purchase agreements"), this);
    m_ppas = makeTable(PpaColumnCount, QStringLiteral("ppaTable"), ppaBox);
    // Six editable columns, two of them drop-downs: on a 1366 px laptop the price column scrolls into
    // view rather than every cell eliding.
    m_ppas->setProperty("scrollsSideways", true);
    auto *addPpaButton = new QPushButton(tr("Add PPA"), ppaBox);
    auto *removePpa = new QPushButton(tr("Remove"), ppaBox);
    auto *ppaButtons = new QHBoxLayout;
    ppaButtons->addWidget(addPpaButton);
    ppaButtons->addWidget(removePpa);
    ppaButtons->addStretch();
    auto *ppaLayout = new QVBoxLayout(ppaBox);
    ppaLayout->addWidget(m_ppas);
    ppaLayout->addLayout(ppaButtons);

    auto *gooBox = new QGroupBox(tr("Guarantees of origin"), this);
    m_guarantees = makeTable(GooColumnCount, QStringLiteral("guaranteeTable"), gooBox);
    auto *addGoo = new QPushButton(tr("Add guarantees"), gooBox);
    auto *removeGoo = new QPushButton(tr("Remove"), gooBox);
    auto *gooButtons = new QHBoxLayout;
    gooButtons->addWidget(addGoo);
    gooButtons->addWidget(removeGoo);
    gooButtons->addStretch();
    auto *gooLayout = new QVBoxLayout(gooBox);
    gooLayout->addWidget(m_guarantees);
    gooLayout->addLayout(gooButtons);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(gridBox);
    layout->addWidget(ppaBox);
    layout->addWidget(gooBox);
    layout->addWidget(m_status);

    connect(m_gridName, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_gridName->text().trimmed();
        editGrid([name](GridSupply &g) { g.name = name; });
    });
    connect(m_renewableShare, &QDoubleSpinBox::valueChanged, this,
            [this](double pct) { editGrid([pct](GridSupply &g) { g.renewableShare = pct / 100.0; }); });
    connect(m_carbon, &QDoubleSpinBox::valueChanged, this,
            [this](double g) { editGrid([g](GridSupply &s) { s.carbonKgPerKWh = g / 1000.0; }); });
    connect(m_residual, &QDoubleSpinBox::valueChanged, this,
            [this](double g) { editGrid([g](GridSupply &s) { s.residualMixKgPerKWh = g / 1000.0; }); });
    connect(m_price, &QDoubleSpinBox::valueChanged, this,
            [this](double p) { editGrid([p](GridSupply &s) { s.pricePerMWh = p; }); });
    connect(addPpaButton, &QPushButton::clicked, this, &SupplyEditor::addPpa);
    connect(removePpa, &QPushButton::clicked, this, [this] { removeSelected(m_ppas, true); });
    connect(addGoo, &QPushButton::clicked, this, &SupplyEditor::addGuarantee);
    connect(removeGoo, &QPushButton::clicked, this, [this] { removeSelected(m_guarantees, false); });
    connect(m_ppas, &QTableWidget::itemChanged, this, &SupplyEditor::ppaEdited);
    connect(m_guarantees, &QTableWidget::itemChanged, this, &SupplyEditor::guaranteeEdited);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        using K = ChangeEvent::Kind;
        if (e.kind == K::Supply || e.kind == K::Stages || e.kind == K::Costs || e.kind == K::Everything ||
            e.kind == K::Scenarios)
            scheduleRefresh();
    });
    connect(document, &ProjectDocument::currentScenarioChanged, this, &SupplyEditor::scheduleRefresh);
    refresh();
}

void SupplyEditor::scheduleRefresh()
{
    // Queued: a refresh replaces table items and cell widgets, possibly the one emitting right now.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void SupplyEditor::refresh()
{
    m_refreshing = true;
    const EnergySupply &supply = m_document->scenario().supply;
    const QList<Stage> &stages = m_document->scenario().stages;
    const QString currency = m_document->project().costs.currency;
    {
        const QSignalBlocker b1(m_renewableShare), b2(m_carbon), b3(m_residual), b4(m_price);
        if (!m_gridName->hasFocus())
            m_gridName->setText(supply.grid.name);
        m_renewableShare->setValue(supply.grid.renewableShare * 100.0);
        m_carbon->setValue(supply.grid.carbonKgPerKWh * 1000.0);
        m_residual->setValue(supply.grid.residualMixKgPerKWh * 1000.0);
        m_price->setSuffix(QLatin1Char(' ') + currency + tr("/MWh"));
        m_price->setValue(supply.grid.pricePerMWh);
    }

    m_ppas->setHorizontalHeaderLabels({tr("PPA"), tr("Technology"), tr("From stage"), tr("Capacity\n(MW)"),
                                       tr("Solar area\n(m²)"), tr("Price\n(%1/MWh)").arg(currency)});
    m_ppas->setRowCount(int(supply.ppas.size()));
    for (int i = 0; i < supply.ppas.size(); ++i) {
        const Ppa &p = supply.ppas[i];
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, QVariant::fromValue<Id>(p.id));
        m_ppas->setItem(i, PpaName, name);
        auto *tech = new QComboBox;
        for (PpaTechnology t : {PpaTechnology::Hydro, PpaTechnology::Wind, PpaTechnology::Solar})
            tech->addItem(technologyName(t), int(t));
        tech->setCurrentIndex(tech->findData(int(p.technology)));
        auto *stage = stageCombo(stages, p.stageId);
        const Id id = p.id;
        const auto edit = [this, id, tech, stage] {
            for (const Ppa &ppa : m_document->scenario().supply.ppas) {
                if (ppa.id != id)
                    continue;
                Ppa edited = ppa;
                edited.technology = PpaTechnology(tech->currentData().toInt());
                edited.stageId = stage->currentData().value<Id>();
                m_document->undoStack()->push(
                    new SetPpaCommand(m_document, m_document->currentScenarioId(), edited));
            }
        };
        connect(tech, &QComboBox::currentIndexChanged, this, edit);
        connect(stage, &QComboBox::currentIndexChanged, this, edit);
        m_ppas->setCellWidget(i, PpaTechColumn, tech);
        m_ppas->setCellWidget(i, PpaStageColumn, stage);
        m_ppas->setItem(i, PpaCapacityMW, numberItem(p.capacityW / 1e6));
        m_ppas->setItem(i, PpaSolarAreaM2, numberItem(p.solarAreaM2));
        m_ppas->setItem(i, PpaPrice, numberItem(p.pricePerMWh));
    }

    m_guarantees->setHorizontalHeaderLabels({tr("Guarantees\nof origin"), tr("From stage"),
                                             tr("MWh\nper year"), tr("Price\n(%1/MWh)").arg(currency)});
    m_guarantees->setRowCount(int(supply.guarantees.size()));
    for (int i = 0; i < supply.guarantees.size(); ++i) {
        const GuaranteeOfOrigin &g = supply.guarantees[i];
        auto *name = new QTableWidgetItem(g.name);
        name->setData(Qt::UserRole, QVariant::fromValue<Id>(g.id));
        m_guarantees->setItem(i, GooName, name);
        auto *stage = stageCombo(stages, g.stageId);
        const Id id = g.id;
        connect(stage, &QComboBox::currentIndexChanged, this, [this, id, stage] {
            for (const GuaranteeOfOrigin &goo : m_document->scenario().supply.guarantees) {
                if (goo.id != id)
                    continue;
                GuaranteeOfOrigin edited = goo;
                edited.stageId = stage->currentData().value<Id>();
                m_document->undoStack()->push(
                    new SetGuaranteeCommand(m_document, m_document->currentScenarioId(), edited));
            }
        });
        m_guarantees->setCellWidget(i, GooStage, stage);
        m_guarantees->setItem(i, GooMWhPerYear, numberItem(g.mwhPerYear));
        m_guarantees->setItem(i, GooPrice, numberItem(g.pricePerMWh));
    }
    fitHeightToRows(m_ppas);
    fitHeightToRows(m_guarantees);
    m_refreshing = false;
}

void SupplyEditor::editGrid(const std::function<void(GridSupply &)> &change)
{
    GridSupply edited = m_document->scenario().supply.grid;
    change(edited);
    if (!(edited == m_document->scenario().supply.grid))
        m_document->undoStack()->push(
            new SetGridSupplyCommand(m_document, m_document->currentScenarioId(), edited));
}

namespace {
// Reads a non-negative number from a cell; false (and a message) when it is not one.
bool readNonNegative(QTableWidgetItem *item, double &value)
{
    bool ok = false;
    value = item->data(Qt::EditRole).toDouble(&ok);
    return ok && value >= 0;
}
} // namespace

void SupplyEditor::ppaEdited(QTableWidgetItem *item)
{
    if (m_refreshing)
        return;
    const Id id = m_ppas->item(item->row(), PpaName)->data(Qt::UserRole).value<Id>();
    for (const Ppa &p : m_document->scenario().supply.ppas) {
        if (p.id != id)
            continue;
        Ppa edited = p;
        double v = 0;
        if (item->column() == PpaName) {
            edited.name = item->text().trimmed();
        } else if (!readNonNegative(item, v)) {
            m_status->setText(
                tr("PPA %1, %2: “%3” is not a number ≥ 0.")
                    .arg(p.name, m_ppas->horizontalHeaderItem(item->column())->text(), item->text()));
            scheduleRefresh();
            return;
        } else if (item->column() == PpaCapacityMW) {
            edited.capacityW = v * 1e6;
        } else if (item->column() == PpaSolarAreaM2) {
            edited.solarAreaM2 = v;
        } else if (item->column() == PpaPrice) {
            edited.pricePerMWh = v;
        }
        m_status->clear();
        m_document->undoStack()->push(new SetPpaCommand(m_document, m_document->currentScenarioId(), edited));
        return;
    }
}

void SupplyEditor::guaranteeEdited(QTableWidgetItem *item)
{
    if (m_refreshing)
        return;
    const Id id = m_guarantees->item(item->row(), GooName)->data(Qt::UserRole).value<Id>();
    for (const GuaranteeOfOrigin &g : m_document->scenario().supply.guarantees) {
        if (g.id != id)
            continue;
        GuaranteeOfOrigin edited = g;
        double v = 0;
        if (item->column() == GooName) {
            edited.name = item->text().trimmed();
        } else if (!readNonNegative(item, v)) {
            m_status->setText(
                tr("Guarantees %1, %2: “%3” is not a number ≥ 0.")
                    .arg(g.name, m_guarantees->horizontalHeaderItem(item->column())->text(), item->text()));
            scheduleRefresh();
            return;
        } else if (item->column() == GooMWhPerYear) {
            edited.mwhPerYear = v;
        } else if (item->column() == GooPrice) {
            edited.pricePerMWh = v;
        }
        m_status->clear();
        m_document->undoStack()->push(
            new SetGuaranteeCommand(m_document, m_document->currentScenarioId(), edited));
        return;
    }
}

void SupplyEditor::addPpa()
{
    Ppa p;
    p.name = tr("PPA %1").arg(m_document->scenario().supply.ppas.size() + 1);
    const QList<Stage> &stages = m_document->scenario().stages;
    p.stageId = stages.isEmpty() ? NoId : stages.first().id;
    p.capacityW = 50e6;
    p.pricePerMWh = m_document->scenario().supply.grid.pricePerMWh;
    m_document->undoStack()->push(new AddPpaCommand(m_document, m_document->currentScenarioId(), p));
}

void SupplyEditor::addGuarantee()
{
    GuaranteeOfOrigin g;
    g.name = tr("Guarantees %1").arg(m_document->scenario().supply.guarantees.size() + 1);
    const QList<Stage> &stages = m_document->scenario().stages;
    g.stageId = stages.isEmpty() ? NoId : stages.first().id;
    m_document->undoStack()->push(new AddGuaranteeCommand(m_document, m_document->currentScenarioId(), g));
}

void SupplyEditor::removeSelected(QTableWidget *table, bool ppa)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return;
    const Id id = table->item(row, 0)->data(Qt::UserRole).value<Id>();
    if (ppa)
        m_document->undoStack()->push(new RemovePpaCommand(m_document, m_document->currentScenarioId(), id));
    else
        m_document->undoStack()->push(
            new RemoveGuaranteeCommand(m_document, m_document->currentScenarioId(), id));
}

} // namespace fjord::ui
