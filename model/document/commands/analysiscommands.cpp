#include "model/document/commands/analysiscommands.h"

#include "model/document/projectdocument.h"
#include "model/tr.h"

#include <QCoreApplication>

#include <algorithm>

namespace fjord {

namespace {

// What the undo text calls an object: its name; an uncertain input has its parameter key instead.
template <class T> QString itemName(const T &item)
{
    return item.name;
}
template <> QString itemName(const UncertainInput &item)
{
    return item.parameter;
}

// Where each kind of object lives, what change event it raises and how its undo text reads.
template <class T> struct ItemTraits;

template <> struct ItemTraits<CoolingSystem> {
    static QList<CoolingSystem> *list(ProjectDocument *d, Id s)
    {
        Scenario *sc = d->mutableScenario(s);
        return sc ? &sc->coolingSystems : nullptr;
    }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Cooling;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "cooling system");
};

template <> struct ItemTraits<Tenant> {
    static QList<Tenant> *list(ProjectDocument *d, Id s)
    {
        Scenario *sc = d->mutableScenario(s);
        return sc ? &sc->tenants : nullptr;
    }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Tenants;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "tenant");
};

template <> struct ItemTraits<UncertainInput> {
    static QList<UncertainInput> *list(ProjectDocument *d, Id s)
    {
        Scenario *sc = d->mutableScenario(s);
        return sc ? &sc->uncertainInputs : nullptr;
    }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Uncertainty;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "uncertain input");
};

template <> struct ItemTraits<HeatOfftake> {
    static QList<HeatOfftake> *list(ProjectDocument *d, Id s)
    {
        Scenario *sc = d->mutableScenario(s);
        return sc ? &sc->heatOfftakes : nullptr;
    }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Cooling;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "heat offtake");
};

template <> struct ItemTraits<LoadProfile> {
    static QList<LoadProfile> *list(ProjectDocument *d, Id s)
    {
        Scenario *sc = d->mutableScenario(s);
        return sc ? &sc->loadProfiles : nullptr;
    }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::LoadProfiles;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "load profile");
};

template <> struct ItemTraits<Stage> {
    static QList<Stage> *list(ProjectDocument *d, Id s)
    {
        Scenario *sc = d->mutableScenario(s);
        return sc ? &sc->stages : nullptr;
    }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Stages;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "stage");
};

template <> struct ItemTraits<Ppa> {
    static QList<Ppa> *list(ProjectDocument *d, Id s)
    {
        Scenario *sc = d->mutableScenario(s);
        return sc ? &sc->supply.ppas : nullptr;
    }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Supply;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "PPA");
};

template <> struct ItemTraits<GuaranteeOfOrigin> {
    static QList<GuaranteeOfOrigin> *list(ProjectDocument *d, Id s)
    {
        Scenario *sc = d->mutableScenario(s);
        return sc ? &sc->supply.guarantees : nullptr;
    }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Supply;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "guarantee of origin");
};

template <> struct ItemTraits<OpexItem> {
    static QList<OpexItem> *list(ProjectDocument *d, Id) { return &d->mutableProject().opex; }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Costs;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "opex item");
};

template <> struct ItemTraits<RackType> {
    static QList<RackType> *list(ProjectDocument *d, Id) { return &d->mutableProject().rackTypes; }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::RackTypes;
    static constexpr const char *noun = QT_TRANSLATE_NOOP("fjord::Commands", "rack type");
};

// Single values.
template <class T> struct ValueTraits;

template <> struct ValueTraits<CostCatalogue> {
    static CostCatalogue *value(ProjectDocument *d, Id) { return &d->mutableProject().costs; }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Costs;
    static constexpr const char *text = QT_TRANSLATE_NOOP("fjord::Commands", "Edit cost catalogue");
};

