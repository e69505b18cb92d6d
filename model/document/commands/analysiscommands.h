#pragma once

#include "model/climate.h"
#include "model/coolingsystem.h"
#include "model/costs.h"
#include "model/document/commands/commandids.h"
#include "model/energysupply.h"
#include "model/ids.h"
#include "model/loadprofile.h"
#include "model/racktype.h"
#include "model/stage.h"
#include "model/tenant.h"
#include "model/uncertaininput.h"

#include <QUndoCommand>

namespace fjord {

class ProjectDocument;

// Only analysis commands created with a merge id (model/document/commands/commandids.h) merge:
// consecutive edits of the same object with the same id become one undo step (a drag of a stage
// along the time axis).

// Replaces one object (found by id) of the analysis lists with a new value:
// cooling systems, heat offtakes, load profiles, stages (scenario `scenarioId`), PPAs and
// guarantees of origin (its supply), uncertain inputs, opex items and rack types (project-wide;
// scenarioId is ignored).
// Undo restores the old value. A command for an object that no longer exists does nothing.
template <class T> class SetItemCommand : public QUndoCommand {
public:
    SetItemCommand(ProjectDocument *document, Id scenarioId, T value, int mergeId = NoMerge,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;
    // Marks the last step of a drag: once merged, the command takes no further steps, so the
    // next drag is its own undo step.
    void setFinalStep(bool final) { m_final = final; }

private:
    void apply(const T &value);

    ProjectDocument *m_document;
    Id m_scenarioId;
    T m_old;
    T m_new;
    int m_mergeId;
    bool m_found = false;
    bool m_final = false;
};

// Appends a new object to its list; undo removes it. The command allocates the object's id when
// it has none (ids are never reused, so the id stays taken after an undo); itemId() tells which.
template <class T> class AddItemCommand : public QUndoCommand {
public:
    AddItemCommand(ProjectDocument *document, Id scenarioId, T value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id itemId() const { return m_value.id; }

private:
    ProjectDocument *m_document;
    Id m_scenarioId;
    T m_value;
};

// Removes an object by id; undo puts it back at the same position.
template <class T> class RemoveItemCommand : public QUndoCommand {
public:
    RemoveItemCommand(ProjectDocument *document, Id scenarioId, Id itemId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    Id m_scenarioId;
    Id m_itemId;
    T m_value;
    int m_index = -1;
};

// Replaces a single value: the cost catalogue (project), the grid supply (scenario), the site
// climate (project; an imported EPW or the built-in Narvik year).
template <class T> class SetValueCommand : public QUndoCommand {
public:
    SetValueCommand(ProjectDocument *document, Id scenarioId, T value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    Id m_scenarioId;
    T m_old;
    T m_new;
};

using SetCoolingSystemCommand = SetItemCommand<CoolingSystem>;
using SetHeatOfftakeCommand = SetItemCommand<HeatOfftake>;
using SetLoadProfileCommand = SetItemCommand<LoadProfile>;
using SetStageCommand = SetItemCommand<Stage>;
using SetPpaCommand = SetItemCommand<Ppa>;
using SetGuaranteeCommand = SetItemCommand<GuaranteeOfOrigin>;
using SetOpexItemCommand = SetItemCommand<OpexItem>;
using SetRackTypeCommand = SetItemCommand<RackType>;
using SetTenantCommand = SetItemCommand<Tenant>;
using AddTenantCommand = AddItemCommand<Tenant>;     // remove: makeRemoveTenantCommand (allocations)
using AddRackTypeCommand = AddItemCommand<RackType>; // remove: makeRemoveRackTypeCommand (in-use check)

using AddCoolingSystemCommand = AddItemCommand<CoolingSystem>;
using AddLoadProfileCommand = AddItemCommand<LoadProfile>;
using AddHeatOfftakeCommand = AddItemCommand<HeatOfftake>;
using AddPpaCommand = AddItemCommand<Ppa>;
using AddGuaranteeCommand = AddItemCommand<GuaranteeOfOrigin>;
using AddOpexItemCommand = AddItemCommand<OpexItem>;

using RemoveLoadProfileCommand = RemoveItemCommand<LoadProfile>;
using RemoveHeatOfftakeCommand = RemoveItemCommand<HeatOfftake>;
using RemovePpaCommand = RemoveItemCommand<Ppa>;
using RemoveGuaranteeCommand = RemoveItemCommand<GuaranteeOfOrigin>;
using RemoveOpexItemCommand = RemoveItemCommand<OpexItem>;

using SetUncertainInputCommand = SetItemCommand<UncertainInput>;
using AddUncertainInputCommand = AddItemCommand<UncertainInput>;
using RemoveUncertainInputCommand = RemoveItemCommand<UncertainInput>;

using SetCostCatalogueCommand = SetValueCommand<CostCatalogue>;
using SetGridSupplyCommand = SetValueCommand<GridSupply>;
using SetClimateCommand = SetValueCommand<Climate>;
// The site's other weather years (for the risk study), added or removed as one list: one undo step.
using SetWeatherYearsCommand = SetValueCommand<QList<Climate>>;

} // namespace fjord
