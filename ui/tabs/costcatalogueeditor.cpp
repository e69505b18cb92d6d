#include "ui/tabs/costcatalogueeditor.h"

#include "model/currency.h"
#include "model/document/commands/changevaluecommand.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/projectdocument.h"
#include "ui/tabs/tabutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

namespace fjord::ui {

using tabutil::quantitySpinBox;

CostCatalogueEditor::CostCatalogueEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *form = new QFormLayout(this);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("NOK"), QStringLiteral("USD")});
    m_currency->setToolTip(tr("Currency of every amount in the project. Changing it converts every amount at "
                              "the typical rate (1 EUR = 11.5 NOK = 1.087 USD); adjust the rate below."));
    form->addRow(tr("Currency"), m_currency);
    m_perEur = quantitySpinBox(0.0001, 10000, 4, tr("per EUR"), this);
    m_perEur->setObjectName(QStringLiteral("perEur"));
    form->addRow(tr("Conversion rate"), m_perEur);

    const auto money = [this](const QString &name, const QString &unit, int decimals, double max) {
        QDoubleSpinBox *box = quantitySpinBox(0, max, decimals, unit, this);
        box->setObjectName(name);
        box->setGroupSeparatorShown(true);
        m_moneyBoxes.append(box);
        return box;
    };
    m_building = money(QStringLiteral("buildingPerW"), tr("/W IT"), 2, 1000);
    form->addRow(tr("Building (shell, core)"), m_building);
    m_electrical = money(QStringLiteral("electricalPerW"), tr("/W IT"), 2, 1000);
    form->addRow(tr("Electrical"), m_electrical);
    m_mechanical = money(QStringLiteral("mechanicalPerW"), tr("/W heat"), 2, 1000);
    form->addRow(tr("Mechanical"), m_mechanical);
    m_grid = money(QStringLiteral("gridPerVa"), tr("/VA"), 3, 1000);
    form->addRow(tr("Grid connection"), m_grid);
    // A unit cost of 0 is one nobody entered (a blank new project): say so (issue 11).
    for (QDoubleSpinBox *box : {m_building, m_electrical, m_mechanical, m_grid})
        box->setSpecialValueText(tr("not set"));
    m_ups = money(QStringLiteral("upsPerW"), tr("/W UPS"), 3, 1000);
    form->addRow(tr("UPS"), m_ups);
    m_soft = quantitySpinBox(0, 100, 1, QStringLiteral("%"), this);
    m_soft->setObjectName(QStringLiteral("softCost"));
    form->addRow(tr("Soft costs"), m_soft);
    m_contingency = quantitySpinBox(0, 100, 1, QStringLiteral("%"), this);
    m_contingency->setObjectName(QStringLiteral("contingency"));
    form->addRow(tr("Contingency"), m_contingency);
    m_maintenance = quantitySpinBox(0, 100, 2, tr("% of capex/yr"), this);
    m_maintenance->setObjectName(QStringLiteral("maintenance"));
    form->addRow(tr("Maintenance"), m_maintenance);
    m_staff = money(QStringLiteral("staffPerYear"), tr("/yr"), 0, 1e12);
    form->addRow(tr("Staff"), m_staff);
    m_discount = quantitySpinBox(0, 50, 2, tr("%/yr"), this);
    m_discount->setObjectName(QStringLiteral("discountRate"));
    form->addRow(tr("Discount rate"), m_discount);
    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("horizonYears"));
    m_horizon->setRange(1, 60);
    m_horizon->setSuffix(tr(" years"));
    m_horizon->setKeyboardTracking(false);
    form->addRow(tr("Horizon"), m_horizon);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("sourceNote"));
    m_source->setPlaceholderText(tr("Where the unit costs come from"));
    form->addRow(tr("Source"), m_source);
    addAssetSettings(form);

    const auto bind = [this](QDoubleSpinBox *box, double CostCatalogue::*field, double factor) {
        connect(box, &QDoubleSpinBox::valueChanged, this,
                [this, field, factor](double v) { edit([=](CostCatalogue &c) { c.*field = v * factor; }); });
    };
    bind(m_perEur, &CostCatalogue::perEur, 1.0);
    bind(m_building, &CostCatalogue::buildingPerW, 1.0);
    bind(m_electrical, &CostCatalogue::electricalPerW, 1.0);
    bind(m_mechanical, &CostCatalogue::mechanicalPerW, 1.0);
    bind(m_grid, &CostCatalogue::gridPerVa, 1.0);
    bind(m_ups, &CostCatalogue::upsPerW, 1.0);
    bind(m_soft, &CostCatalogue::softCostFraction, 0.01);
    bind(m_contingency, &CostCatalogue::contingencyFraction, 0.01);
    bind(m_maintenance, &CostCatalogue::maintenanceFraction, 0.01);
    bind(m_staff, &CostCatalogue::staffPerYear, 1.0);
    bind(m_discount, &CostCatalogue::discountRate, 0.01);
    connect(m_horizon, &QSpinBox::valueChanged, this,
            [this](int years) { edit([years](CostCatalogue &c) { c.horizonYears = years; }); });
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &currency) {
        // Every amount is converted at the typical rate (editable afterwards), as one undo step.
        const CostCatalogue &c = m_document->project().costs;
        const double perEur = typicalPerEur(currency) > 0 ? typicalPerEur(currency) : c.perEur;
        Project converted = m_document->project();
        convertCurrency(converted, currency, perEur);
        m_document->undoStack()->push(new ChangeValueCommand<Project>(
            m_document, tr("Convert amounts from %1 to %2").arg(c.currency, currency),
            ChangeEvent{ChangeEvent::Kind::Everything, {}}, [](Project &p) { return &p; },
            std::move(converted)));
    });
    connect(m_source, &QLineEdit::editingFinished, this, [this] {
        const QString note = m_source->text();
        edit([note](CostCatalogue &c) { c.sourceNote = note; });
    });
    const auto bindAsset = [this](const AssetBoxes &boxes, AssetLife CostCatalogue::*asset) {
        connect(boxes.life, &QSpinBox::valueChanged, this,
                [this, asset](int years) { edit([=](CostCatalogue &c) { (c.*asset).lifeYears = years; }); });
        connect(boxes.priceChange, &QDoubleSpinBox::valueChanged, this, [this, asset](double pct) {
            edit([=](CostCatalogue &c) { (c.*asset).priceChangePerYear = pct / 100.0; });
        });
    };
    bindAsset(m_buildingAsset, &CostCatalogue::building);
    bindAsset(m_electricalAsset, &CostCatalogue::electrical);
    bindAsset(m_mechanicalAsset, &CostCatalogue::mechanical);
    bindAsset(m_gridAsset, &CostCatalogue::grid);
    connect(m_residual, &QCheckBox::toggled, this,
            [this](bool on) { edit([on](CostCatalogue &c) { c.residualValue = on; }); });
    bind(m_tax, &CostCatalogue::taxRate, 0.01);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::Costs || e.kind == ChangeEvent::Kind::Everything)
            refresh();
    });
    refresh();
}

