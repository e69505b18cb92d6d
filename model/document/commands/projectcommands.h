#pragma once

#include "model/document/commands/changevaluecommand.h"

namespace fjord {

// Project-wide edits. Each returns nullptr (push nothing) when the value is unchanged or invalid.
QUndoCommand *setProjectName(ProjectDocument *document, const QString &name); // trimmed, not empty
QUndoCommand *setProjectDescription(ProjectDocument *document, const QString &description);
// The site climate, e.g. from File > Import weather (EPW). `climate` must be complete (8760 h).
QUndoCommand *setSiteClimate(ProjectDocument *document, const Climate &climate);
// The site (issue 11): its name (trimmed, not empty: the NetBox export names the site), country
// (ISO 3166 alpha-2, two letters or empty, stored upper-case), latitude (−90…90°) and longitude
// (−180…180°). nullptr when unchanged or invalid; consecutive edits of one field merge.
QUndoCommand *setSiteName(ProjectDocument *document, const QString &name);
QUndoCommand *setSiteCountry(ProjectDocument *document, const QString &country);
QUndoCommand *setSiteLatitude(ProjectDocument *document, double degrees);
QUndoCommand *setSiteLongitude(ProjectDocument *document, double degrees);

// One field of the project settings ("minimum aisle width"); merges consecutive edits of the field.
template <typename T>
QUndoCommand *setProjectSetting(ProjectDocument *document, T ProjectSettings::*member, T value,
                                const QString &fieldLabel)
{
    if (document->project().settings.*member == value)
        return nullptr;
    const QString text =
        QCoreApplication::translate("fjord::Commands", "Change project setting %1").arg(fieldLabel);
    auto field = [member](Project &p) -> T * { return &(p.settings.*member); };
    return new ChangeValueCommand<T>(document, text, ChangeEvent{ChangeEvent::Kind::Project, {}}, field,
                                     std::move(value), QStringLiteral("settings:") + fieldLabel);
}

} // namespace fjord
