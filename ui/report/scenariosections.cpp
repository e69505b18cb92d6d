#include "ui/report/scenariosections.h"

#include "model/document/projectdocument.h"
#include "model/numbertext.h"
#include "model/plural.h"
#include "model/risks.h"
#include "model/tr.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/report/reportchart.h"
#include "ui/report/reportplan.h"
#include "ui/report/reportsink.h"
#include "ui/report/returnssection.h"
#include "ui/report/risksection.h"

#include <fjordplan/version.h>

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <cmath>

namespace fjord::ui {

namespace {

} // namespace

ScenarioSections::ScenarioSections(ReportSink &sink, ProjectDocument &document, bool waitForRiskBands,
                                   const std::atomic_bool *cancel)
    : m_sink(sink), m_doc(document), m_waitForRiskBands(waitForRiskBands), m_cancel(cancel)
{
}

QString ScenarioSections::currency() const
{
    return m_doc.project().costs.currency;
}

// Numbers in the report's locale: 1,389 and 187.5 in English, 1.389 and 187,5 in German.
QString ScenarioSections::num(double v, int decimals) const
{
    return fixedText(v, decimals, m_sink.locale());
}

QString ScenarioSections::pct(double share, int decimals) const
{
    return num(share * 100, decimals) + QStringLiteral(" %");
}

QList<ReportSection> ScenarioSections::sections()
{
    const auto plain = [this](const QString &title, std::function<void()> body) {
        return ReportSection{title, [this, title, body] {
                                 m_sink.heading(title);
                                 body();
                             }};
    };
    return {
        plain(ReportTr::tr("Stages"), [this] { stages(); }),
        plain(ReportTr::tr("Capital expenditure"), [this] { capex(); }),
        plain(ReportTr::tr("Energy and efficiency"), [this] { energy(); }),
        plain(ReportTr::tr("Renewables and carbon"), [this] { renewables(); }),
        plain(ReportTr::tr("Finance"), [this] { finance(); }),
        plain(ReportTr::tr("Tenants and returns"),
              [this] { returnssection::write(m_sink, m_doc.project(), m_doc.scenario(), m_doc.results()); }),
        ReportSection{ReportTr::tr("Floor plan"),
                      [this] { floorPlan(); }}, // its heading keeps the plan with it
        plain(ReportTr::tr("Risks and assumptions"), [this] { risks(); }),
        plain(ReportTr::tr("Risk bands (Monte Carlo)"),
              [this] {
                  m_riskBandsPending = risksection::write(m_sink, m_doc.project(), m_doc.scenario(),
                                                          m_doc.results(), m_waitForRiskBands, m_cancel);
              }),
        plain(ReportTr::tr("Method"), [this] { method(); })};
}

void ScenarioSections::cover(const QStringList &compared)
{
    const Project &p = m_doc.project();
    const Results &r = m_doc.results();
    const QString subtitle = compared.isEmpty()
                                 ? ReportTr::tr("Investor report · scenario %1").arg(r.scenarioName)
                                 : ReportTr::tr("Investor report · scenario %1, compared with %2")
                                       .arg(r.scenarioName, compared.join(QStringLiteral(", ")));
    m_sink.cover(p.name, subtitle,
                 {p.site.name.isEmpty() ? QString() : ReportTr::tr("Site: %1").arg(p.site.name),
                  ReportTr::tr("Climate: %1").arg(r.climate.name),
                  ReportTr::tr("Prepared with %1 on %2")
                      .arg(QStringLiteral("Fjordplan " FJORD_VERSION),
                           m_sink.locale().toString(QDate::currentDate(),
                                                    ReportTr::tr("d MMMM yyyy", "date format")))});
    if (r.stages.isEmpty()) {
        m_sink.paragraph(ReportTr::tr("The scenario has no stages: there is nothing to report yet."));
        return;
    }
    const StageResult &s = r.stages.last();
    m_sink.keyFigures(
        {{ReportTr::tr("IT capacity, MW"), mw(s.itCapacityW)},
         {ReportTr::tr("GPUs"), num(s.gpus)},
         {ReportTr::tr("PUE (annual)"), num(s.annual.pue, 3)},
         {ReportTr::tr("Renewable energy factor"), pct(s.annual.ref)},
         {ReportTr::tr("Design demand, MW"), mw(s.designDemandW)},
         {ReportTr::tr("Energy a year, GWh"), gwh(s.annual.facilityEnergyMWh)},
         {ReportTr::tr("Capex, M %1").arg(currency()), millions(s.capex.total())},
         {ReportTr::tr("Cost per GPU-hour, %1").arg(currency()), num(r.finance.levelisedPerGpuHour, 2)}});
    m_sink.keyFigures(returnssection::keyFigures(p, r, m_sink.locale()));
    const StageResult &first = r.stages.first();
    m_sink.paragraph(
        ReportTr::tr(
            "The campus grows in %1 from %2 MW of IT capacity (%3, energised %4) to %5 MW (%6). "
            "Built out it houses %7 GPUs in %8 racks, is sized for a design demand of %9 MW (every rack at "
            "peak power, cooling at the design ambient) and uses %10 GWh of electricity a year "
            "at an annual PUE of %11; %12 of that energy is renewable and %13 is carbon-free hour by "
            "hour.")
            .arg(countOf(int(r.stages.size()), ReportTr::tr("stage"), ReportTr::tr("stages")))
            .arg(mw(first.itCapacityW), first.name,
                 m_sink.locale().toString(first.energisation, QStringLiteral("MMM yyyy")), mw(s.itCapacityW),
                 s.name, num(s.gpus), num(s.racks), mw(s.designDemandW))
            .arg(gwh(s.annual.facilityEnergyMWh), num(s.annual.pue, 3), pct(s.annual.ref),
                 pct(s.annual.cfeHourly)));
    m_sink.paragraph(returnssection::summary(p, r, m_sink.locale()));
    m_sink.note(ReportTr::tr(
                    "Stages are cumulative: each describes the campus as built through that stage, running a "
                    "full year at steady state. Amounts in %1.")
                    .arg(currency()));
}

void ScenarioSections::stages()
{
    QList<QStringList> rows;
    for (const StageResult &s : m_doc.results().stages) {
        const double headroom = s.gridCapacityW > 0 ? 1.0 - s.designDemandW / s.gridCapacityW : 0.0;
        rows << QStringList{s.name,
                            m_sink.locale().toString(s.energisation, QStringLiteral("MMM yyyy")),
                            num(s.racks),
                            num(s.gpus),
                            mw(s.itCapacityW),
                            mw(s.facilityPeakW),
                            mw(s.designDemandW),
                            mw(s.gridCapacityW),
                            pct(headroom)};
    }
    m_sink.table({ReportTr::tr("Stage"), ReportTr::tr("Energised"), ReportTr::tr("Racks"),
                  ReportTr::tr("GPUs"), ReportTr::tr("IT MW"), ReportTr::tr("Peak MW"),
                  ReportTr::tr("Design MW"), ReportTr::tr("Grid MW"), ReportTr::tr("Headroom")},
                 rows, {1.0, 1.3, 0.8, 1.0, 0.9, 1.0, 1.1, 0.9, 1.1});
    m_sink.note(ReportTr::tr(
        "IT MW: design power of the racks built through the stage. Peak MW: the highest hourly "
        "facility draw of the climate year at the load profiles (expected). Design MW: every rack at "
        "its peak power and the cooling at the design ambient, what grid, transformers and UPS are "
        "sized for. Headroom: grid capacity not used at the design demand."));
}

void ScenarioSections::capex()
{
    const Results &r = m_doc.results();
    using P = ChartPalette;
    struct Category {
        QString name;
        P::Capex colour;
        double CapexBreakdown::*field;
    };
    const QList<Category> categories{
        {ReportTr::tr("IT equipment"), P::Capex::It, &CapexBreakdown::it},
        {ReportTr::tr("Electrical"), P::Capex::Electrical, &CapexBreakdown::electrical},
        {ReportTr::tr("Mechanical"), P::Capex::Mechanical, &CapexBreakdown::mechanical},
        {ReportTr::tr("Building"), P::Capex::Building, &CapexBreakdown::building},
        {ReportTr::tr("Grid connection"), P::Capex::Grid, &CapexBreakdown::grid},
        {ReportTr::tr("Soft costs"), P::Capex::Soft, &CapexBreakdown::soft},
        {ReportTr::tr("Contingency"), P::Capex::Contingency, &CapexBreakdown::contingency}};
    QStringList header{ReportTr::tr("M %1 added by").arg(currency())};
    QStringList stageNames;
    for (const StageResult &s : r.stages)
        stageNames << s.name;
    header << stageNames << ReportTr::tr("Total");
    QList<QStringList> rows;
    QList<ChartSeries> bars;
    for (const Category &c : categories) {
        QStringList row{c.name};
        ChartSeries series{c.name, P::capex(c.colour), {}};
        for (const StageResult &s : r.stages) {
            row << millions(s.capexIncrement.*c.field);
            series.values << s.capexIncrement.*c.field / 1e6;
        }
        row << millions(r.stages.last().capex.*c.field);
        rows << row;
        bars << series;
    }
    QStringList total{ReportTr::tr("Total")};
    for (const StageResult &s : r.stages)
        total << millions(s.capexIncrement.total());
    total << millions(r.stages.last().capex.total());
    rows << total;
    m_sink.table(header, rows);
    chartFigure<BarChart>(
        m_sink, 230, QSize(620, 290),
        [&](BarChart &chart) {
            chart.setStacked(true);
            chart.setTitle(ReportTr::tr("Capex added per stage"));
            chart.setData(stageNames, bars, ReportTr::tr("M %1").arg(currency()));
        },
        ReportTr::tr("Capex per stage by category, millions of %1.").arg(currency()));
    m_sink.paragraph(ReportTr::tr("Capex per MW of IT capacity, built out: %1 M %2.")
                         .arg(num(r.finance.capexPerMwIt / 1e6, 2), currency()));
}

void ScenarioSections::energy()
{
    const Results &r = m_doc.results();
    QList<QStringList> rows;
    for (const StageResult &s : r.stages) {
        const AnnualKpis &a = s.annual;
        rows << QStringList{s.name,
                            gwh(a.itEnergyMWh),
                            gwh(a.facilityEnergyMWh),
                            num(a.pue, 3),
                            num(a.wueLPerKWh, 3),
                            num(a.freeCoolingHours),
                            num(a.chillerHours),
                            gwh(a.heatReusedMWh)};
    }
    m_sink.table({ReportTr::tr("Stage"), ReportTr::tr("IT GWh"), ReportTr::tr("Facility GWh"),
                  ReportTr::tr("PUE"), ReportTr::tr("WUE L/kWh"), ReportTr::tr("Free cooling h"),
                  ReportTr::tr("Chiller h"), ReportTr::tr("Reused GWh")},
                 rows, {1.2, 0.9, 1.3, 0.7, 1.1, 1.5, 1.1, 1.2});
    m_sink.note(ReportTr::tr(
        "Free cooling h: hours with the liquid loop fully free-cooled. Chiller h: hours with a chiller "
        "running on any loop (the air-cooled share included)."));
    QList<double> months;
    for (int m = 1; m <= 12; ++m)
        months << m;
    QList<ChartSeries> series;
    double highest = 1.0;
    for (int i = 0; i < r.stages.size(); ++i) {
        series << ChartSeries{r.stages[i].name, ChartPalette::indexed(i), r.stages[i].annual.monthlyPue};
        for (double v : r.stages[i].annual.monthlyPue)
            highest = std::max(highest, v);
    }
    chartFigure<LineChart>(
        m_sink, 210, QSize(620, 270),
        [&](LineChart &chart) {
            chart.setTitle(ReportTr::tr("Monthly PUE"));
            chart.setXTickInterval(1, 1);
            chart.setXLabelFormat(QStringLiteral("%d"));
            chart.setData(months, series, ReportTr::tr("month"), ReportTr::tr("PUE"));
            chart.setXRange(1, 12);
            // from the ideal PUE of 1, to a round top (ticks at 0.05 or 0.1)
            chart.setYRange(1.0, 1.0 + 0.2 * std::ceil((highest - 1.0 + 0.02) / 0.2));
        },
        ReportTr::tr("Energy-weighted PUE per month of the climate year, by stage."));
}

void ScenarioSections::renewables()
{
    QList<QStringList> rows;
    for (const StageResult &s : m_doc.results().stages) {
        const AnnualKpis &a = s.annual;
        rows << QStringList{s.name,
                            pct(a.ref),
                            pct(a.cfeHourly),
                            num(a.cueKgPerKWh, 3),
                            num(a.cueMarketKgPerKWh, 3),
                            gwh(a.ppaUsedMWh),
                            gwh(a.gridImportMWh),
                            gwh(a.guaranteesMWh),
                            num(a.carbonTonnes)};
    }
    m_sink.table({ReportTr::tr("Stage"), ReportTr::tr("REF"), ReportTr::tr("CFE hourly"),
                  ReportTr::tr("CUE loc."), ReportTr::tr("CUE market"), ReportTr::tr("PPA GWh"),
                  ReportTr::tr("Grid GWh"), ReportTr::tr("GoO GWh"), ReportTr::tr("t CO2e")},
                 rows, {1.1, 0.8, 1.1, 1.2, 1.2, 1, 1, 1, 0.9});
    m_sink.note(ReportTr::tr(
        "REF: renewable energy factor (EN 50600-4-3). CFE hourly: the share of each hour's load met by "
        "carbon-free supply, averaged over the year. CUE in kg CO2e per kWh of IT energy, location-based "
        "(grid intensity, GHG Protocol) and market-based (residual mix after PPAs and guarantees of "
        "origin)."));
}

void ScenarioSections::finance()
{
    const FinanceResults &f = m_doc.results().finance;
    m_sink.keyFigures(
        {{ReportTr::tr("Total capex, M %1").arg(currency()), millions(f.totalCapex)},
         {ReportTr::tr("Present value of cash-out, M %1").arg(currency()), millions(f.presentValue)},
         {ReportTr::tr("Levelised, %1 per IT MWh").arg(currency()), num(f.levelisedPerItMWh, 1)},
         {ReportTr::tr("Levelised, %1 per GPU-hour").arg(currency()), num(f.levelisedPerGpuHour, 2)}});
    QList<QStringList> rows;
    for (const StageResult &s : m_doc.results().stages)
        rows << QStringList{s.name,
                            millions(s.opex.energy),
                            millions(s.opex.certificates),
                            millions(s.opex.maintenance),
                            millions(s.opex.staff + s.opex.items),
                            millions(-s.opex.heatSales),
                            millions(s.opexPerYear)};
    m_sink.table({ReportTr::tr("Opex a year, M %1").arg(currency()), ReportTr::tr("Energy"),
                  ReportTr::tr("Certificates"), ReportTr::tr("Maintenance"), ReportTr::tr("Staff, other"),
                  ReportTr::tr("Heat sales"), ReportTr::tr("Total")},
                 rows, {1.6, 1, 1.1, 1.2, 1.1, 1, 1});
    QStringList years;
    ChartSeries capexBars{ReportTr::tr("Capex"), ChartPalette::capex(ChartPalette::Capex::Building), {}};
    ChartSeries opexBars{ReportTr::tr("Opex"), ChartPalette::source(ChartPalette::Source::Grid), {}};
    for (const YearResult &y : f.years) {
        years << QStringLiteral("’%1").arg(y.year % 100, 2, 10, QLatin1Char('0')); // 15 labels must fit
        capexBars.values << y.capex / 1e6;
        opexBars.values << y.opex / 1e6;
    }
    if (!years.isEmpty())
        chartFigure<BarChart>(
            m_sink, 220, QSize(620, 280),
            [&](BarChart &chart) {
                chart.setStacked(true);
                chart.setTitle(ReportTr::tr("Cash-out per year"));
                chart.setData(years, {capexBars, opexBars}, ReportTr::tr("M %1").arg(currency()));
            },
            ReportTr::tr(
                "Capex in the year of each energisation, opex of the campus in service, millions of %1.")
                .arg(currency()));
    m_sink.note(ReportTr::tr(
                    "Present value at the project's discount rate over %1 years from the first energisation. "
                    "Levelised costs divide it by the discounted IT energy and GPU-hours.")
                    .arg(f.years.size()));
}

void ScenarioSections::floorPlan()
{
    const Results &r = m_doc.results();
    ReportPlan plan;
    plan.options.widthPx = 1800;
    plan.options.title = m_doc.project().name;
    plan.options.subtitle = ReportTr::tr("Built through %1").arg(r.stages.last().name);
    const double height = reportPlanHeight(m_sink, m_doc, plan, 560);
    // The heading goes with the plan (and its caption), never alone at the foot of a page.
    m_sink.heading(ReportTr::tr("Floor plan"), height + 60);
    reportPlanFigure(m_sink, m_doc, plan, height,
                     ReportTr::tr("The campus as built through %1: halls, rows and racks at scale.")
                         .arg(r.stages.last().name));
    const int halls = int(m_doc.scenario().halls.size());
    m_sink.paragraph(ReportTr::tr("%1; %2 of which %3 built in the first stage.")
                         .arg(countOf(halls, ReportTr::tr("hall"), ReportTr::tr("halls"), m_sink.locale()))
                         .arg(plural(r.stages.last().racks, ReportTr::tr("%n rack"), ReportTr::tr("%n racks"),
                                     m_sink.locale()))
                         .arg(plural(r.stages.first().racks, ReportTr::tr("%n is"), ReportTr::tr("%n are"),
                                     m_sink.locale())));
}

void ScenarioSections::risks()
{
    const Results &r = m_doc.results();
    const QList<Risk> list = assessRisks(m_doc.project(), m_doc.scenario(), r, m_sink.locale());
    QList<QStringList> rows;
    for (const Risk &risk : list)
        rows << QStringList{risk.title, riskLevelName(risk.level)};
    m_sink.table({ReportTr::tr("Risk or assumption"), ReportTr::tr("Level")}, rows, {5.0, 1.0});
    for (const Risk &risk : list)
        m_sink.paragraph(QStringLiteral("%1 — %2").arg(risk.title, risk.detail));
    const int warnings = int(std::count_if(r.problems.cbegin(), r.problems.cend(),
                                           [](const Problem &p) { return p.severity == Severity::Warning; }));
    m_sink.note(
        ReportTr::tr("The rules behind this list are fixed (docs/method.md). The plan's checks report %1 "
                     "besides.")
            .arg(countOf(warnings, ReportTr::tr("warning"), ReportTr::tr("warnings"), m_sink.locale())));
}

void ScenarioSections::method()
{
    const Results &r = m_doc.results();
    m_sink.paragraph(
        ReportTr::tr("Fjordplan evaluates the scenario hour by hour over the climate year (%1 h): rack load "
                     "from its profile, the power chain's losses at each hour's load, the liquid and air "
                     "cooling loops against the outdoor temperature (dry coolers, adiabatic assist, "
                     "chillers), then energy, PUE, water, renewables matched hour by hour, capex from the "
                     "cost catalogue and cash-out over the horizon.")
            .arg(num(r.climate.hours)));
    const QString file = QFileInfo(m_doc.filePath()).fileName();
    m_sink.note(
        ReportTr::tr(
            "The equations, defaults and sources are in docs/method.md and docs/power.md of Fjordplan. "
            "Every figure of this report can be reproduced with: fjordplan-cli evaluate %1 --scenario "
            "\"%2\".")
            .arg(file.isEmpty() ? QStringLiteral("FILE") : file, r.scenarioName));
}

} // namespace fjord::ui
