#pragma once

#include "model/document/changeevent.h"
#include "model/document/commands/commandids.h"
#include "model/document/objectlocator.h"
#include "model/document/projectdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <utility>

namespace fjord {

// The generic "change one value" command: sets one field of the model, remembers the old value,
// and emits `event`. The field is found again on every redo/undo through `field` (pointers into the
// model's lists do not survive other edits). With a non-empty merge key, consecutive changes of the
// same key merge into one undo step (typing, dragging a slider); a merge back to the original value
// makes the command obsolete, so the stack drops it.
template <typename T> class ChangeValueCommand : public QUndoCommand {
public:
    using Field = std::function<T *(Project &)>;
    // Builds the undo text from the value before the first edit and the latest value, so that a
    // merged step still reads "Rename hall H1 to Hall A" after typing "H", "Ha", ... "Hall A".
    using TextFunction = std::function<QString(const T &oldValue, const T &newValue)>;

    ChangeValueCommand(ProjectDocument *document, const QString &text, ChangeEvent event, Field field,
                       T newValue, QString mergeKey = {}, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_event(std::move(event)),
          m_field(std::move(field)), m_newValue(std::move(newValue)), m_mergeKey(std::move(mergeKey))
    {
        if (T *value = m_field(m_document->mutableProject()))
            m_oldValue = *value;
        else
            setObsolete(true); // the object is gone: nothing to do
    }

    void setTextFunction(TextFunction function)
    {
        m_textFunction = std::move(function);
        setText(m_textFunction(m_oldValue, m_newValue));
    }

    void redo() override { apply(m_newValue); }
    void undo() override { apply(m_oldValue); }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : ChangeValueCommandId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValueCommand<T> *>(other);
        if (!next || next->m_mergeKey != m_mergeKey || next->m_document != m_document)
            return false;
        m_newValue = next->m_newValue;
        setText(m_textFunction ? m_textFunction(m_oldValue, m_newValue) : next->text());
        setObsolete(m_newValue == m_oldValue);
        return true;
    }

    const T &oldValue() const { return m_oldValue; }
    const T &newValue() const { return m_newValue; }

private:
    void apply(const T &value)
    {
        T *field = m_field(m_document->mutableProject());
        if (!field)
            return;
        *field = value;
        m_document->notifyChanged(m_event);
    }

    ProjectDocument *m_document;
    ChangeEvent m_event;
    Field m_field;
    T m_newValue;
    T m_oldValue{};
    QString m_mergeKey;
    TextFunction m_textFunction;
};

// A ChangeValueCommand on member `member` of the object `objectId` (any type findObject<Obj> knows).
// `fieldLabel` is the user-visible field name ("grid capacity"). Returns nullptr when the object
// does not exist or the value is unchanged (push nothing then). Merges consecutive edits of the same
// field of the same object.
template <typename Obj, typename T>
QUndoCommand *makeMemberChange(ProjectDocument *document, Id objectId, T Obj::*member, T value,
                               const QString &fieldLabel)
{
    Project &project = document->mutableProject();
    Obj *object = findObject<Obj>(project, objectId);
    if (!object || object->*member == value)
        return nullptr;
    const ObjectRef ref = locateObject(project, objectId);
    const QString text = QCoreApplication::translate("fjord::Commands", "Change %1 of %2 %3")
                             .arg(fieldLabel, kindLabel(ref.kind), ref.name);
    auto field = [objectId, member](Project &p) -> T * {
        Obj *o = findObject<Obj>(p, objectId);
        return o ? &(o->*member) : nullptr;
    };
    return new ChangeValueCommand<T>(document, text, ChangeEvent{changeKindOf(ref.kind), {objectId}},
                                     std::move(field), std::move(value),
                                     fieldLabel + QLatin1Char(':') + QString::number(objectId));
}

} // namespace fjord