template <> struct ValueTraits<GridSupply> {
    static GridSupply *value(ProjectDocument *d, Id s)
    {
        Scenario *sc = d->mutableScenario(s);
        return sc ? &sc->supply.grid : nullptr;
    }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Supply;
    static constexpr const char *text = QT_TRANSLATE_NOOP("fjord::Commands", "Edit grid supply");
};

template <> struct ValueTraits<Climate> {
    static Climate *value(ProjectDocument *d, Id) { return &d->mutableProject().site.climate; }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Climate;
    static constexpr const char *text = QT_TRANSLATE_NOOP("fjord::Commands", "Change climate");
};

template <> struct ValueTraits<QList<Climate>> {
    static QList<Climate> *value(ProjectDocument *d, Id) { return &d->mutableProject().site.weatherYears; }
    static constexpr ChangeEvent::Kind kind = ChangeEvent::Kind::Climate;
    static constexpr const char *text =
        QT_TRANSLATE_NOOP("fjord::Commands", "Change the other weather years");
};

template <class T> int indexOf(const QList<T> &list, Id id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}

} // namespace

// --- SetItemCommand ---

template <class T>
SetItemCommand<T>::SetItemCommand(ProjectDocument *document, Id scenarioId, T value, int mergeId,
                                  QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_scenarioId(scenarioId), m_new(std::move(value)),
      m_mergeId(mergeId)
{
    if (const QList<T> *list = ItemTraits<T>::list(document, scenarioId)) {
        const int i = indexOf(*list, m_new.id);
        if (i >= 0) {
            m_old = list->at(i);
            m_found = true;
        }
    }
    setText(CommandsTr::tr("Edit %1 %2").arg(CommandsTr::tr(ItemTraits<T>::noun), itemName(m_new)));
    // Nothing to do (object gone, or no change): the stack drops the command, merges still see it.
    if (!m_found || m_new == m_old)
        setObsolete(true);
}

template <class T> void SetItemCommand<T>::apply(const T &value)
{
    if (!m_found)
        return;
    QList<T> *list = ItemTraits<T>::list(m_document, m_scenarioId);
    const int i = list ? indexOf(*list, value.id) : -1;
    if (i < 0)
        return;
    (*list)[i] = value;
    m_document->notifyChanged({ItemTraits<T>::kind, {value.id}});
}

template <class T> void SetItemCommand<T>::redo()
{
    apply(m_new);
}

template <class T> void SetItemCommand<T>::undo()
{
    apply(m_old);
}

template <class T> bool SetItemCommand<T>::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const SetItemCommand<T> *>(other);
    if (!o || m_final || o->m_mergeId != m_mergeId || m_mergeId == NoMerge || o->m_new.id != m_new.id ||
        o->m_scenarioId != m_scenarioId)
        return false;
    m_new = o->m_new;
    m_final = o->m_final;
    setObsolete(m_new == m_old); // a drag back to where it started leaves no undo step
    return true;
}

// --- AddItemCommand ---

