#pragma once

#include "model/project.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace fjord::ui {

class ReportSink;

// What a report covers: the scenarios (the first is reported in full; each other one is compared
// with it) and the project file named in the reproduction lines.
struct ReportScope {
    QList<Id> scenarios;
    QString projectFile;
    bool waitForRiskBands = true;             // false: the preview leaves out bands not computed yet
    const std::atomic_bool *cancel = nullptr; // stops the Monte Carlo and the sections
    // Called before each section with (sections done, sections in all), from the writing thread.
    std::function<void(int, int)> progress;
};

struct ReportSections {
    QStringList titles;
    bool riskBandsPending = false;
    bool cancelled = false; // the sections after the cancel were left out
};

// The report's content: evaluates the scenarios once (in the constructor, on the calling thread),
// then writes the cover, contents and sections to any number of sinks (a PDF is laid out twice).
// Every number comes from the engine's Results (the same as the GUI and `fjordplan-cli`).
class ReportWriter {
public:
    ReportWriter(const Project &project, const ReportScope &scope);
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    QString error() const; // an unknown scenario
    QString footer() const;
    QString title() const;
    ReportSections write(ReportSink &sink);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fjord::ui
