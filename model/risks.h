#pragma once

#include "model/project.h"
#include "model/results.h"

#include <QList>
#include <QString>

namespace fjord {

// A risk an investor should read about: derived by fixed rules from the project and its results
// (docs/method.md, "Risks in the report"), so that the report says the same thing every time.
struct Risk {
    enum class Level { Note, Moderate, High };
    Level level = Level::Note;
    QString code;   // stable key, e.g. "grid.headroom"
    QString title;  // one line
    QString detail; // the figures behind it
};

QList<Risk> assessRisks(const Project &project, const Scenario &scenario, const Results &results);

QString riskLevelName(Risk::Level level);

} // namespace fjord