void CostCatalogueEditor::refresh()
{
    const CostCatalogue &c = m_document->project().costs;
    const QSignalBlocker b0(m_currency), b1(m_perEur), b2(m_building), b3(m_electrical), b4(m_mechanical),
        b5(m_grid), b6(m_ups), b7(m_soft), b8(m_contingency), b9(m_maintenance), b10(m_staff),
        b11(m_discount), b12(m_horizon), b13(m_source), b14(m_residual), b15(m_tax);
    if (m_currency->findText(c.currency) < 0)
        m_currency->addItem(c.currency); // a file may carry another ISO code: show it rather than lose it
    m_currency->setCurrentText(c.currency);
    m_perEur->setValue(c.perEur);
    m_building->setValue(c.buildingPerW);
    m_electrical->setValue(c.electricalPerW);
    m_mechanical->setValue(c.mechanicalPerW);
    m_grid->setValue(c.gridPerVa);
    m_ups->setValue(c.upsPerW);
    m_soft->setValue(c.softCostFraction * 100);
    m_contingency->setValue(c.contingencyFraction * 100);
    m_maintenance->setValue(c.maintenanceFraction * 100);
    m_staff->setValue(c.staffPerYear);
    m_discount->setValue(c.discountRate * 100);
    m_horizon->setValue(c.horizonYears);
    if (!m_source->hasFocus())
        m_source->setText(c.sourceNote);
    const auto showAsset = [](const AssetBoxes &boxes, const AssetLife &asset) {
        const QSignalBlocker bl(boxes.life), bp(boxes.priceChange);
        boxes.life->setValue(asset.lifeYears);
        boxes.priceChange->setValue(asset.priceChangePerYear * 100);
    };
    showAsset(m_buildingAsset, c.building);
    showAsset(m_electricalAsset, c.electrical);
    showAsset(m_mechanicalAsset, c.mechanical);
    showAsset(m_gridAsset, c.grid);
    m_residual->setChecked(c.residualValue);
    m_tax->setValue(c.taxRate * 100);
    for (QDoubleSpinBox *box : std::as_const(m_moneyBoxes)) {
        QString suffix = box->suffix();
        const int slash = suffix.indexOf(QLatin1Char('/'));
        box->setSuffix(QLatin1Char(' ') + c.currency + suffix.mid(slash));
    }
}

