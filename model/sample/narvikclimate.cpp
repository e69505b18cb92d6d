#include "model/sample/narvikclimate.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace fjord {

namespace {

// Monthly mean dry bulb, Narvik (DOMAIN.md §6.1, climatestotravel min/max converted), °C.
constexpr std::array<double, 12> MonthlyMeanC{-4.2, -1.4, 0.0,  3.1, 8.1, 11.4,
                                              14.4, 13.9, 10.6, 4.7, 1.4, -0.3};
// Half the typical daily range per month, K: small in the polar night, larger under the midnight sun.
constexpr std::array<double, 12> DiurnalHalfRangeK{1.2, 1.5, 2.2, 2.8, 3.4, 3.6,
                                                   3.6, 3.2, 2.6, 1.8, 1.3, 1.1};
// Standard deviation of the day-to-day weather anomaly per month, K (winter weather is more variable).
constexpr std::array<double, 12> AnomalySdK{5.2, 5.2, 4.2, 3.0, 2.6, 2.5, 2.5, 2.4, 2.4, 3.0, 4.2, 5.0};
// Mean wind speed per month at 10 m, m/s (coastal Nordland: windier in winter).
constexpr std::array<double, 12> MonthlyWindMPerS{6.2, 6.0, 5.6, 4.9, 4.4, 4.1, 3.9, 4.0, 4.6, 5.4, 5.9, 6.2};

constexpr double LatitudeDeg = 68.43;
constexpr double LongitudeDeg = 17.43;

// Summer warm spells: start day of year (0-based), length in days, peak anomaly above normal, K.
struct WarmSpell {
    int startDay;
    int days;
    double peakK;
};
constexpr std::array<WarmSpell, 3> WarmSpells{{{163, 3, 9.0}, {187, 5, 14.5}, {214, 3, 11.0}}};

// splitmix64: a fixed, portable generator, so the year is identical on every platform
// (std::normal_distribution is implementation-defined).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    double uniform()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        return (double(z >> 11) + 0.5) / 9007199254740992.0; // (0, 1)
    }
    double normal() // Box–Muller
    {
        return std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
    }

private:
    std::uint64_t m_state;
};

// Smooth annual course through the monthly means (cosine interpolation between mid-months).
double smoothMonthly(const std::array<double, 12> &monthly, double dayOfYear)
{
    constexpr std::array<double, 12> MidDay{15.5,  45,    74.5, 105,   135.5, 166,
                                            196.5, 227.5, 258,  288.5, 319,   349.5};
    int i = 11;
    while (i >= 0 && dayOfYear < MidDay[i])
        --i;
    const int a = (i + 12) % 12, b = (a + 1) % 12;
    double span = MidDay[b] - MidDay[a];
    double pos = dayOfYear - MidDay[a];
    if (span < 0)
        span += 365;
    if (pos < 0)
        pos += 365;
    const double w = 0.5 - 0.5 * std::cos(std::numbers::pi * pos / span);
    return monthly[a] * (1 - w) + monthly[b] * w;
}

double warmSpellAnomaly(int day, double hourOfDay)
{
    double extra = 0;
    for (const auto &s : WarmSpells) {
        const double t = (day - s.startDay + hourOfDay / 24.0) / s.days;
        if (t > 0 && t < 1)
            extra += s.peakK * std::sin(std::numbers::pi * t);
    }
    return extra;
}

// Clear-sky global horizontal irradiance, W/m², from the solar elevation (Haurwitz-like).
double clearSkyGhi(int dayOfYear, double solarHour)
{
    const double decl =
        23.44 * std::sin(2 * std::numbers::pi * (284 + dayOfYear + 1) / 365.0) * std::numbers::pi / 180;
    const double lat = LatitudeDeg * std::numbers::pi / 180;
    const double hourAngle = (solarHour - 12.0) * 15.0 * std::numbers::pi / 180;
    const double sinElev =
        std::sin(lat) * std::sin(decl) + std::cos(lat) * std::cos(decl) * std::cos(hourAngle);
    if (sinElev <= 0)
        return 0;
    return 1098.0 * sinElev * std::exp(-0.057 / sinElev);
}

