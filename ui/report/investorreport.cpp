#include "ui/report/investorreport.h"
#include "model/numbertext.h"
#include "model/plural.h"

#include "model/document/projectdocument.h"
#include "model/risks.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/floorplan/floorplanexport.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/report/reportcanvas.h"
#include "ui/report/returnssection.h"
#include "ui/report/risksection.h"

#include <fjordplan/version.h>

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>

#include <cmath>

namespace fjord::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fjord::ui::InvestorReport", text);
}

// Numbers as an English-language report prints them: 1,389 and 187.5.
QString num(double v, int decimals = 0)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return fixedText(v, decimals, english);
}
QString pct(double share, int decimals = 0)
{
    return num(share * 100, decimals) + QStringLiteral(" %");
}
QString mw(double w)
{
    return num(w / 1e6, 1);
}
QString gwh(double mwh)
{
    return num(mwh / 1000, 1);
}
QString millions(double amount)
{
    return num(amount / 1e6, 1);
}

// The report's sections, each a function of the evaluated scenario.
class ReportWriter {
public:
    ReportWriter(ProjectDocument &doc, ReportCanvas &canvas, bool waitForRiskBands)
        : m_doc(doc), m_canvas(canvas), m_r(doc.results()), m_waitForRiskBands(waitForRiskBands)
    {
    }

    QStringList write()
    {
        cover();
        section(tr("Stages"), [this] { stages(); });
        section(tr("Capital expenditure"), [this] { capex(); });
        section(tr("Energy and efficiency"), [this] { energy(); });
        section(tr("Renewables and carbon"), [this] { renewables(); });
        section(tr("Finance"), [this] { finance(); });
        section(tr("Tenants and returns"),
                [this] { returnssection::write(m_canvas, m_doc.project(), m_doc.scenario(), m_r); });
        floorPlan(); // a section whose heading keeps the plan's own height with it
        section(tr("Risks and assumptions"), [this] { risks(); });
        section(tr("Risk bands (Monte Carlo)"), [this] {
            m_riskBandsPending =
                risksection::write(m_canvas, m_doc.project(), m_doc.scenario(), m_r, m_waitForRiskBands);
        });
        section(tr("Method"), [this] { method(); });
        return m_sections;
    }

private:
    void section(const QString &title, const std::function<void()> &body)
    {
        m_canvas.heading(title);
        m_sections << title;
        body();
    }
    QString currency() const { return m_doc.project().costs.currency; }
    const StageResult &last() const { return m_r.stages.last(); }

