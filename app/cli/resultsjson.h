#pragma once

#include "model/results.h"

#include <QJsonObject>

namespace fjord::cli {

// Results as the "fjordplan-results" JSON of DESIGN.md §5 (snake_case, units in the names).
QJsonObject resultsToJson(const Results &results);
QJsonObject stageToJson(const StageResult &stage);
QJsonObject problemToJson(const Problem &problem);
QJsonObject financeToJson(const FinanceResults &finance); // the top-level "finance" block (v2)

// A number rounded to `decimals` so that the JSON stays readable and diffable.
double rounded(double value, int decimals);

} // namespace fjord::cli
