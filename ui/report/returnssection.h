#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <utility>

namespace fjord {
struct Project;
struct Results;
struct Scenario;
} // namespace fjord

namespace fjord::ui {

class ReportSink;

// The investor report's "Tenants and returns" (issue 12, METHOD §8.2-8.3): who pays for the capacity,
// what the campus earns and whether it pays back. Every figure from the engine's Results::finance.
namespace returnssection {

// Tiles for the report's summary: NPV, IRR, payback and discounted payback.
QList<std::pair<QString, QString>> keyFigures(const Project &project, const Results &results,
                                              const QLocale &locale);
// One sentence for the summary stating the NPV (and its rate), the IRR (or why there is none) and the
// payback year.
QString summary(const Project &project, const Results &results, const QLocale &locale);
// The section body: tenants table, investor figures (campus and per stage), the yearly table and charts.
void write(ReportSink &canvas, const Project &project, const Scenario &scenario, const Results &results);

} // namespace returnssection
} // namespace fjord::ui
