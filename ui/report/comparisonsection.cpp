#include "ui/report/comparisonsection.h"

#include "model/comparison.h"
#include "model/document/projectdocument.h"
#include "model/layoutdiff.h"
#include "model/numbertext.h"
#include "model/tr.h"
#include "ui/report/reportplan.h"
#include "ui/report/reportsink.h"
#include "ui/tabs/layoutdiffcolours.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace fjord::ui::comparisonsection {

namespace {

// How one compared KPI is printed: its label with the unit, its values scaled to that unit.
struct KpiFormat {
    const char *key;
    const char *label; // %1: the currency
    double scale;      // value in the comparison's unit × scale = value printed
    int decimals;
    bool share = false; // printed in %, the difference in percentage points
};

// The KPIs an investor compares, in the order of the table.
const KpiFormat Formats[] = {
    {"it_capacity_kw", QT_TRANSLATE_NOOP("fjord::ui::Report", "IT capacity, MW"), 1e-3, 1},
    {"gpus", QT_TRANSLATE_NOOP("fjord::ui::Report", "GPUs"), 1, 0},
    {"white_space_density_kw_per_m2", QT_TRANSLATE_NOOP("fjord::ui::Report", "White-space density, kW/m²"), 1,
     2},
    {"design_demand_kw", QT_TRANSLATE_NOOP("fjord::ui::Report", "Design demand, MW"), 1e-3, 1},
    {"facility_energy_mwh", QT_TRANSLATE_NOOP("fjord::ui::Report", "Facility energy, GWh/yr"), 1e-3, 1},
    {"pue", QT_TRANSLATE_NOOP("fjord::ui::Report", "PUE"), 1, 3},
    {"ref", QT_TRANSLATE_NOOP("fjord::ui::Report", "REF"), 100, 1, true},
    {"capex_total", QT_TRANSLATE_NOOP("fjord::ui::Report", "Capex, cumulative, M %1"), 1e-6, 1},
    {"capex_per_mw_it", QT_TRANSLATE_NOOP("fjord::ui::Report", "Capex per MW IT, M %1"), 1e-6, 2},
    {"levelised_cost_per_gpu_hour", QT_TRANSLATE_NOOP("fjord::ui::Report", "Cost per GPU-hour (campus), %1"),
     1, 2},
    {"stage_npv", QT_TRANSLATE_NOOP("fjord::ui::Report", "NPV of what the stage adds, M %1"), 1e-6, 1},
    {"stage_irr", QT_TRANSLATE_NOOP("fjord::ui::Report", "IRR of what the stage adds"), 100, 1, true},
    {"npv", QT_TRANSLATE_NOOP("fjord::ui::Report", "NPV (campus), M %1"), 1e-6, 1},
    {"irr", QT_TRANSLATE_NOOP("fjord::ui::Report", "IRR (campus)"), 100, 1, true},
    {"problems", QT_TRANSLATE_NOOP("fjord::ui::Report", "Problems (scenario)"), 1, 0},
};

// Legend order: the changes first, unchanged last (as on the Compare tab).
constexpr std::array<RackDiffClass, RackDiffClassCount> DiffOrder{
    RackDiffClass::Added,   RackDiffClass::Removed, RackDiffClass::Moved,
    RackDiffClass::Retyped, RackDiffClass::Refed,   RackDiffClass::Unchanged};

class Writer {
public:
    Writer(ReportSink &sink, ProjectDocument &a, ProjectDocument &b) : m_sink(sink), m_a(a), m_b(b) {}

    void write()
    {
        const QString nameA = m_a.scenario().name, nameB = m_b.scenario().name;
        m_sink.heading(title(nameA, nameB));
        m_sink.paragraph(
            ReportTr::tr(
                "Scenario %1 (B) against scenario %2 (A), stage by stage: stage 1 of B against stage 1 of A, "
                "each as built through that stage. Green: the better of the two values; sizes (capacity, "
                "GPUs) are not judged. The difference is B − A; shares differ in percentage points.")
                .arg(nameB, nameA));
        const QList<StageComparison> stages =
            compareResults(m_a.results(), m_b.results(), hallAreaThroughStages(m_a.scenario()),
                           hallAreaThroughStages(m_b.scenario()));
        for (const StageComparison &c : stages)
            stage(c);
        layoutDiff();
    }

private:
    QString currency() const { return m_a.project().costs.currency; }

    QString number(const KpiFormat &f, double v) const
    {
        const QString text = fixedText(v * f.scale, f.decimals, m_sink.locale());
        return f.share ? text + QStringLiteral(" %") : text;
    }

    QString difference(const KpiFormat &f, double delta) const
    {
        const QString text = fixedText(delta * f.scale, f.decimals, m_sink.locale());
        const bool positive = !text.startsWith(m_sink.locale().negativeSign()) &&
                              text != fixedText(0, f.decimals, m_sink.locale());
        return (positive ? m_sink.locale().positiveSign() : QString()) + text +
               (f.share ? ReportTr::tr(" pp") : QString());
    }

