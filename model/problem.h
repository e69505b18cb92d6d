#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

namespace fjord {

enum class Severity { Info, Warning, Error };

// A finding about the project: a broken rule, a doubtful value, an overload. Problems are values;
// the UI lists them and the CLI prints them. `code` is a stable dotted key ("power.overload").
struct Problem {
    Severity severity = Severity::Error;
    QString code;
    QString message;
    Id objectId = NoId; // the object the problem is about, if any
    QString objectName; // its user-visible name, for lists and the CLI

    bool operator==(const Problem &) const = default;
};

QString severityName(Severity severity); // "info", "warning", "error"
bool hasErrors(const QList<Problem> &problems);

} // namespace fjord
