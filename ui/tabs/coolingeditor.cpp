#include "ui/tabs/coolingeditor.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/coolingsystemcommands.h"
#include "model/document/commands/renamecommand.h"
#include "model/document/projectdocument.h"
#include "ui/tabs/tabutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fjord::ui {

using tabutil::quantitySpinBox;

CoolingEditor::CoolingEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *systemBox = new QGroupBox(tr("Cooling system"), this);
    auto *form = new QFormLayout(systemBox);
    m_system = new QComboBox(systemBox);
    m_system->setObjectName(QStringLiteral("coolingSystem"));
    form->addRow(tr("System"), m_system);
    m_addSystem = new QPushButton(tr("Add"), systemBox);
    m_addSystem->setObjectName(QStringLiteral("addCoolingSystem"));
    m_addSystem->setToolTip(tr("A new cooling system with the METHOD defaults (W32, dry coolers, chiller "
                               "trim); it serves every hall that has none yet"));
    m_duplicateSystem = new QPushButton(tr("Duplicate"), systemBox);
    m_duplicateSystem->setObjectName(QStringLiteral("duplicateCoolingSystem"));
    m_removeSystem = new QPushButton(tr("Remove"), systemBox);
    m_removeSystem->setObjectName(QStringLiteral("removeCoolingSystem"));
    auto *systemButtons = new QHBoxLayout;
    systemButtons->addWidget(m_addSystem);
    systemButtons->addWidget(m_duplicateSystem);
    systemButtons->addWidget(m_removeSystem);
    systemButtons->addStretch();
    form->addRow(systemButtons);
    m_systemName = new QLineEdit(systemBox);
    m_systemName->setObjectName(QStringLiteral("coolingSystemName"));
    form->addRow(tr("Name"), m_systemName);
    m_halls = new QListWidget(systemBox);
    m_halls->setObjectName(QStringLiteral("coolingHalls"));
    m_halls->setToolTip(tr("Tick the halls this system cools (a hall has one cooling system)"));
    m_halls->setMaximumHeight(110);
    form->addRow(tr("Cools halls"), m_halls);

    m_supply = quantitySpinBox(5, 70, 1, QStringLiteral("°C"), systemBox);
    m_supply->setObjectName(QStringLiteral("supplyC"));
    m_supply->setToolTip(tr("Facility water supply temperature Tfws"));
    m_wClass = new QLabel(systemBox);
    m_wClass->setObjectName(QStringLiteral("wClass"));
    m_wClass->setToolTip(tr("ASHRAE liquid-cooling class of the supply temperature"));
    auto *supplyRow = new QHBoxLayout;
    supplyRow->addWidget(m_supply, 1);
    supplyRow->addWidget(m_wClass);
    form->addRow(tr("Supply"), supplyRow);

    m_range = quantitySpinBox(1, 40, 1, QStringLiteral("K"), systemBox);
    m_range->setObjectName(QStringLiteral("rangeK"));
    m_return = new QLabel(systemBox);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range, 1);
    rangeRow->addWidget(m_return);
    form->addRow(tr("Range"), rangeRow);

    m_dryCoolerApproach = quantitySpinBox(0, 30, 1, QStringLiteral("K"), systemBox);
    m_dryCoolerApproach->setObjectName(QStringLiteral("dryCoolerApproachK"));
    form->addRow(tr("Dry-cooler approach"), m_dryCoolerApproach);
    m_cduApproach = quantitySpinBox(0, 20, 1, QStringLiteral("K"), systemBox);
    m_cduApproach->setObjectName(QStringLiteral("cduApproachK"));
    form->addRow(tr("CDU approach"), m_cduApproach);
    m_chillerEta = quantitySpinBox(0.1, 0.9, 2, QString(), systemBox);
    m_chillerEta->setObjectName(QStringLiteral("chillerEta"));
    m_chillerEta->setToolTip(tr("Second-law efficiency of the trim chiller"));
    form->addRow(tr("Chiller η"), m_chillerEta);
    m_copCap = quantitySpinBox(1, 40, 1, QString(), systemBox);
    m_copCap->setObjectName(QStringLiteral("copCap"));
    form->addRow(tr("Chiller COP cap"), m_copCap);
    m_adiabatic = new QCheckBox(tr("Adiabatic assist"), systemBox);
    m_adiabatic->setObjectName(QStringLiteral("adiabatic"));
    m_adiabaticOn = quantitySpinBox(0, 45, 1, QStringLiteral("°C"), systemBox);
    m_adiabaticOn->setObjectName(QStringLiteral("adiabaticOnC"));
    m_adiabaticOn->setToolTip(tr("Ambient above which the evaporative assist runs"));
    auto *adiabaticRow = new QHBoxLayout;
    adiabaticRow->addWidget(m_adiabatic);
    adiabaticRow->addWidget(new QLabel(tr("above"), systemBox));
    adiabaticRow->addWidget(m_adiabaticOn, 1);
    form->addRow(QString(), adiabaticRow);
    m_fanModel = new QComboBox(systemBox);
    m_fanModel->setObjectName(QStringLiteral("fanModel"));
    m_fanModel->addItem(fanModelLabel(DryCoolerFanModel::Sized), int(DryCoolerFanModel::Sized));
    m_fanModel->addItem(fanModelLabel(DryCoolerFanModel::FanLaw), int(DryCoolerFanModel::FanLaw));
    m_fanModel->setToolTip(
        tr("Sized dry coolers: sized once for the peak heat at the design ambient and design return; a "
           "colder supply needs more air. Fan law: full speed at 25 °C whatever the loop (older projects)"));
    form->addRow(tr("Dry-cooler fans"), m_fanModel);
    m_designAmbient = quantitySpinBox(-50, 60, 1, QStringLiteral("°C"), systemBox);
    m_designAmbient->setObjectName(QStringLiteral("designAmbientC"));
    m_designAmbient->setToolTip(tr("Dry bulb the plant must still cool at full load: sizes the dry "
                                   "coolers and sets the design demand"));
    m_designAmbientFromClimate = new QCheckBox(systemBox);
    m_designAmbientFromClimate->setObjectName(QStringLiteral("designAmbientFromClimate"));
    m_designAmbientFromClimate->setToolTip(
        tr("Use the site climate's 0.4 % annual dry bulb (the 35th-hottest hour) as the design ambient"));
    auto *ambientRow = new QHBoxLayout;
    ambientRow->addWidget(m_designAmbientFromClimate);
    ambientRow->addWidget(m_designAmbient, 1);
    form->addRow(tr("Design ambient"), ambientRow);
    m_designAmbientUsed = new QLabel(systemBox);
    m_designAmbientUsed->setObjectName(QStringLiteral("designAmbientUsed"));
    m_designAmbientUsed->setWordWrap(true);
    m_designAmbientUsed->setToolTip(tr("The design ambient the engine uses for this system"));
    form->addRow(QString(), m_designAmbientUsed);
    m_designReturn = quantitySpinBox(5, 110, 1, QStringLiteral("°C"), systemBox);
    m_designReturn->setObjectName(QStringLiteral("designReturnC"));
    m_designReturn->setToolTip(tr("Return temperature the dry coolers were sized for (Tfwr,d); changing "
                                  "the supply keeps the same coolers"));
    form->addRow(tr("Coolers sized for return"), m_designReturn);
    m_systemFields = {m_supply,     m_range,         m_dryCoolerApproach, m_cduApproach,
                      m_chillerEta, m_copCap,        m_adiabatic,         m_adiabaticOn,
                      m_fanModel,   m_designAmbient, m_designReturn,      m_designAmbientFromClimate,
                      m_systemName, m_halls,         m_duplicateSystem,   m_removeSystem};

    auto *offtakeBox = new QGroupBox(tr("Heat reuse offtake"), this);
    auto *offtakeForm = new QFormLayout(offtakeBox);
    m_offtake = new QComboBox(offtakeBox);
    m_offtake->setObjectName(QStringLiteral("offtake"));
    offtakeForm->addRow(tr("Offtake"), m_offtake);
    m_offtakeCapacity = quantitySpinBox(0, 2000, 1, QStringLiteral("MW"), offtakeBox);
    m_offtakeCapacity->setObjectName(QStringLiteral("offtakeCapacityMW"));
    offtakeForm->addRow(tr("Capacity"), m_offtakeCapacity);
    m_offtakeMinSupply = quantitySpinBox(0, 120, 1, QStringLiteral("°C"), offtakeBox);
    m_offtakeMinSupply->setObjectName(QStringLiteral("offtakeMinSupplyC"));
    m_offtakeMinSupply->setToolTip(tr("Water temperature the offtake needs (0: own heat pump)"));
    offtakeForm->addRow(tr("Needs water at"), m_offtakeMinSupply);
    m_offtakePrice = quantitySpinBox(0, 1000, 1, tr("/MWh"), offtakeBox);
    m_offtakePrice->setObjectName(QStringLiteral("offtakePrice"));
    offtakeForm->addRow(tr("Heat price"), m_offtakePrice);
    m_addOfftake = new QPushButton(tr("Add offtake"), offtakeBox);
    m_removeOfftake = new QPushButton(tr("Remove"), offtakeBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addOfftake);
    buttons->addWidget(m_removeOfftake);
    buttons->addStretch();
    offtakeForm->addRow(buttons);
    m_offtakeFields = {m_offtakeCapacity, m_offtakeMinSupply, m_offtakePrice, m_removeOfftake};

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(systemBox);
    layout->addWidget(offtakeBox);

    const auto bindSystem = [this](QDoubleSpinBox *box, double CoolingSystem::*field) {
        connect(box, &QDoubleSpinBox::valueChanged, this,
                [this, field](double v) { editSystem([field, v](CoolingSystem &s) { s.*field = v; }); });
    };
    bindSystem(m_supply, &CoolingSystem::supplyC);
    bindSystem(m_range, &CoolingSystem::rangeK);
    bindSystem(m_dryCoolerApproach, &CoolingSystem::dryCoolerApproachK);
    bindSystem(m_cduApproach, &CoolingSystem::cduApproachK);
    bindSystem(m_chillerEta, &CoolingSystem::chillerEta);
    bindSystem(m_copCap, &CoolingSystem::copCap);
    bindSystem(m_adiabaticOn, &CoolingSystem::adiabaticOnC);
    connect(m_adiabatic, &QCheckBox::toggled, this,
            [this](bool on) { editSystem([on](CoolingSystem &s) { s.adiabatic = on; }); });
    bindSystem(m_designAmbient, &CoolingSystem::designAmbientC);
    bindSystem(m_designReturn, &CoolingSystem::designReturnC);
    connect(m_designAmbientFromClimate, &QCheckBox::toggled, this,
            [this](bool on) { editSystem([on](CoolingSystem &s) { s.designAmbientFromClimate = on; }); });
    connect(m_fanModel, &QComboBox::currentIndexChanged, this, [this] {
        const auto model = DryCoolerFanModel(m_fanModel->currentData().toInt());
        editSystem([model](CoolingSystem &s) { s.fanModel = model; });
    });
    connect(m_offtakeCapacity, &QDoubleSpinBox::valueChanged, this,
            [this](double mw) { editOfftake([mw](HeatOfftake &o) { o.capacityW = mw * 1e6; }); });
    connect(m_offtakeMinSupply, &QDoubleSpinBox::valueChanged, this,
            [this](double c) { editOfftake([c](HeatOfftake &o) { o.minSupplyC = c; }); });
    connect(m_offtakePrice, &QDoubleSpinBox::valueChanged, this,
            [this](double p) { editOfftake([p](HeatOfftake &o) { o.pricePerMWh = p; }); });
    connect(m_system, &QComboBox::currentIndexChanged, this, [this] {
        refreshFields();
        emit currentSystemChanged();
    });
    connect(m_offtake, &QComboBox::currentIndexChanged, this, &CoolingEditor::refreshFields);
    connect(m_addSystem, &QPushButton::clicked, this, &CoolingEditor::addSystem);
    connect(m_duplicateSystem, &QPushButton::clicked, this, &CoolingEditor::duplicateSystem);
    connect(m_removeSystem, &QPushButton::clicked, this, &CoolingEditor::removeSystem);
    connect(m_halls, &QListWidget::itemChanged, this, &CoolingEditor::hallToggled);
    connect(m_systemName, &QLineEdit::editingFinished, this, [this] {
        if (auto *cmd = makeRenameCommand(m_document, currentSystemId(), m_systemName->text()))
            m_document->undoStack()->push(cmd);
    });
    connect(m_addOfftake, &QPushButton::clicked, this, &CoolingEditor::addOfftake);
    connect(m_removeOfftake, &QPushButton::clicked, this, &CoolingEditor::removeOfftake);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        using K = ChangeEvent::Kind;
        if (e.kind == K::Cooling || e.kind == K::Stages || e.kind == K::Everything ||
            e.kind == K::Scenarios || e.kind == K::Halls || e.kind == K::Climate)
            refresh();
    });
    connect(document, &ProjectDocument::currentScenarioChanged, this, &CoolingEditor::refresh);
    refresh();
}

