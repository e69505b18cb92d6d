#include "model/document/commands/layoutchangecommand.h"

#include "model/document/projectdocument.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace fjord {

namespace {

// Moves `list` from one side of the entries to the other: removes what the target side lacks,
// replaces modified objects, then inserts what only the target side has, in ascending index order.
template <typename T>
void applyEntries(QList<T> &list, const QList<LayoutEntry<T>> &entries, bool forward, QList<Id> &touched,
                  QSet<Id> &removed)
{
    if (entries.isEmpty())
        return;
    QSet<Id> removeIds;
    QHash<Id, const T *> replace;
    QList<std::pair<int, const T *>> inserts;
    for (const auto &e : entries) {
        const std::optional<T> &from = forward ? e.before : e.after;
        const std::optional<T> &to = forward ? e.after : e.before;
        if (from && !to)
            removeIds.insert(from->id);
        else if (from && to)
            replace.insert(to->id, &*to);
        else if (to)
            inserts.append({e.index, &*to});
        touched.append(from ? from->id : to->id);
    }
    removed.unite(removeIds);
    if (!removeIds.isEmpty())
        list.removeIf([&](const T &t) { return removeIds.contains(t.id); });
    if (!replace.isEmpty()) {
        for (T &t : list) {
            if (const T *r = replace.value(t.id, nullptr))
                t = *r;
        }
    }
    std::sort(inserts.begin(), inserts.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, object] : inserts)
        list.insert(qBound(0, index, int(list.size())), *object);
}

template <typename T> bool sameObjects(const QList<LayoutEntry<T>> &a, const QList<LayoutEntry<T>> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (!a[i].before || !a[i].after || !b[i].before || !b[i].after || a[i].after->id != b[i].before->id)
            return false;
    }
    return true;
}

template <typename T> void takeAfters(QList<LayoutEntry<T>> &mine, const QList<LayoutEntry<T>> &theirs)
{
    for (int i = 0; i < mine.size(); ++i)
        mine[i].after = theirs[i].after;
}

} // namespace

QList<Id> LayoutDelta::insertedIds() const
{
    QList<Id> ids;
    for (const auto &e : halls)
        if (!e.before && e.after)
            ids.append(e.after->id);
    for (const auto &e : rows)
        if (!e.before && e.after)
            ids.append(e.after->id);
    for (const auto &e : racks)
        if (!e.before && e.after)
            ids.append(e.after->id);
    return ids;
}

LayoutChangeCommand::LayoutChangeCommand(ProjectDocument *document, const QString &text, LayoutDelta delta,
                                         int mergeId, int mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_scenarioId(document->currentScenarioId()),
      m_delta(std::move(delta)), m_mergeId(mergeId), m_mergeKey(mergeKey)
{
}

void LayoutChangeCommand::redo()
{
    apply(true);
}

void LayoutChangeCommand::undo()
{
    apply(false);
}

bool LayoutChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const LayoutChangeCommand *>(other);
    if (!o || o->m_mergeId != m_mergeId || m_mergeKey == 0 || o->m_mergeKey != m_mergeKey ||
        o->m_scenarioId != m_scenarioId)
        return false;
    if (!sameObjects(m_delta.halls, o->m_delta.halls) || !sameObjects(m_delta.rows, o->m_delta.rows) ||
        !sameObjects(m_delta.racks, o->m_delta.racks))
        return false;
    takeAfters(m_delta.halls, o->m_delta.halls);
    takeAfters(m_delta.rows, o->m_delta.rows);
    takeAfters(m_delta.racks, o->m_delta.racks);
    return true;
}

void LayoutChangeCommand::apply(bool forward)
{
    Scenario *scenario = m_document->mutableScenario(m_scenarioId);
    if (!scenario)
        return;
    if (m_delta.nextIdBefore != NoId)
        m_document->mutableProject().nextId = forward ? m_delta.nextIdAfter : m_delta.nextIdBefore;

    QList<Id> halls, rows, racks;
    QSet<Id> removed;
    applyEntries(scenario->halls, m_delta.halls, forward, halls, removed);
    applyEntries(scenario->rows, m_delta.rows, forward, rows, removed);
    applyEntries(scenario->racks, m_delta.racks, forward, racks, removed);

    // Removed objects leave the selection (nothing else in the model refers to halls, rows or racks
    // except their own children, which the delta removes with them).
    if (!removed.isEmpty()) {
        QList<Id> kept = m_document->selection();
        kept.removeIf([&](Id id) { return removed.contains(id); });
        m_document->setSelection(kept);
    }

    if (!halls.isEmpty())
        m_document->notifyChanged({ChangeEvent::Kind::Halls, halls});
    if (!rows.isEmpty())
        m_document->notifyChanged({ChangeEvent::Kind::Rows, rows});
    if (!racks.isEmpty())
        m_document->notifyChanged({ChangeEvent::Kind::Racks, racks});
}

} // namespace fjord
