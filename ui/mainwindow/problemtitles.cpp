#include "ui/mainwindow/problemtitles.h"

#include <QCoreApplication>
#include <QHash>

namespace fjord::ui {

namespace {
const char *const Context = "fjord::ui::ProblemTitles";
} // namespace

QString problemGroupTitle(const QString &code)
{
    // A title per problem code the model reports (an unknown code reads as itself).
    // QT_TRANSLATE_NOOP marks them for translation.
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("power.unfed"), QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Rack has no feed")},
        {QStringLiteral("power.single_corded"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Rack fed from one side only")},
        {QStringLiteral("power.overload"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Power node overloaded")},
        {QStringLiteral("power.peak_overload"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Power node overloaded at peak power")},
        {QStringLiteral("power.failover_overload"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Power node overloaded after a failure")},
        {QStringLiteral("power.utilisation_high"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Power node above the utilisation warning threshold")},
        {QStringLiteral("power.imbalance"), QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Phase imbalance")},
        {QStringLiteral("space.overlap"), QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Racks overlap")},
        {QStringLiteral("space.outside_hall"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Rack outside its hall")},
        {QStringLiteral("space.floor_load"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Floor load above the hall's limit")},
        {QStringLiteral("space.aisle_width"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Aisle too narrow")},
        {QStringLiteral("cooling.unassigned"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Hall has no cooling system")},
        {QStringLiteral("engine.rack_skipped"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Rack left out of the results")},
        {QStringLiteral("value.range"), QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Value out of range")},
        {QStringLiteral("value.negative"), QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Negative value")},
        {QStringLiteral("value.not_positive"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Value must be positive")},
        {QStringLiteral("cooling.capacity"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Dry coolers too small")},
        {QStringLiteral("cooling.design_return"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Dry-cooler design return too low")},
        {QStringLiteral("cooling.ashrae"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Air supply outside the ASHRAE range")},
        {QStringLiteral("power.grid_exceeded"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Design demand above the grid connection")},
        {QStringLiteral("power.cycle"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Loop in the power chain")},
        {QStringLiteral("climate.missing"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Climate unusable")},
        {QStringLiteral("climate.incomplete"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Climate incomplete")},
        {QStringLiteral("engine.stage"), QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Stage missing")},
        {QStringLiteral("engine.scenario"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Scenario missing")},
        {QStringLiteral("finance.no_date"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Stage without a date")},
        {QStringLiteral("grid.connection_short"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Grid connections below the contracted capacity")},
        {QStringLiteral("tenants.priority_target"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Start-up and research target missed")},
        {QStringLiteral("stage.none"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Scenario without stages")},
        {QStringLiteral("stage.date"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Stage without an energisation date")},
        {QStringLiteral("stage.order"), QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Stages out of order")},
        {QStringLiteral("stage.before_hall"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Rack installed before its hall")},
        {QStringLiteral("value.phases"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Wrong number of phases")},
        {QStringLiteral("value.redundancy"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Redundancy group inconsistent")},
        {QStringLiteral("profile.length"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Load profile of the wrong length")},
        {QStringLiteral("reference.missing"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Reference to a missing object")},
        {QStringLiteral("ref.tenant"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Allocated to a missing tenant")},
        {QStringLiteral("racktype.peak_below_design"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Peak power below design power")},
        {QStringLiteral("costs.not_set"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Unit costs not set")},
        {QStringLiteral("site.not_set"), QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Site not set")},
        {QStringLiteral("opex.stage_missing"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Opex item with a missing stage")},
        {QStringLiteral("supply.grid_not_set"),
         QT_TRANSLATE_NOOP("fjord::ui::ProblemTitles", "Grid price and carbon not set")},
    };
    const char *title = titles.value(code, nullptr);
    return title ? QCoreApplication::translate(Context, title) : code;
}

} // namespace fjord::ui
