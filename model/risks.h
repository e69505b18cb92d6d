#pragma once

#include "model/project.h"
#include "model/results.h"

#include <QList>
#include <QLocale>
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

// Numbers in the texts are written in `locale` (the report's; the C locale by default).
QList<Risk> assessRisks(const Project &project, const Scenario &scenario, const Results &results,
                        const QLocale &locale = QLocale::c());

QString riskLevelName(Risk::Level level);

} // namespace fjord
