#include "model/document/commands/projectcommands.h"
#include "model/tr.h"

#include <cmath>

namespace fjord {

namespace {
} // namespace

QUndoCommand *setProjectName(ProjectDocument *document, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == document->project().name)
        return nullptr;
    return new ChangeValueCommand<QString>(
        document, CommandsTr::tr("Rename project to %1").arg(trimmed),
        ChangeEvent{ChangeEvent::Kind::Project, {}}, [](Project &p) { return &p.name; }, trimmed,
        QStringLiteral("project:name"));
}

QUndoCommand *setProjectDescription(ProjectDocument *document, const QString &description)
{
    if (description == document->project().description)
        return nullptr;
    return new ChangeValueCommand<QString>(
        document, CommandsTr::tr("Change project description"), ChangeEvent{ChangeEvent::Kind::Project, {}},
        [](Project &p) { return &p.description; }, description, QStringLiteral("project:description"));
}

QUndoCommand *setSiteClimate(ProjectDocument *document, const Climate &climate)
{
    if (!climate.isComplete() || climate == document->project().site.climate)
        return nullptr;
    return new ChangeValueCommand<Climate>(
        document, CommandsTr::tr("Set site climate to %1").arg(climate.name),
        ChangeEvent{ChangeEvent::Kind::Climate, {}}, [](Project &p) { return &p.site.climate; }, climate);
}

namespace {

template <typename T>
QUndoCommand *siteChange(ProjectDocument *document, T Site::*member, T value, const QString &label)
{
    if (document->project().site.*member == value)
        return nullptr;
    auto field = [member](Project &p) -> T * { return &(p.site.*member); };
    return new ChangeValueCommand<T>(document, CommandsTr::tr("Change site %1").arg(label),
                                     ChangeEvent{ChangeEvent::Kind::Project, {}}, field, std::move(value),
                                     QStringLiteral("site:") + label);
}

} // namespace

QUndoCommand *setSiteName(ProjectDocument *document, const QString &name)
{
    if (name.trimmed().isEmpty())
        return nullptr;
    return siteChange(document, &Site::name, name.trimmed(), CommandsTr::tr("name"));
}

QUndoCommand *setSiteCountry(ProjectDocument *document, const QString &country)
{
    const QString code = country.trimmed().toUpper();
    if (!code.isEmpty() && (code.size() != 2 || !code[0].isLetter() || !code[1].isLetter()))
        return nullptr;
    return siteChange(document, &Site::country, code, CommandsTr::tr("country"));
}

QUndoCommand *setSiteLatitude(ProjectDocument *document, double degrees)
{
    if (!std::isfinite(degrees) || degrees < -90 || degrees > 90)
        return nullptr;
    return siteChange(document, &Site::latitudeDeg, degrees, CommandsTr::tr("latitude"));
}

QUndoCommand *setSiteLongitude(ProjectDocument *document, double degrees)
{
    if (!std::isfinite(degrees) || degrees < -180 || degrees > 180)
        return nullptr;
    return siteChange(document, &Site::longitudeDeg, degrees, CommandsTr::tr("longitude"));
}

} // namespace fjord