template <class T>
AddItemCommand<T>::AddItemCommand(ProjectDocument *document, Id scenarioId, T value, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_scenarioId(scenarioId), m_value(std::move(value))
{
    if (m_value.id == NoId)
        m_value.id = document->mutableProject().allocateId();
    setText(CommandsTr::tr("Add %1 %2").arg(CommandsTr::tr(ItemTraits<T>::noun), itemName(m_value)));
}

template <class T> void AddItemCommand<T>::redo()
{
    if (QList<T> *list = ItemTraits<T>::list(m_document, m_scenarioId)) {
        list->append(m_value);
        m_document->notifyChanged({ItemTraits<T>::kind, {m_value.id}});
    }
}

template <class T> void AddItemCommand<T>::undo()
{
    if (QList<T> *list = ItemTraits<T>::list(m_document, m_scenarioId)) {
        const int i = indexOf(*list, m_value.id);
        if (i >= 0)
            list->removeAt(i);
        m_document->notifyChanged({ItemTraits<T>::kind, {m_value.id}});
    }
}

// --- RemoveItemCommand ---

template <class T>
RemoveItemCommand<T>::RemoveItemCommand(ProjectDocument *document, Id scenarioId, Id itemId,
                                        QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_scenarioId(scenarioId), m_itemId(itemId)
{
    if (const QList<T> *list = ItemTraits<T>::list(document, scenarioId)) {
        m_index = indexOf(*list, itemId);
        if (m_index >= 0)
            m_value = list->at(m_index);
    }
    setText(CommandsTr::tr("Remove %1 %2").arg(CommandsTr::tr(ItemTraits<T>::noun), itemName(m_value)));
    if (m_index < 0)
        setObsolete(true);
}

template <class T> void RemoveItemCommand<T>::redo()
{
    QList<T> *list = ItemTraits<T>::list(m_document, m_scenarioId);
    const int i = list ? indexOf(*list, m_itemId) : -1;
    if (i < 0)
        return;
    list->removeAt(i);
    m_document->notifyChanged({ItemTraits<T>::kind, {m_itemId}});
}

template <class T> void RemoveItemCommand<T>::undo()
{
    QList<T> *list = ItemTraits<T>::list(m_document, m_scenarioId);
    if (!list || m_index < 0)
        return;
    list->insert(qMin(m_index, int(list->size())), m_value);
    m_document->notifyChanged({ItemTraits<T>::kind, {m_itemId}});
}

// --- SetValueCommand ---

template <class T>
SetValueCommand<T>::SetValueCommand(ProjectDocument *document, Id scenarioId, T value, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_scenarioId(scenarioId), m_new(std::move(value))
{
    if (const T *current = ValueTraits<T>::value(document, scenarioId))
        m_old = *current;
    else
        setObsolete(true);
    setText(CommandsTr::tr(ValueTraits<T>::text));
}

template <class T> void SetValueCommand<T>::redo()
{
    if (T *v = ValueTraits<T>::value(m_document, m_scenarioId)) {
        *v = m_new;
        m_document->notifyChanged({ValueTraits<T>::kind, {}});
    }
}

template <class T> void SetValueCommand<T>::undo()
{
    if (T *v = ValueTraits<T>::value(m_document, m_scenarioId)) {
        *v = m_old;
        m_document->notifyChanged({ValueTraits<T>::kind, {}});
    }
}

template class SetItemCommand<CoolingSystem>;
template class SetItemCommand<HeatOfftake>;
template class SetItemCommand<LoadProfile>;
template class SetItemCommand<Stage>;
template class SetItemCommand<Ppa>;
template class SetItemCommand<GuaranteeOfOrigin>;
template class SetItemCommand<OpexItem>;
template class SetItemCommand<RackType>;
template class AddItemCommand<RackType>;
template class RemoveItemCommand<RackType>;
template class AddItemCommand<CoolingSystem>;
template class AddItemCommand<LoadProfile>;
template class AddItemCommand<HeatOfftake>;
template class AddItemCommand<Ppa>;
template class AddItemCommand<GuaranteeOfOrigin>;
template class AddItemCommand<OpexItem>;
template class RemoveItemCommand<CoolingSystem>;
template class RemoveItemCommand<LoadProfile>;
template class RemoveItemCommand<HeatOfftake>;
template class RemoveItemCommand<Ppa>;
template class RemoveItemCommand<GuaranteeOfOrigin>;
template class RemoveItemCommand<OpexItem>;
template class SetItemCommand<Tenant>;
template class AddItemCommand<Tenant>;
template class RemoveItemCommand<Tenant>;
template class SetItemCommand<UncertainInput>;
template class AddItemCommand<UncertainInput>;
template class RemoveItemCommand<UncertainInput>;
template class SetValueCommand<CostCatalogue>;
template class SetValueCommand<GridSupply>;
template class SetValueCommand<Climate>;
template class SetValueCommand<QList<Climate>>;

} // namespace fjord
