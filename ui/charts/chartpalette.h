#pragma once

#include <QColor>
#include <QFont>

namespace fjord::ui {

// The one palette of the application's charts: every end use, energy source, cost category and
// cooling medium has a fixed colour, so a colour means the same thing on every tab and in the report.
class ChartPalette {
public:
    enum class EndUse {
        It,
        UpsLoss,
        TransformerLoss,
        DistributionLoss,
        Chiller,
        DryCoolerFans,
        Pumps,
        CrahFans,
        Aux
    };
    enum class Source { Grid, Hydro, Wind, Solar, Guarantees, Load };
    enum class Capex { It, Electrical, Mechanical, Building, Grid, Soft, Contingency };

    static QColor endUse(EndUse use);
    static QColor source(Source source);
    static QColor capex(Capex category);
    static QColor liquid();  // liquid-cooled heat and systems
    static QColor air();     // air-cooled heat and systems
    static QColor ambient(); // outdoor temperature
    static QColor heatReuse();
    static QColor limit(); // thresholds, capacities, legal limits
    static QColor pass();
    static QColor fail();
    static QColor indexed(int i); // a sequence for stages and other ordinal sets

    static QFont titleFont();
    static QFont labelFont();
};

} // namespace fjord::ui