void CostCatalogueEditor::addAssetSettings(QFormLayout *form)
{
    // Facility classes only: IT equipment lives per rack type (the rack catalogue).
    auto *heading = new QLabel(tr("<b>Assets over the horizon</b>"), this);
    heading->setToolTip(tr("Each class is bought when its stage is energised and bought again at the end "
                           "of its life, at its price then (METHOD §8.1). IT lives are per rack type."));
    form->addRow(heading);
    auto *assets = new QWidget(this);
    auto *grid = new QGridLayout(assets);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Life"), assets), 0, 1);
    grid->addWidget(new QLabel(tr("Price change"), assets), 0, 2);
    const auto row = [&](int r, const QString &label, const QString &name, AssetBoxes &boxes) {
        grid->addWidget(new QLabel(label, assets), r, 0);
        boxes.life = new QSpinBox(assets);
        boxes.life->setObjectName(name + QStringLiteral("Life"));
        boxes.life->setRange(1, 100);
        boxes.life->setSuffix(tr(" years"));
        boxes.life->setKeyboardTracking(false);
        boxes.life->setToolTip(tr("%1: years until it is bought again (METHOD §8.1)").arg(label));
        grid->addWidget(boxes.life, r, 1);
        boxes.priceChange = quantitySpinBox(-50, 50, 1, tr("%/yr"), assets);
        boxes.priceChange->setObjectName(name + QStringLiteral("PriceChange"));
        boxes.priceChange->setToolTip(tr("Change of the unit cost per year, compounded from the first "
                                         "purchase: the price of a replacement"));
        grid->addWidget(boxes.priceChange, r, 2);
    };
    row(1, tr("Building"), QStringLiteral("building"), m_buildingAsset);
    row(2, tr("Electrical"), QStringLiteral("electrical"), m_electricalAsset);
    row(3, tr("Mechanical"), QStringLiteral("mechanical"), m_mechanicalAsset);
    row(4, tr("Grid connection"), QStringLiteral("grid"), m_gridAsset);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    form->addRow(assets);
    m_residual = new QCheckBox(tr("Count the residual value at the end"), this);
    m_residual->setObjectName(QStringLiteral("residualValue"));
    m_residual->setToolTip(tr("The remaining straight-line book value of every asset still in service at "
                              "the end of the horizon, as an inflow in the last year"));
    form->addRow(tr("Residual value"), m_residual);
    m_tax = quantitySpinBox(0, 100, 1, QStringLiteral("%"), this);
    m_tax->setObjectName(QStringLiteral("taxRate"));
    m_tax->setToolTip(tr("Corporate income tax on profit after depreciation, losses carried forward "
                         "(Norway 22 %)"));
    form->addRow(tr("Tax rate"), m_tax);
}

void CostCatalogueEditor::edit(const std::function<void(CostCatalogue &)> &change)
{
    CostCatalogue edited = m_document->project().costs;
    change(edited);
    if (!(edited == m_document->project().costs))
        m_document->undoStack()->push(
            new SetCostCatalogueCommand(m_document, m_document->currentScenarioId(), edited));
}

} // namespace fjord::ui
