#pragma once

#include <atomic>

namespace fjord {
struct Project;
struct Results;
struct Scenario;
} // namespace fjord

namespace fjord::ui {

class ReportSink;
struct ReportRiskStudy;

// The investor report's "Risk bands" (issue 14, METHOD v2 §9), next to the fixed risk rules: the
// Monte Carlo's P10/P50/P90 and mean of NPV, IRR and levelised cost against the deterministic plan,
// the chance of a negative NPV, the runs and seed, the uncertain inputs with their ranges, the NPV's
// S-curve and its tornado. A scenario without uncertain inputs gets one sentence saying so.
namespace risksection {

// Runs the report's study (reportRiskStudy: 2,000 runs, seed 1) and writes the section. With
// `runIfMissing` false (the on-screen preview) a study not run yet is not run here: the section says
// it is being computed, and the function returns true (pending). `cancel` stops the study.
bool write(ReportSink &canvas, const Project &project, const Scenario &scenario, const Results &results,
           bool runIfMissing = true, const std::atomic_bool *cancel = nullptr);
// Writes the section from a study already run (tests run a smaller one).
void write(ReportSink &canvas, const Project &project, const Scenario &scenario, const Results &results,
           const ReportRiskStudy &study);

} // namespace risksection
} // namespace fjord::ui
