#include "ui/tabs/tenantstab.h"

#include "ui/tabs/allocationview.h"
#include "ui/tabs/tenanteditor.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace fjord::ui {

TenantsTab::TenantsTab(ProjectDocument *document, QWidget *parent) : QWidget(parent)
{
    // the wide tenants table across the top; the selected tenant and the allocation side by side below
    m_editor = new TenantEditor(document);
    auto *tenantsBox = new QGroupBox(tr("Tenants of the scenario"));
    (new QVBoxLayout(tenantsBox))->addWidget(m_editor);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_editor->form());
    auto *hint = new QLabel(tr("Allocate halls, rows or racks in the Layout tab: select them and pick a "
                               "tenant in the inspector, or colour the plan by tenant."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    leftLayout->addWidget(hint);
    leftLayout->addStretch();
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setMinimumWidth(380);

    m_allocation = new AllocationView(document);
    auto *allocationBox = new QGroupBox(tr("Allocation"));
    (new QVBoxLayout(allocationBox))->addWidget(m_allocation);
    // scrolls rather than forcing the window taller than the screen
    auto *allocationScroll = new QScrollArea;
    allocationScroll->setWidget(allocationBox);
    allocationScroll->setWidgetResizable(true);
    allocationScroll->setFrameShape(QFrame::NoFrame);

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(leftScroll);
    bottom->addWidget(allocationScroll);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(tenantsBox);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

} // namespace fjord::ui
