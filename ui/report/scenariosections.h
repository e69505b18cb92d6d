#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class ReportSink;

// A section of the report: its title and what writes it (its heading included).
struct ReportSection {
    QString title;
    std::function<void()> write;
};

// The report of one scenario, built out (the document's current scenario at its last stage): the
// cover with the key figures, then stages, capex, energy and PUE, renewables and carbon, finance,
// tenants and returns, the floor plan, the risks, the Monte Carlo bands and the method.
class ScenarioSections {
public:
    ScenarioSections(ReportSink &sink, ProjectDocument &document, bool waitForRiskBands,
                     const std::atomic_bool *cancel);

    void cover(const QStringList &compared = {}); // `compared`: the scenarios compared with this one
    QList<ReportSection> sections();
    bool riskBandsPending() const { return m_riskBandsPending; }

private:
    void stages();
    void capex();
    void energy();
    void renewables();
    void finance();
    void floorPlan();
    void risks();
    void method();

    QString currency() const;
    QString num(double v, int decimals = 0) const;
    QString pct(double share, int decimals = 0) const;
    QString mw(double w) const { return num(w / 1e6, 1); }
    QString gwh(double mwh) const { return num(mwh / 1000, 1); }
    QString millions(double amount) const { return num(amount / 1e6, 1); }

    ReportSink &m_sink;
    ProjectDocument &m_doc;
    bool m_waitForRiskBands;
    const std::atomic_bool *m_cancel;
    bool m_riskBandsPending = false;
};

} // namespace fjord::ui
