#pragma once

#include "model/document/changeevent.h"
#include "model/document/commands/tenantcommands.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The halls, rows and racks among the document's selection (what an allocation applies to).
AllocationTargets selectedAllocationTargets(const ProjectDocument *document);

// Fills `menu` with "Unallocated" and the scenario's tenants; each allocates the selection in one
// undo step. For the floor plan's context menu "Allocate to tenant".
void fillAllocateMenu(QMenu *menu, ProjectDocument *document);

// "Tenant" of the selected halls, rows and racks: a combo of "Unallocated" and the scenario's
// tenants showing the selection's tenant (or "(mixed)"), with where it comes from when inherited
// ("(from hall H01)", "(from row R05)"). Picking an entry allocates the whole selection in one undo
// step (makeAllocateCommand). Hidden when the selection holds no hall, row or rack.
class TenantAllocator : public QWidget {
    Q_OBJECT
public:
    // `label`: a caption in front of the combo, for layouts that are not forms.
    explicit TenantAllocator(ProjectDocument *document, const QString &label = {}, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QLabel *origin() const { return m_origin; }

private:
    void refresh();
    void allocate();

    ProjectDocument *m_document;
    QComboBox *m_combo;
    QLabel *m_origin;
};

} // namespace fjord::ui
