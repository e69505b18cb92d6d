#pragma once

#include <QWidget>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class AllocationView;
class TenantEditor;

// "Tenants" (METHOD §8.2): the current scenario's tenants with their editor on the left, the
// allocation of the capacity per stage (table, start-up/research share, chart) on the right.
// Halls, rows and racks are allocated in the Layout tab.
class TenantsTab : public QWidget {
    Q_OBJECT
public:
    explicit TenantsTab(ProjectDocument *document, QWidget *parent = nullptr);

    TenantEditor *editor() const { return m_editor; }
    AllocationView *allocation() const { return m_allocation; }

private:
    TenantEditor *m_editor;
    AllocationView *m_allocation;
};

} // namespace fjord::ui
