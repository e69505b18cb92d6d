#include "model/document/commands/projectcommands.h"

namespace fjord {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fjord::Commands", text);
}
} // namespace

QUndoCommand *setProjectName(ProjectDocument *document, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == document->project().name)
        return nullptr;
    return new ChangeValueCommand<QString>(
        document, tr("Rename project to %1").arg(trimmed), ChangeEvent{ChangeEvent::Kind::Project, {}},
        [](Project &p) { return &p.name; }, trimmed, QStringLiteral("project:name"));
}

QUndoCommand *setProjectDescription(ProjectDocument *document, const QString &description)
{
    if (description == document->project().description)
        return nullptr;
    return new ChangeValueCommand<QString>(
        document, tr("Change project description"), ChangeEvent{ChangeEvent::Kind::Project, {}},
        [](Project &p) { return &p.description; }, description, QStringLiteral("project:description"));
}

QUndoCommand *setSiteClimate(ProjectDocument *document, const Climate &climate)
{
    if (!climate.isComplete() || climate == document->project().site.climate)
        return nullptr;
    return new ChangeValueCommand<Climate>(
        document, tr("Set site climate to %1").arg(climate.name), ChangeEvent{ChangeEvent::Kind::Climate, {}},
        [](Project &p) { return &p.site.climate; }, climate);
}

} // namespace fjord
