#include "ui/mainwindow/problemtitles.h"

#include <QCoreApplication>
#include <QHash>

namespace fjord::ui {

namespace {
const char *const Context = "fjord::ui::ProblemTitles";
} // namespace

QString problemGroupTitle(const QString &code)
{
    // The codes that come in numbers (one problem per rack, node or hall); the others are rare
    // enough to read well as their code. QT_TRANSLATE_NOOP marks them for translation.
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
    };
    const char *title = titles.value(code, nullptr);
    return title ? QCoreApplication::translate(Context, title) : code;
}

} // namespace fjord::ui