// Random weather drifts a month's mean by a kelvin or two; shift the series by a smooth
// correction (interpolated between mid-months, so no steps at month boundaries) until every
// month's mean is within a few hundredths of its normal. Dew point moves with the dry bulb.
void matchMonthlyMeans(Climate &c)
{
    for (int iteration = 0; iteration < 8; ++iteration) {
        std::array<double, 12> error{};
        for (int m = 0; m < 12; ++m) {
            const int a = firstHourOfMonth(m), b = firstHourOfMonth(m + 1);
            double sum = 0;
            for (int h = a; h < b; ++h)
                sum += c.dryBulbC[h];
            error[m] = sum / (b - a) - MonthlyMeanC[m];
        }
        for (int h = 0; h < HoursPerYear; ++h) {
            const double shift = smoothMonthly(error, h / 24.0);
            c.dryBulbC[h] -= shift;
            c.dewPointC[h] -= shift;
        }
    }
    for (int h = 0; h < HoursPerYear; ++h) {
        c.dryBulbC[h] = std::round(c.dryBulbC[h] * 10) / 10;
        c.dewPointC[h] = std::min(c.dryBulbC[h], std::round(c.dewPointC[h] * 10) / 10);
    }
}

} // namespace

Climate narvikClimate()
{
    Climate c;
    c.name = QStringLiteral("Narvik (built-in synthetic year)");
    c.source = QStringLiteral("Generated from Narvik monthly normals (DOMAIN.md §6.1) with a diurnal cycle, "
                              "AR(1) day-to-day weather and three summer warm spells; seed 2026");
    c.latitudeDeg = LatitudeDeg;
    c.longitudeDeg = LongitudeDeg;
    c.elevationM = 23;
    c.timeZoneHours = 1;

    Random rng(2026);
    double anomaly = 0; // day-to-day weather anomaly, K (AR(1), persistence ~3 days)
    double nextAnomaly = 0;
    double cloud = 0.5; // cloud cover 0..1, day to day
    double windAnomaly = 0;
    constexpr double Persistence = 0.7;
    for (int h = 0; h < HoursPerYear; ++h) {
        const int day = h / 24;
        const int hod = h % 24;
        if (hod == 0) {
            anomaly = nextAnomaly;
            const int m = monthOfHour(h);
            nextAnomaly = Persistence * anomaly +
                          std::sqrt(1 - Persistence * Persistence) * AnomalySdK[m] * rng.normal();
            cloud = std::clamp(0.6 * cloud + 0.4 * rng.uniform() * 1.3, 0.0, 1.0);
            windAnomaly = 0.6 * windAnomaly + 0.8 * rng.normal();
        }
        const double dayOfYear = day + hod / 24.0;
        const double mean = smoothMonthly(MonthlyMeanC, dayOfYear);
        const double halfRange = smoothMonthly(DiurnalHalfRangeK, dayOfYear) * (1.2 - 0.6 * cloud);
        // Anomaly interpolated across the day so that weather changes smoothly hour to hour.
        const double dayAnomaly = anomaly + (nextAnomaly - anomaly) * hod / 24.0;
        // Coldest near 05:00, warmest near 15:00 local time.
        const double diurnal = halfRange * std::sin(2 * std::numbers::pi * (hod - 9) / 24.0);
        const double t = mean + dayAnomaly + diurnal + warmSpellAnomaly(day, hod);
        c.dryBulbC.append(t);

        // Dew-point depression grows on warm, sunny afternoons; RH by the Magnus formula.
        const double depression =
            1.5 + 2.5 * (1 - cloud) + std::max(0.0, diurnal) * 0.8 + warmSpellAnomaly(day, hod) * 0.4;
        const double td = t - depression;
        c.dewPointC.append(td);
        const auto magnus = [](double x) { return std::exp(17.625 * x / (243.04 + x)); };
        c.relHumidityPct.append(std::round(std::clamp(100 * magnus(td) / magnus(t), 5.0, 100.0)));
        c.pressurePa.append(101325 - 280 + std::round(600 * std::sin(2 * std::numbers::pi * day / 9.0)));

        // Hour h covers hod..hod+1 local standard time (UTC+1); solar time shifts by longitude.
        const double solarHour = hod + 0.5 + (LongitudeDeg - 15.0) / 15.0;
        c.ghiWhPerM2.append(std::round(clearSkyGhi(day, solarHour) * (1 - 0.72 * cloud)));

        const double m = smoothMonthly(MonthlyWindMPerS, dayOfYear);
        c.windSpeedMPerS.append(std::round(std::max(0.0, m * (1 + 0.45 * windAnomaly)) * 10) / 10);
    }
    matchMonthlyMeans(c);
    return c;
}

} // namespace fjord