    void cover()
    {
        const Project &p = m_doc.project();
        m_canvas.cover(p.name, tr("Investor report · scenario %1").arg(m_r.scenarioName),
                       {p.site.name.isEmpty() ? QString() : tr("Site: %1").arg(p.site.name),
                        tr("Climate: %1").arg(m_r.climate.name),
                        tr("Prepared with %1 on %2")
                            .arg(QStringLiteral("Fjordplan " FJORD_VERSION),
                                 QLocale(QLocale::English)
                                     .toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")))});
        if (m_r.stages.isEmpty()) {
            m_canvas.paragraph(tr("The scenario has no stages: there is nothing to report yet."));
            return;
        }
        const StageResult &s = last();
        m_canvas.keyFigures(
            {{tr("IT capacity, MW"), mw(s.itCapacityW)},
             {tr("GPUs"), num(s.gpus)},
             {tr("PUE (annual)"), num(s.annual.pue, 3)},
             {tr("Renewable energy factor"), pct(s.annual.ref)},
             {tr("Design demand, MW"), mw(s.designDemandW)},
             {tr("Energy a year, GWh"), gwh(s.annual.facilityEnergyMWh)},
             {tr("Capex, M %1").arg(currency()), millions(s.capex.total())},
             {tr("Cost per GPU-hour, %1").arg(currency()), num(m_r.finance.levelisedPerGpuHour, 2)}});
        m_canvas.keyFigures(returnssection::keyFigures(m_doc.project(), m_r));
        const StageResult &first = m_r.stages.first();
        m_canvas.paragraph(
            tr("The campus grows in %1 from %2 MW of IT capacity (%3, energised %4) to %5 MW (%6). "
               "Built out it houses %7 GPUs in %8 racks, is sized for a design demand of %9 MW (every rack "
               "at "
               "peak power, cooling at the design ambient) and uses %10 GWh of electricity a year "
               "at an annual PUE of %11; %12 of that energy is renewable and %13 is carbon-free hour by "
               "hour.")
                .arg(countOf(m_r.stages.size(), tr("stage"), tr("stages")))
                .arg(mw(first.itCapacityW), first.name,
                     first.energisation.toString(QStringLiteral("MMM yyyy")), mw(s.itCapacityW), s.name,
                     num(s.gpus), num(s.racks), mw(s.designDemandW))
                .arg(gwh(s.annual.facilityEnergyMWh), num(s.annual.pue, 3), pct(s.annual.ref),
                     pct(s.annual.cfeHourly)));
        m_canvas.paragraph(returnssection::summary(m_doc.project(), m_r));
        m_canvas.note(
            tr("Stages are cumulative: each describes the campus as built through that stage, running a "
               "full year at steady state. Amounts in %1.")
                .arg(currency()));
    }

    void stages()
    {
        QList<QStringList> rows;
        for (const StageResult &s : m_r.stages) {
            const double headroom = s.gridCapacityW > 0 ? 1.0 - s.designDemandW / s.gridCapacityW : 0.0;
            rows << QStringList{s.name,
                                s.energisation.toString(QStringLiteral("MMM yyyy")),
                                num(s.racks),
                                num(s.gpus),
                                mw(s.itCapacityW),
                                mw(s.facilityPeakW),
                                mw(s.designDemandW),
                                mw(s.gridCapacityW),
                                pct(headroom)};
        }
        m_canvas.table({tr("Stage"), tr("Energised"), tr("Racks"), tr("GPUs"), tr("IT MW"), tr("Peak MW"),
                        tr("Design MW"), tr("Grid MW"), tr("Headroom")},
                       rows, {1.0, 1.3, 0.8, 1.0, 0.9, 1.0, 1.1, 0.9, 1.1});
        m_canvas.note(
            tr("IT MW: design power of the racks built through the stage. Peak MW: the highest hourly "
               "facility draw of the climate year at the load profiles (expected). Design MW: every rack at "
               "its peak power and the cooling at the design ambient, what grid, transformers and UPS are "
               "sized for. Headroom: grid capacity not used at the design demand."));
    }

    void capex()
    {
        QList<QStringList> rows;
        using P = ChartPalette;
        struct Category {
            QString name;
            P::Capex colour;
            double CapexBreakdown::*field;
        };
        const QList<Category> categories{
            {tr("IT equipment"), P::Capex::It, &CapexBreakdown::it},
            {tr("Electrical"), P::Capex::Electrical, &CapexBreakdown::electrical},
            {tr("Mechanical"), P::Capex::Mechanical, &CapexBreakdown::mechanical},
            {tr("Building"), P::Capex::Building, &CapexBreakdown::building},
            {tr("Grid connection"), P::Capex::Grid, &CapexBreakdown::grid},
            {tr("Soft costs"), P::Capex::Soft, &CapexBreakdown::soft},
            {tr("Contingency"), P::Capex::Contingency, &CapexBreakdown::contingency}};
        QStringList header{tr("M %1 added by").arg(currency())};
        for (const StageResult &s : m_r.stages)
            header << s.name;
        header << tr("Total");
        QList<ChartSeries> bars;
        QStringList stageNames;
        for (const StageResult &s : m_r.stages)
            stageNames << s.name;
        for (const Category &c : categories) {
            QStringList row{c.name};
            ChartSeries series{c.name, P::capex(c.colour), {}};
            for (const StageResult &s : m_r.stages) {
                row << millions(s.capexIncrement.*c.field);
                series.values << s.capexIncrement.*c.field / 1e6;
            }
            row << millions(last().capex.*c.field);
            rows << row;
            bars << series;
        }
        QStringList total{tr("Total")};
        for (const StageResult &s : m_r.stages)
            total << millions(s.capexIncrement.total());
        total << millions(last().capex.total());
        rows << total;
        m_canvas.table(header, rows);
        BarChart chart;
        chart.setStacked(true);
        chart.setTitle(tr("Capex added per stage"));
        chart.setData(stageNames, bars, tr("M %1").arg(currency()));
        m_canvas.figure(
            230, [&](QPainter *p, const QRectF &r) { chart.renderTo(p, r, QSize(620, 290)); },
            tr("Capex per stage by category, millions of %1.").arg(currency()));
        m_canvas.paragraph(tr("Capex per MW of IT capacity, built out: %1 M %2.")
                               .arg(num(m_r.finance.capexPerMwIt / 1e6, 2), currency()));
    }

    void energy()
    {
        QList<QStringList> rows;
        for (const StageResult &s : m_r.stages) {
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
        m_canvas.table({tr("Stage"), tr("IT GWh"), tr("Facility GWh"), tr("PUE"), tr("WUE L/kWh"),
                        tr("Free cooling h"), tr("Chiller h"), tr("Reused GWh")},
                       rows, {1.2, 0.9, 1.3, 0.7, 1.1, 1.5, 1.1, 1.2});
        m_canvas.note(tr(
            "Free cooling h: hours with the liquid loop fully free-cooled. Chiller h: hours with a chiller "
            "running on any loop (the air-cooled share included)."));
        QList<double> months;
        for (int m = 1; m <= 12; ++m)
            months << m;
        QList<ChartSeries> series;
        for (int i = 0; i < m_r.stages.size(); ++i)
            series << ChartSeries{m_r.stages[i].name, ChartPalette::indexed(i),
                                  m_r.stages[i].annual.monthlyPue};
        LineChart chart;
        chart.setTitle(tr("Monthly PUE"));
        chart.setXTickInterval(1, 1);
        chart.setXLabelFormat(QStringLiteral("%d"));
        chart.setData(months, series, tr("month"), tr("PUE"));
        chart.setXRange(1, 12);
        double highest = 1.0;
        for (const ChartSeries &sr : series)
            for (double v : sr.values)
                highest = std::max(highest, v);
        // from the ideal PUE of 1, to a round top (ticks at 0.05 or 0.1)
        chart.setYRange(1.0, 1.0 + 0.2 * std::ceil((highest - 1.0 + 0.02) / 0.2));
        m_canvas.figure(
            210, [&](QPainter *p, const QRectF &r) { chart.renderTo(p, r, QSize(620, 270)); },
            tr("Energy-weighted PUE per month of the climate year, by stage."));
    }

    void renewables()
    {
        QList<QStringList> rows;
        for (const StageResult &s : m_r.stages) {
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
        m_canvas.table({tr("Stage"), tr("REF"), tr("CFE hourly"), tr("CUE loc."), tr("CUE market"),
                        tr("PPA GWh"), tr("Grid GWh"), tr("GoO GWh"), tr("t CO2e")},
                       rows, {1.1, 0.8, 1.1, 1.2, 1.2, 1, 1, 1, 0.9});
        m_canvas.note(tr(
            "REF: renewable energy factor (EN 50600-4-3). CFE hourly: the share of each hour's load met by "
            "carbon-free supply, averaged over the year. CUE in kg CO2e per kWh of IT energy, location-based "
            "(grid intensity, GHG Protocol) and market-based (residual mix after PPAs and guarantees of "
            "origin)."));
    }

    void finance()
    {
        const FinanceResults &f = m_r.finance;
        m_canvas.keyFigures(
            {{tr("Total capex, M %1").arg(currency()), millions(f.totalCapex)},
             {tr("Present value of cash-out, M %1").arg(currency()), millions(f.presentValue)},
             {tr("Levelised, %1 per IT MWh").arg(currency()), num(f.levelisedPerItMWh, 1)},
             {tr("Levelised, %1 per GPU-hour").arg(currency()), num(f.levelisedPerGpuHour, 2)}});
        QList<QStringList> rows;
        for (const StageResult &s : m_r.stages)
            rows << QStringList{s.name,
                                millions(s.opex.energy),
                                millions(s.opex.certificates),
                                millions(s.opex.maintenance),
                                millions(s.opex.staff + s.opex.items),
                                millions(-s.opex.heatSales),
                                millions(s.opexPerYear)};
        m_canvas.table({tr("Opex a year, M %1").arg(currency()), tr("Energy"), tr("Certificates"),
                        tr("Maintenance"), tr("Staff, other"), tr("Heat sales"), tr("Total")},
                       rows, {1.6, 1, 1.1, 1.2, 1.1, 1, 1});
        QStringList years;
        ChartSeries capexBars{tr("Capex"), ChartPalette::capex(ChartPalette::Capex::Building), {}};
        ChartSeries opexBars{tr("Opex"), ChartPalette::source(ChartPalette::Source::Grid), {}};
        for (const YearResult &y : f.years) {
            years << QStringLiteral("’%1").arg(y.year % 100, 2, 10, QLatin1Char('0')); // 15 labels must fit
            capexBars.values << y.capex / 1e6;
            opexBars.values << y.opex / 1e6;
        }
        if (!years.isEmpty()) {
            BarChart chart;
            chart.setStacked(true);
            chart.setTitle(tr("Cash-out per year"));
            chart.setData(years, {capexBars, opexBars}, tr("M %1").arg(currency()));
            m_canvas.figure(
                220, [&](QPainter *p, const QRectF &r) { chart.renderTo(p, r, QSize(620, 280)); },
                tr("Capex in the year of each energisation, opex of the campus in service, millions of %1.")
                    .arg(currency()));
        }
        m_canvas.note(
            tr("Present value at the project's discount rate over %1 years from the first energisation. "
               "Levelised costs divide it by the discounted IT energy and GPU-hours.")
                .arg(f.years.size()));
    }

    void floorPlan()
    {
        FloorPlanScene scene(&m_doc);
        PlanExport options;
        options.widthPx = 1800;
        options.title = m_doc.project().name;
        options.subtitle = tr("Built through %1").arg(last().name);
        const QSize size = planSize(&scene, options);
        const double height =
            std::min(560.0, ReportCanvas::ContentWidthPt * size.height() / std::max(1, size.width()));
        // The heading goes with the plan (and its caption), never alone at the foot of a page.
        const QString title = tr("Floor plan");
        m_canvas.heading(title, height + 60);
        m_sections << title;
        m_canvas.figure(
            height,
            [&](QPainter *p, const QRectF &r) {
                const double scale = std::min(r.width() / size.width(), r.height() / size.height());
                p->translate(r.topLeft());
                p->scale(scale, scale);
                paintPlan(p, &scene, options);
            },
            tr("The campus as built through %1: halls, rows and racks at scale.").arg(last().name));
        int halls = int(m_doc.scenario().halls.size());
        m_canvas.paragraph(tr("%1; %2 of which %3 built in the first stage.")
                               .arg(countOf(halls, tr("hall"), tr("halls")))
                               .arg(plural(last().racks, tr("%n rack"), tr("%n racks")))
                               .arg(plural(m_r.stages.first().racks, tr("%n is"), tr("%n are"))));
    }

    void risks()
    {
        const QList<Risk> list = assessRisks(m_doc.project(), m_doc.scenario(), m_r);
        QList<QStringList> rows;
        for (const Risk &r : list)
            rows << QStringList{r.title, riskLevelName(r.level)};
        m_canvas.table({tr("Risk or assumption"), tr("Level")}, rows, {5.0, 1.0});
        for (const Risk &r : list)
            m_canvas.paragraph(QStringLiteral("%1 — %2").arg(r.title, r.detail));
        const int warnings =
            int(std::count_if(m_r.problems.cbegin(), m_r.problems.cend(),
                              [](const Problem &p) { return p.severity == Severity::Warning; }));
        m_canvas.note(tr("The rules behind this list are fixed (docs/method.md). The plan's checks report %1 "
                         "besides.")
                          .arg(countOf(warnings, tr("warning"), tr("warnings"))));
    }

    void method()
    {
        m_canvas.paragraph(
            tr("Fjordplan evaluates the scenario hour by hour over the climate year (%1 h): rack load from "
               "its profile, the power chain's losses at each hour's load, the liquid and air cooling "
               "loops against the outdoor temperature (dry coolers, adiabatic assist, chillers), then "
               "energy, PUE, water, renewables matched hour by hour, capex from the cost catalogue and "
               "cash-out over the horizon.")
                .arg(m_r.climate.hours));
        m_canvas.note(
            tr("The equations, defaults and sources are in docs/method.md and docs/power.md of Fjordplan. "
               "Every figure of this report can be reproduced with: fjordplan-cli evaluate %1 --scenario "
               "\"%2\".")
                .arg(QFileInfo(m_doc.filePath()).fileName().isEmpty()
                         ? QStringLiteral("FILE")
                         : QFileInfo(m_doc.filePath()).fileName(),
                     m_r.scenarioName));
    }

public:
    bool riskBandsPending() const { return m_riskBandsPending; }

private:
    ProjectDocument &m_doc;
    ReportCanvas &m_canvas;
    const Results &m_r;
    QStringList m_sections;
    bool m_waitForRiskBands;
    bool m_riskBandsPending = false;
};

} // namespace

namespace {

QString footerFor(const Project &project, const Scenario &scenario)
{
    return tr("%1 · scenario %2 · investor report").arg(project.name, scenario.name);
}

// Evaluates the scenario in a document of its own (the plan built out) and writes every section.
QStringList writeSections(const Project &project, Id scenarioId, const QString &projectFile,
                          ReportCanvas &canvas, bool waitForRiskBands = true,
                          bool *riskBandsPending = nullptr)
{
    ProjectDocument doc(project, projectFile); // evaluates the first scenario
    doc.setCurrentScenario(scenarioId);        // re-evaluates only when it is another one
    doc.setCurrentStageIndex(int(doc.scenario().stages.size()) - 1); // the plan built out
    ReportWriter writer(doc, canvas, waitForRiskBands);
    const QStringList sections = writer.write();
    if (riskBandsPending)
        *riskBandsPending = writer.riskBandsPending();
    return sections;
}

} // namespace

ReportOutcome writeInvestorReport(const Project &project, Id scenarioId, const QString &pdfPath,
                                  const QString &projectFile)
{
    ReportOutcome outcome;
    const Scenario *scenario = project.scenario(scenarioId);
    if (!scenario) {
        outcome.error = tr("The project has no scenario with id %1").arg(scenarioId);
        return outcome;
    }
    QPdfWriter pdf(pdfPath);
    pdf.setResolution(300);
    pdf.setTitle(tr("%1 — investor report").arg(project.name));
    pdf.setCreator(QStringLiteral("Fjordplan"));
    ReportCanvas canvas(&pdf, footerFor(project, *scenario));
    if (!canvas.isActive()) {
        outcome.error = tr("%1: cannot write the PDF file").arg(pdfPath);
        return outcome;
    }
    outcome.sections = writeSections(project, scenarioId, projectFile, canvas);
    outcome.pages = canvas.pageCount();
    if (!canvas.finish())
        outcome.error = tr("%1: writing the PDF failed").arg(pdfPath);
    return outcome;
}

ReportPreview previewInvestorReport(const Project &project, Id scenarioId, const QString &projectFile,
                                    bool waitForRiskBands)
{
    ReportPreview preview;
    const Scenario *scenario = project.scenario(scenarioId);
    if (!scenario) {
        preview.error = tr("The project has no scenario with id %1").arg(scenarioId);
        return preview;
    }
    ReportCanvas canvas(footerFor(project, *scenario));
    preview.sections =
        writeSections(project, scenarioId, projectFile, canvas, waitForRiskBands, &preview.riskBandsPending);
    canvas.finish();
    preview.pages = canvas.pictures();
    return preview;
}

} // namespace fjord::ui
