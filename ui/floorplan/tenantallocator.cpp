#include "ui/floorplan/tenantallocator.h"

#include "model/document/projectdocument.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QUndoStack>

namespace fjord::ui {

TenantAllocator::TenantAllocator(ProjectDocument *document, const QString &label, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("tenantAllocation"));
    m_combo->setToolTip(tr("Allocates the selected halls, rows and racks to a tenant (racks follow their row "
                           "and hall unless they have a tenant of their own)"));
    m_combo->setPlaceholderText(tr("(mixed)"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("tenantOrigin"));
    m_origin->setEnabled(false);
    // the origin under the combo: inspectors are narrow and tenant names long
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!label.isEmpty())
        layout->addWidget(new QLabel(label, this), 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_origin, 1, 1);
    layout->setColumnStretch(1, 1);

    connect(m_combo, &QComboBox::activated, this, &TenantAllocator::allocate);
    connect(document, &ProjectDocument::selectionChanged, this, &TenantAllocator::refresh);
    connect(document, &ProjectDocument::currentScenarioChanged, this, &TenantAllocator::refresh);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        using K = ChangeEvent::Kind;
        if (e.kind == K::Halls || e.kind == K::Rows || e.kind == K::Racks || e.kind == K::Tenants ||
            e.kind == K::Scenarios || e.kind == K::Everything)
            refresh();
    });
    refresh();
}

AllocationTargets selectedAllocationTargets(const ProjectDocument *document)
{
    const Scenario &s = document->scenario();
    AllocationTargets t;
    const QList<Id> selection = document->selection();
    const QSet<Id> wanted(selection.cbegin(), selection.cend());
    for (const Hall &h : s.halls)
        if (wanted.contains(h.id))
            t.halls.append(h.id);
    for (const Row &r : s.rows)
        if (wanted.contains(r.id))
            t.rows.append(r.id);
    for (const Rack &r : s.racks)
        if (wanted.contains(r.id))
            t.racks.append(r.id);
    return t;
}

void fillAllocateMenu(QMenu *menu, ProjectDocument *document)
{
    menu->clear();
    const AllocationTargets targets = selectedAllocationTargets(document);
    const auto add = [&](const QString &text, Id tenant) {
        QAction *a = menu->addAction(text);
        a->setEnabled(!targets.isEmpty());
        QObject::connect(a, &QAction::triggered, menu, [document, tenant] {
            if (auto *cmd = makeAllocateCommand(document, document->currentScenarioId(),
                                                selectedAllocationTargets(document), tenant))
                document->undoStack()->push(cmd);
        });
    };
    for (const Tenant &t : document->scenario().tenants)
        add(t.name, t.id);
    if (!document->scenario().tenants.isEmpty())
        menu->addSeparator();
    add(QCoreApplication::translate("fjord::ui::TenantAllocator", "Unallocated"), NoId);
}

void TenantAllocator::refresh()
{
    const Scenario &s = m_document->scenario();
    const AllocationTargets t = selectedAllocationTargets(m_document);
    setVisible(!t.isEmpty());
    if (t.isEmpty())
        return;

    // The tenant each selected object ends up with, and where it comes from when not its own.
    QSet<Id> effective;
    QString origin;
    const auto inheritedFrom = [&](Id rowId, Id hallId) -> Id {
        if (const Row *row = s.row(rowId); row && row->tenantId != NoId) {
            origin = tr("(from row %1)").arg(row->name);
            return row->tenantId;
        }
        if (const Hall *hall = s.hall(hallId); hall && hall->tenantId != NoId) {
            origin = tr("(from hall %1)").arg(hall->name);
            return hall->tenantId;
        }
        return NoId;
    };
    for (Id id : t.halls)
        effective.insert(s.hall(id)->tenantId);
    for (Id id : t.rows) {
        const Row *row = s.row(id);
        effective.insert(row->tenantId != NoId ? row->tenantId : inheritedFrom(NoId, row->hallId));
    }
    // one pass over the racks, not one search per selected rack (20,000 of them)
    const QSet<Id> racks(t.racks.cbegin(), t.racks.cend());
    for (const Rack &rack : s.racks)
        if (racks.contains(rack.id))
            effective.insert(rack.tenantId != NoId ? rack.tenantId : inheritedFrom(rack.rowId, rack.hallId));
    const bool single = t.halls.size() + t.rows.size() + t.racks.size() == 1;

    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Unallocated"), QVariant::fromValue<Id>(NoId));
    for (const Tenant &tenant : s.tenants)
        m_combo->addItem(tenant.name, QVariant::fromValue<Id>(tenant.id));
    m_combo->setCurrentIndex(
        effective.size() == 1 ? std::max(0, m_combo->findData(QVariant::fromValue<Id>(*effective.cbegin())))
                              : -1);
    m_origin->setText(single ? origin : QString());
    m_origin->setVisible(!m_origin->text().isEmpty());
}

void TenantAllocator::allocate()
{
    const Id tenant = m_combo->currentData().value<Id>();
    if (auto *cmd = makeAllocateCommand(m_document, m_document->currentScenarioId(),
                                        selectedAllocationTargets(m_document), tenant))
        m_document->undoStack()->push(cmd);
    else
        refresh(); // already allocated as asked
    // Nothing to take back from an object that only inherits its tenant: say where to do it.
    if (tenant == NoId && m_combo->currentIndex() > 0) {
        m_origin->setText(tr("follows its hall or row: unallocate that"));
        m_origin->show();
    }
}

} // namespace fjord::ui
