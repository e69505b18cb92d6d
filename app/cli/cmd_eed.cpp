// export-eed: the data fields of the EU Energy Efficiency Directive reporting (Delegated
// Regulation (EU) 2024/1364, Annex I/II; DOMAIN.md §5.2) for one calendar year.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/projectinput.h"
#include "app/cli/resultsjson.h"
#include "model/engine.h"
#include "model/plural.h"

#include <QFile>
#include <QSaveFile>

#include <set>

namespace fjord::cli {

namespace {

QString csvField(const QString &v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return v;
}

QString num(double v, int decimals)
{
    return QString::number(rounded(v, decimals), 'f', decimals);
}

// Electrical redundancy of the UPS groups built through a stage ("4N/3", or "2N; N+1").
QString redundancyOf(const Scenario &s, int stageIndex)
{
    std::set<QString> schemes;
    for (const auto &node : s.powerNodes)
        if (node.kind == PowerNodeKind::Ups && s.builtBy(node.stageId, stageIndex))
            if (const RedundancyGroup *g = s.redundancyGroup(node.redundancyGroupId))
                schemes.insert(schemeName(*g));
    QStringList list(schemes.begin(), schemes.end());
    return list.join(QStringLiteral("; "));
}

double hallAreaM2(const Scenario &s, int stageIndex)
{
    double area = 0;
    for (const auto &h : s.halls)
        if (s.builtBy(h.stageId, stageIndex))
            area += h.areaM2();
    return area;
}

// Mean return (waste-heat) temperature of the cooling systems serving the stage's halls, °C.
double wasteHeatTemperatureC(const Scenario &s, int stageIndex)
{
    double sum = 0;
    int n = 0;
    for (const auto &h : s.halls)
        if (s.builtBy(h.stageId, stageIndex))
            if (const CoolingSystem *c = s.coolingSystem(h.coolingSystemId)) {
                sum += c->returnC();
                ++n;
            }
    return n ? sum / n : 0;
}

} // namespace

int cmdExportEed(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(
        args, withInputOptions({QStringLiteral("year"), QStringLiteral("out"), QStringLiteral("scenario")}));
    if (!a.ok()) {
        err << "fjordplan-cli export-eed: " << a.error() << Qt::endl;
        return BadInput;
    }
    bool yearOk = false;
    const int year = a.value(QStringLiteral("year")).toInt(&yearOk);
    if (a.positionals().size() != (a.has(QStringLiteral("db")) ? 0 : 1) || !yearOk || year < 1990 ||
        year > 2200 || a.value(QStringLiteral("out")).isEmpty()) {
        err << "fjordplan-cli export-eed: usage: export-eed FILE|--db URL --year Y --out FILE.csv "
               "[--scenario S]"
            << Qt::endl;
        return BadInput;
    }
    const auto input = openScenarioOrReport(a, err);
    if (!input)
        return BadInput;
    const QString &file = input->file();
    const Project *project = &input->project();
    const Scenario *s = &input->scenario();
    EvaluateOptions options;
    options.keepHourly = false;
    const Results r = evaluate(*project, *s, project->site.climate, options);

    const QStringList header{QStringLiteral("reporting_year"),
                             QStringLiteral("basis"),
                             QStringLiteral("stage"),
                             QStringLiteral("data_centre_name"),
                             QStringLiteral("location"),
                             QStringLiteral("country"),
                             QStringLiteral("entry_into_operation"),
                             QStringLiteral("electrical_redundancy"),
                             QStringLiteral("installed_it_power_kw"),
                             QStringLiteral("design_facility_demand_kw"),
                             QStringLiteral("computer_room_floor_area_m2"),
                             QStringLiteral("e_dc_kwh"),
                             QStringLiteral("e_it_kwh"),
                             QStringLiteral("water_input_m3"),
                             QStringLiteral("waste_heat_reused_kwh"),
                             QStringLiteral("avg_waste_heat_temperature_c"),
                             QStringLiteral("renewable_goo_kwh"),
                             QStringLiteral("renewable_ppa_kwh"),
                             QStringLiteral("renewable_onsite_kwh"),
                             QStringLiteral("pue"),
                             QStringLiteral("wue_l_per_kwh"),
                             QStringLiteral("erf"),
                             QStringLiteral("ref")};
    QStringList lines{header.join(QLatin1Char(','))};
    const QDate endOfYear(year, 12, 31);
    int rows = 0;
    for (int i = 0; i < r.stages.size() && i < s->stages.size(); ++i) {
        const StageResult &st = r.stages[i];
        if (!st.energisation.isValid() || st.energisation > endOfYear)
            continue; // not yet operating in the reporting year
        const AnnualKpis &k = st.annual;
        const double renewable = k.ref * k.facilityEnergyMWh;
        const double ppa = qMin(k.ppaUsedMWh, renewable);
        const double goo = qMin(k.guaranteesMWh, renewable - ppa);
        lines << QStringList{QString::number(year),
                             QStringLiteral("steady state of the campus through this stage"),
                             csvField(st.name),
                             csvField(project->name),
                             csvField(project->site.name),
                             project->site.country,
                             s->stages[i].energisation.toString(QStringLiteral("yyyy-MM")),
                             csvField(redundancyOf(*s, i)),
                             num(st.itCapacityW / 1e3, 0),
                             num(st.designDemandW / 1e3, 0),
                             num(hallAreaM2(*s, i), 0),
                             num(k.facilityEnergyMWh * 1e3, 0),
                             num(k.itEnergyMWh * 1e3, 0),
                             num(k.waterM3, 1),
                             num(k.heatReusedMWh * 1e3, 0),
                             num(wasteHeatTemperatureC(*s, i), 1),
                             num(goo * 1e3, 0),
                             num(ppa * 1e3, 0),
                             QStringLiteral("0"),
                             num(k.pue, 3),
                             num(k.wueLPerKWh, 3),
                             num(k.erf, 3),
                             num(k.ref, 3)}
                     .join(QLatin1Char(','));
        ++rows;
    }
    if (rows == 0) {
        err << file << ": no stage of scenario " << s->name << " is energised by the end of " << year
            << Qt::endl;
        return BadInput;
    }
    QSaveFile csv(a.value(QStringLiteral("out")));
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Text) ||
        csv.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0 || !csv.commit()) {
        err << a.value(QStringLiteral("out")) << ": cannot write: " << csv.errorString() << Qt::endl;
        return BadInput;
    }
    out << "wrote " << countOf(rows, QStringLiteral("stage row"), QStringLiteral("stage rows")) << " for "
        << year << " to " << a.value(QStringLiteral("out")) << Qt::endl;
    return Ok;
}

} // namespace fjord::cli