    void stage(const StageComparison &c)
    {
        if (c.kpis.isEmpty()) {
            m_sink.note(c.nameA.isEmpty()
                            ? ReportTr::tr("Stage %1 (%2) exists only in B.").arg(c.stage).arg(c.nameB)
                            : ReportTr::tr("Stage %1 (%2) exists only in A.").arg(c.stage).arg(c.nameA));
            return;
        }
        m_sink.subheading(c.nameA == c.nameB
                              ? c.nameA
                              : ReportTr::tr("Stage %1: %2 (A), %3 (B)").arg(c.stage).arg(c.nameA, c.nameB));
        ReportTable t;
        t.header =
            QStringList{ReportTr::tr("Through this stage"), ReportTr::tr("A: %1").arg(m_a.scenario().name),
                        ReportTr::tr("B: %1").arg(m_b.scenario().name), ReportTr::tr("B − A")};
        t.weights = {2.6, 1.3, 1.3, 1.1};
        for (const KpiFormat &f : Formats) {
            const auto k = std::find_if(c.kpis.cbegin(), c.kpis.cend(), [&](const KpiComparison &x) {
                return x.key == QLatin1String(f.key);
            });
            if (k == c.kpis.cend())
                continue;
            const QString dash = QStringLiteral("–");
            QString label = ReportTr::tr(f.label);
            if (label.contains(QLatin1String("%1")))
                label = label.arg(currency());
            t.rows << QStringList{label, k->hasA ? number(f, k->a) : dash, k->hasB ? number(f, k->b) : dash,
                                  k->comparable() ? difference(f, k->delta()) : dash};
            if (!k->informative && k->comparable() && number(f, k->a) != number(f, k->b)) {
                const bool bBetter = (k->b < k->a) == k->lowerIsBetter;
                t.better.insert({int(t.rows.size()) - 1, bBetter ? 2 : 1});
            }
        }
        m_sink.table(t);
    }

    void layoutDiff()
    {
        const LayoutDiff diff = diffLayouts(m_a.scenario(), m_b.scenario());
        m_sink.subheading(ReportTr::tr("Layout diff"));
        QList<std::pair<QColor, QString>> legend;
        ReportTable counts;
        counts.header = QStringList{ReportTr::tr("Racks of B against A"), ReportTr::tr("Racks")};
        counts.weights = {4.0, 1.0};
        for (RackDiffClass c : DiffOrder) {
            const QString n = m_sink.locale().toString(diff.count(c));
            legend.append({layoutDiffColour(c), QStringLiteral("%1: %2").arg(rackDiffLabel(c), n)});
            counts.rows << QStringList{rackDiffLabel(c), n};
        }
        m_sink.table(counts);
        m_sink.note(ReportTr::tr(
            "Racks are matched by id, then by name. A rack that changed in several ways counts once: "
            "retyped before moved before re-fed. Removed racks are drawn on A's plan, the others on "
            "B's; each plan shows the halls with changes."));
        for (ProjectDocument *doc : {&m_a, &m_b}) {
            const bool isA = doc == &m_a;
            ReportPlan plan;
            plan.options.widthPx = 1100; // the legend and titles readable at the page's width
            plan.options.title =
                ReportTr::tr("%1: %2").arg(isA ? ReportTr::tr("A") : ReportTr::tr("B"), doc->scenario().name);
            plan.options.subtitle =
                ReportTr::tr("Layout diff, built through %1")
                    .arg(doc->results().stages.isEmpty() ? QString() : doc->results().stages.last().name);
            plan.rackColours = layoutDiffRackColours(isA ? diff.classInA : diff.classInB);
            plan.legend = legend;
            const Scenario &scenario = doc->scenario();
            const auto &classes = isA ? diff.classInA : diff.classInB;
            for (const Rack &rack : scenario.racks)
                if (classes.value(rack.id, RackDiffClass::Unchanged) != RackDiffClass::Unchanged &&
                    !plan.frame.contains(rack.hallId))
                    plan.frame << rack.hallId;
            const double height = reportPlanHeight(m_sink, *doc, plan, 560);
            reportPlanFigure(
                m_sink, *doc, plan, height,
                isA ? ReportTr::tr("Scenario %1 (A): removed racks in red.").arg(doc->scenario().name)
                    : ReportTr::tr(
                          "Scenario %1 (B): added, moved, retyped and re-fed racks in their colours.")
                          .arg(doc->scenario().name));
        }
    }

    ReportSink &m_sink;
    ProjectDocument &m_a;
    ProjectDocument &m_b;
};

} // namespace

QString title(const QString &scenarioA, const QString &scenarioB)
{
    return ReportTr::tr("Comparison: %1 against %2").arg(scenarioB, scenarioA);
}

void write(ReportSink &sink, ProjectDocument &a, ProjectDocument &b)
{
    Writer(sink, a, b).write();
}

} // namespace fjord::ui::comparisonsection