Id CoolingEditor::currentSystemId() const
{
    return m_system->currentData().value<Id>();
}

Id CoolingEditor::currentOfftakeId() const
{
    return m_offtake->currentData().value<Id>();
}

void CoolingEditor::refresh()
{
    const Scenario &scenario = m_document->scenario();
    {
        // Rebuild the lists, keeping the selection by id.
        const QSignalBlocker b1(m_system), b2(m_offtake);
        const Id systemId = currentSystemId();
        m_system->clear();
        for (const CoolingSystem &s : scenario.coolingSystems)
            m_system->addItem(s.name, QVariant::fromValue<Id>(s.id));
        m_system->setCurrentIndex(qMax(0, m_system->findData(QVariant::fromValue<Id>(systemId))));
        const Id offtakeId = currentOfftakeId();
        m_offtake->clear();
        for (const HeatOfftake &o : scenario.heatOfftakes)
            m_offtake->addItem(o.name, QVariant::fromValue<Id>(o.id));
        m_offtake->setCurrentIndex(qMax(0, m_offtake->findData(QVariant::fromValue<Id>(offtakeId))));
    }
    refreshFields();
}

void CoolingEditor::refreshFields()
{
    const Scenario &scenario = m_document->scenario();

    const CoolingSystem *s = scenario.coolingSystem(currentSystemId());
    for (QWidget *w : std::as_const(m_systemFields))
        w->setEnabled(s != nullptr);
    if (s) {
        const QSignalBlocker b1(m_supply), b2(m_range), b3(m_dryCoolerApproach), b4(m_cduApproach),
            b5(m_chillerEta), b6(m_copCap), b7(m_adiabatic), b8(m_adiabaticOn), b9(m_fanModel),
            b10(m_designAmbient), b11(m_designAmbientFromClimate), b12(m_designReturn);
        m_supply->setValue(s->supplyC);
        m_range->setValue(s->rangeK);
        m_dryCoolerApproach->setValue(s->dryCoolerApproachK);
        m_cduApproach->setValue(s->cduApproachK);
        m_chillerEta->setValue(s->chillerEta);
        m_copCap->setValue(s->copCap);
        m_adiabatic->setChecked(s->adiabatic);
        m_adiabaticOn->setValue(s->adiabaticOnC);
        m_adiabaticOn->setEnabled(s->adiabatic);
        m_fanModel->setCurrentIndex(m_fanModel->findData(int(s->fanModel)));
        m_designReturn->setValue(s->designReturnC);
        m_designReturn->setEnabled(s->fanModel == DryCoolerFanModel::Sized);
        refreshDesignAmbient(*s);
        if (!m_systemName->hasFocus())
            m_systemName->setText(s->name);
        m_wClass->setText(QStringLiteral("<b>%1</b>").arg(ashraeWClass(s->supplyC)));
        m_return->setText(tr("return %1 °C").arg(tabutil::number(s->returnC(), 1)));
    } else {
        m_systemName->clear();
        m_wClass->clear();
        m_return->clear();
        m_designAmbientUsed->clear();
    }
    {
        // Every hall, ticked when this system cools it; the tooltip names a hall's other system.
        const QSignalBlocker blocker(m_halls);
        m_halls->clear();
        for (const Hall &h : scenario.halls) {
            auto *item = new QListWidgetItem(h.name, m_halls);
            item->setData(Qt::UserRole, QVariant::fromValue<Id>(h.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(s && h.coolingSystemId == s->id ? Qt::Checked : Qt::Unchecked);
            if (const CoolingSystem *other = scenario.coolingSystem(h.coolingSystemId); other && other != s)
                item->setText(tr("%1 (now: %2)").arg(h.name, other->name));
            else if (!other)
                item->setText(tr("%1 (no cooling system)").arg(h.name));
        }
    }
    m_addSystem->setEnabled(m_document->project().scenario(m_document->currentScenarioId()) != nullptr);

    const HeatOfftake *o = nullptr;
    for (const HeatOfftake &h : scenario.heatOfftakes)
        if (h.id == currentOfftakeId())
            o = &h;
    for (QWidget *w : std::as_const(m_offtakeFields))
        w->setEnabled(o != nullptr);
    m_addOfftake->setEnabled(m_document->project().scenario(m_document->currentScenarioId()) != nullptr);
    if (o) {
        const QSignalBlocker b1(m_offtakeCapacity), b2(m_offtakeMinSupply), b3(m_offtakePrice);
        m_offtakeCapacity->setValue(o->capacityW / 1e6);
        m_offtakeMinSupply->setValue(o->minSupplyC);
        m_offtakePrice->setValue(o->pricePerMWh);
    }
}

void CoolingEditor::refreshDesignAmbient(const CoolingSystem &s)
{
    const std::optional<double> climate = designDryBulbC(m_document->project().site.climate);
    m_designAmbientFromClimate->setText(
        climate ? tr("from climate (0.4 %: %1 °C)").arg(tabutil::number(*climate, 1))
                : tr("from climate (no climate: uses the value here)"));
    m_designAmbientFromClimate->setChecked(s.designAmbientFromClimate);
    m_designAmbient->setValue(s.designAmbientC);
    m_designAmbient->setEnabled(!s.designAmbientFromClimate || !climate);
    const bool fromClimate = s.designAmbientFromClimate && climate;
    m_designAmbientUsed->setText(fromClimate
                                     ? tr("Uses %1 °C (climate's 0.4 %)").arg(tabutil::number(*climate, 1))
                                     : tr("Uses %1 °C (set here)").arg(tabutil::number(s.designAmbientC, 1)));
}

void CoolingEditor::editSystem(const std::function<void(CoolingSystem &)> &change)
{
    const CoolingSystem *s = m_document->scenario().coolingSystem(currentSystemId());
    if (!s)
        return;
    CoolingSystem edited = *s;
    change(edited);
    if (edited == *s)
        return;
    m_document->undoStack()->push(
        new SetCoolingSystemCommand(m_document, m_document->currentScenarioId(), edited));
}

void CoolingEditor::editOfftake(const std::function<void(HeatOfftake &)> &change)
{
    for (const HeatOfftake &o : m_document->scenario().heatOfftakes) {
        if (o.id != currentOfftakeId())
            continue;
        HeatOfftake edited = o;
        change(edited);
        if (!(edited == o))
            m_document->undoStack()->push(
                new SetHeatOfftakeCommand(m_document, m_document->currentScenarioId(), edited));
        return;
    }
}

void CoolingEditor::addSystem()
{
    const Scenario &scenario = m_document->scenario();
    CoolingSystem system; // METHOD §3 defaults
    system.name = tr("Cooling system %1").arg(scenario.coolingSystems.size() + 1);
    QList<Id> unserved;
    for (const Hall &h : scenario.halls)
        if (!scenario.coolingSystem(h.coolingSystemId))
            unserved.append(h.id);
    Id id = NoId;
    if (auto *cmd = makeAddCoolingSystemCommand(m_document, scenario.id, system, unserved, &id)) {
        m_document->undoStack()->push(cmd);
        m_system->setCurrentIndex(m_system->findData(QVariant::fromValue<Id>(id)));
    }
}

void CoolingEditor::duplicateSystem()
{
    const CoolingSystem *s = m_document->scenario().coolingSystem(currentSystemId());
    if (!s)
        return;
    CoolingSystem copy = *s;
    copy.id = NoId;
    copy.name = tr("%1 (copy)").arg(s->name);
    Id id = NoId;
    if (auto *cmd = makeAddCoolingSystemCommand(m_document, m_document->currentScenarioId(), copy, {}, &id)) {
        m_document->undoStack()->push(cmd);
        m_system->setCurrentIndex(m_system->findData(QVariant::fromValue<Id>(id)));
    }
}

void CoolingEditor::removeSystem()
{
    if (auto *cmd =
            makeRemoveCoolingSystemCommand(m_document, m_document->currentScenarioId(), currentSystemId()))
        m_document->undoStack()->push(cmd);
}

void CoolingEditor::hallToggled(QListWidgetItem *item)
{
    const Id hall = item->data(Qt::UserRole).value<Id>();
    const Id system = item->checkState() == Qt::Checked ? currentSystemId() : NoId;
    if (auto *cmd = makeAssignCoolingCommand(m_document, m_document->currentScenarioId(), {hall}, system))
        m_document->undoStack()->push(cmd);
}

void CoolingEditor::addOfftake()
{
    HeatOfftake o;
    o.name = tr("District heating %1").arg(m_document->scenario().heatOfftakes.size() + 1);
    const auto &stages = m_document->scenario().stages;
    o.stageId = stages.isEmpty() ? NoId : stages.first().id;
    o.capacityW = 10e6;
    auto *cmd = new AddHeatOfftakeCommand(m_document, m_document->currentScenarioId(), o);
    const Id id = cmd->itemId();
    m_document->undoStack()->push(cmd);
    m_offtake->setCurrentIndex(m_offtake->findData(QVariant::fromValue<Id>(id)));
}

void CoolingEditor::removeOfftake()
{
    if (currentOfftakeId() != NoId)
        m_document->undoStack()->push(
            new RemoveHeatOfftakeCommand(m_document, m_document->currentScenarioId(), currentOfftakeId()));
}

} // namespace fjord::ui
