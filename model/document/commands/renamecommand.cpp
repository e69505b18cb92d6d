#include "model/document/commands/renamecommand.h"

#include "model/document/commands/changevaluecommand.h"

namespace fjord {

QUndoCommand *makeRenameCommand(ProjectDocument *document, Id objectId, const QString &newName)
{
    const QString name = newName.trimmed();
    const ObjectRef ref = locateObject(document->project(), objectId);
    if (!ref.isValid() || name.isEmpty() || name == ref.name)
        return nullptr;
    auto field = [objectId](Project &p) { return objectNameField(p, objectId); };
    auto *command = new ChangeValueCommand<QString>(
        document, QString(), ChangeEvent{changeKindOf(ref.kind), {objectId}}, std::move(field), name,
        QStringLiteral("name:") + QString::number(objectId));
    const QString kind = kindLabel(ref.kind);
    command->setTextFunction([kind](const QString &from, const QString &to) {
        return QCoreApplication::translate("fjord::Commands", "Rename %1 %2 to %3").arg(kind, from, to);
    });
    return command;
}

} // namespace fjord
