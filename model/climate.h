#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fjord {

constexpr int HoursPerYear = 8760;

// An hourly weather year at the site: 8760 rows (a leap-year file drops 29 February).
// Hour 0 is 1 January 00:00-01:00 local standard time. Missing values are filled on import and
// counted in `filledValues` so the user can see how much was repaired.
struct Climate {
    QString name;   // e.g. "Narvik (built-in synthetic year)"
    QString source; // where the data came from (file name, method)
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    double elevationM = 0.0;
    double timeZoneHours = 0.0; // versus UTC
    int filledValues = 0;       // values that were missing in the source and were interpolated

    QList<double> dryBulbC;       // ambient dry-bulb temperature, °C
    QList<double> dewPointC;      // dew-point temperature, °C
    QList<double> relHumidityPct; // relative humidity, %
    QList<double> pressurePa;     // station pressure, Pa
    QList<double> ghiWhPerM2;     // global horizontal irradiance over the hour, Wh/m²
    QList<double> windSpeedMPerS; // wind speed at 10 m, m/s

    bool isComplete() const; // every series has HoursPerYear values
    bool operator==(const Climate &) const = default;
};

// Summary figures of a climate, for lists, the CLI and the Climate panel.
struct ClimateSummary {
    QString name;
    int hours = 0;
    double meanDryBulbC = 0.0;
    double minDryBulbC = 0.0;
    double maxDryBulbC = 0.0;
    QList<double> monthlyMeanDryBulbC; // 12 values
    int hoursAbove(double thresholdC) const;
    QList<double> dryBulbC; // kept for hoursAbove()
};

ClimateSummary summarise(const Climate &climate);

// The 0.4 % annual dry bulb (°C): the value exceeded in 0.4 % of the hours, i.e. the 35th-hottest hour
// of 8760 (ASHRAE's cooling design condition; METHOD v2 §3–4's default design ambient). Empty when the
// climate has no dry-bulb values or any is not finite.
std::optional<double> designDryBulbC(const Climate &climate);

// Month (0..11) and day of month (1..31) of an hour of a non-leap year.
int monthOfHour(int hour);
int hourOfDay(int hour);
// First hour of month m (0..11) in a non-leap year; m == 12 gives HoursPerYear.
int firstHourOfMonth(int month);

} // namespace fjord
