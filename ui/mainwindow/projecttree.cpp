#include "ui/mainwindow/projecttree.h"
#include "ui/settings/displayunits.h"

#include "model/document/commands/renamecommand.h"
#include "model/document/objectlocator.h"
#include "model/document/projectdocument.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

#include <functional>

namespace fjord::ui {

namespace {
constexpr int GroupKeyRole = Qt::UserRole + 2; // identifies a heading, to keep it expanded across rebuilds
}

ProjectTree::ProjectTree(ProjectDocument *document, QWidget *parent)
    : QTreeWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("projectTree"));
    setColumnCount(2);
    setHeaderLabels({tr("Name"), tr("Details")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setUniformRowHeights(true);
    setAnimated(true);

    connect(document, &ProjectDocument::changed, this, &ProjectTree::onChanged);
    connect(document, &ProjectDocument::currentScenarioChanged, this, &ProjectTree::rebuild);
    connect(document, &ProjectDocument::selectionChanged, this, &ProjectTree::followSelection);
    connect(this, &QTreeWidget::itemChanged, this, &ProjectTree::onItemChanged);
    connect(this, &QTreeWidget::itemSelectionChanged, this, &ProjectTree::pushSelection);
    rebuild();
}

QTreeWidgetItem *ProjectTree::addGroup(const QString &title)
{
    auto *item = new QTreeWidgetItem(this, {title});
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setData(0, IdRole, QVariant::fromValue<Id>(NoId));
    item->setData(0, GroupKeyRole, title);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

QTreeWidgetItem *ProjectTree::addObject(QTreeWidgetItem *parent, Id id, const QString &name,
                                        const QString &detail)
{
    auto *item = new QTreeWidgetItem(parent, {name, detail});
    item->setData(0, IdRole, QVariant::fromValue<Id>(id));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
    m_items.insert(id, item);
    return item;
}

void ProjectTree::rebuild()
{
    m_updating = true;
    // Keep what the user opened and where they scrolled.
    QSet<QString> expandedGroups;
    QSet<Id> expandedObjects;
    for (auto it = QTreeWidgetItemIterator(this); *it; ++it) {
        if ((*it)->isExpanded()) {
            const Id id = (*it)->data(0, IdRole).value<Id>();
            if (id == NoId)
                expandedGroups.insert((*it)->data(0, GroupKeyRole).toString());
            else
                expandedObjects.insert(id);
        }
    }
    const bool firstBuild = topLevelItemCount() == 0;
    const int scroll = verticalScrollBar()->value();
    clear();
    m_items.clear();

    const Project &project = m_document->project();
    const Scenario &current = m_document->scenario();
    const QLocale locale;
    auto mw = [&](double w) { return units::powerText(w, locale); };

    QTreeWidgetItem *scenarios = addGroup(tr("Scenarios"));
    for (const Scenario &s : project.scenarios) {
        QTreeWidgetItem *si =
            addObject(scenarios, s.id, s.name, s.id == current.id ? tr("current") : QString());
        for (const Stage &st : s.stages)
            addObject(si, st.id, st.name,
                      st.energisation.toString(QStringLiteral("yyyy-MM")) + QStringLiteral("  +") +
                          mw(st.gridCapacityAddedW));
        if (s.id == current.id)
            expandedObjects.insert(s.id);
    }
    QTreeWidgetItem *halls = addGroup(tr("Halls"));
    for (const Hall &h : current.halls) {
        QTreeWidgetItem *hi = addObject(
            halls, h.id, h.name,
            tr("%1 × %2 m").arg(locale.toString(h.widthM, 'f', 0), locale.toString(h.depthM, 'f', 0)));
        for (const Row &r : current.rows)
            if (r.hallId == h.id)
                addObject(hi, r.id, r.name);
    }
    QTreeWidgetItem *power = addGroup(tr("Power chain"));
    // Nodes in chain order: each under its parent (the list is in no particular order).
    QHash<Id, QList<const PowerNode *>> children;
    for (const PowerNode &n : current.powerNodes)
        children[current.powerNode(n.parentId) ? n.parentId : NoId].append(&n);
    std::function<void(QTreeWidgetItem *, Id)> addChildren = [&](QTreeWidgetItem *parent, Id parentId) {
        for (const PowerNode *n : children.value(parentId)) {
            const double kva = n->apparentRatingVa() / 1e3;
            QTreeWidgetItem *ni = addObject(parent, n->id, n->name,
                                            kindName(n->kind) + QStringLiteral("  ") +
                                                tr("%1 kVA").arg(locale.toString(kva, 'f', 0)));
            if (parentId != n->id)
                addChildren(ni, n->id);
        }
    };
    addChildren(power, NoId);
    QTreeWidgetItem *cooling = addGroup(tr("Cooling systems"));
    for (const CoolingSystem &c : current.coolingSystems)
        addObject(cooling, c.id, c.name, ashraeWClass(c.supplyC));
    QTreeWidgetItem *tenants = addGroup(tr("Tenants"));
    for (const Tenant &t : current.tenants) {
        // renamed in the Tenants tab, not in place
        QTreeWidgetItem *ti = addObject(tenants, t.id, t.name, tenantClassLabel(t.tenantClass));
        ti->setFlags(ti->flags() & ~Qt::ItemIsEditable);
    }
    QTreeWidgetItem *types = addGroup(tr("Rack types"));
    for (const RackType &t : project.rackTypes)
        addObject(types, t.id, t.name, tr("%1 kW").arg(locale.toString(t.designPowerW / 1e3, 'f', 0)));

    for (auto it = QTreeWidgetItemIterator(this); *it; ++it) {
        const Id id = (*it)->data(0, IdRole).value<Id>();
        const bool group = id == NoId;
        if (group ? (firstBuild || expandedGroups.contains((*it)->data(0, GroupKeyRole).toString()))
                  : expandedObjects.contains(id))
            (*it)->setExpanded(true);
    }
    verticalScrollBar()->setValue(scroll);
    m_updating = false;
    followSelection();
}

void ProjectTree::onChanged(const ChangeEvent &event)
{
    // Racks are not in the tree; everything else can change a name, a detail or the structure.
    if (event.kind == ChangeEvent::Kind::Racks || event.kind == ChangeEvent::Kind::LoadProfiles ||
        event.kind == ChangeEvent::Kind::Supply || event.kind == ChangeEvent::Kind::Costs ||
        event.kind == ChangeEvent::Kind::Climate)
        return;
    rebuild();
}

bool ProjectTree::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    return QTreeWidget::edit(index.siblingAtColumn(0), trigger, event);
}

void ProjectTree::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != 0)
        return;
    const Id id = item->data(0, IdRole).value<Id>();
    const QString text = item->text(0);
    // Queued: the push rebuilds the tree, which must not happen inside the editor's own commit.
    QMetaObject::invokeMethod(
        this,
        [this, id, text] {
            if (QUndoCommand *rename = makeRenameCommand(m_document, id, text)) {
                m_document->undoStack()->push(rename); // the change event rebuilds the tree
            } else if (QTreeWidgetItem *current = m_items.value(id)) {
                // Empty or unchanged: show the model's name again.
                m_updating = true;
                current->setText(0, locateObject(m_document->project(), id).name);
                m_updating = false;
            }
        },
        Qt::QueuedConnection);
}

void ProjectTree::pushSelection()
{
    if (m_updating)
        return;
    QList<Id> ids;
    for (QTreeWidgetItem *item : selectedItems())
        if (const Id id = item->data(0, IdRole).value<Id>(); id != NoId)
            ids.append(id);
    m_updating = true;
    m_document->setSelection(ids);
    m_updating = false;
}

void ProjectTree::followSelection()
{
    if (m_updating)
        return;
    m_updating = true;
    clearSelection();
    QTreeWidgetItem *first = nullptr;
    for (Id id : m_document->selection()) {
        if (QTreeWidgetItem *item = m_items.value(id)) {
            item->setSelected(true);
            if (!first)
                first = item;
        }
    }
    if (first) {
        for (QTreeWidgetItem *p = first->parent(); p; p = p->parent())
            p->setExpanded(true);
        setCurrentItem(first, 0, QItemSelectionModel::NoUpdate);
        scrollToItem(first);
    }
    m_updating = false;
}

} // namespace fjord::ui
