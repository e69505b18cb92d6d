#include "model/engine/investor.h"

#include <QCoreApplication>

#include <cmath>

namespace fjord::engine {

namespace {

constexpr double LowestRate = -0.99; // −99 % a year
constexpr double HighestRate = 10.0; // 1000 % a year
constexpr int ScanSteps = 4000;      // fine enough to separate the roots of a 15–40 year cash flow

QString tr(const char *text)
{
    return QCoreApplication::translate("fjord::Investor", text);
}

QString percent(double rate)
{
    return QString::number(rate * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace

double netPresentValue(const QList<double> &cashFlow, double ratePerYear)
{
    double npv = 0, factor = 1;
    const double step = 1.0 / (1.0 + ratePerYear);
    for (double v : cashFlow) {
        npv += v * factor;
        factor *= step;
    }
    return npv;
}

IrrResult internalRateOfReturn(const QList<double> &cashFlow)
{
    IrrResult result;
    bool positive = false, negative = false;
    for (double v : cashFlow) {
        positive |= v > 0;
        negative |= v < 0;
    }
    if (!positive || !negative) {
        result.absentReason = tr("the free cash flow never changes sign");
        return result;
    }
    // Scan in log(1 + r), which spreads the points where NPV changes fastest (low rates).
    const double lo = std::log(1.0 + LowestRate), hi = std::log(1.0 + HighestRate);
    QList<std::pair<double, double>> brackets;
    double previousRate = LowestRate, previousNpv = netPresentValue(cashFlow, LowestRate);
    for (int i = 1; i <= ScanSteps; ++i) {
        const double rate = std::exp(lo + (hi - lo) * i / ScanSteps) - 1.0;
        const double npv = netPresentValue(cashFlow, rate);
        if (npv == 0.0 || (npv > 0) != (previousNpv > 0))
            brackets.append({previousRate, rate});
        previousRate = rate;
        previousNpv = npv;
    }
    if (brackets.isEmpty()) {
        result.absentReason = tr("no rate between −99 % and 1000 % a year makes the NPV zero");
        return result;
    }
    QList<double> roots;
    for (auto [a, b] : brackets) {
        double fa = netPresentValue(cashFlow, a);
        while (b - a > 1e-10) {
            const double m = 0.5 * (a + b);
            const double fm = netPresentValue(cashFlow, m);
            if ((fm > 0) == (fa > 0)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        roots.append(0.5 * (a + b));
    }
    if (roots.size() > 1) {
        QStringList rates;
        for (double r : roots)
            rates << percent(r);
        result.absentReason = tr("several rates make the NPV zero (%1): the IRR is not unique")
                                  .arg(rates.join(QStringLiteral(", ")));
        return result;
    }
    result.rate = roots.front();
    return result;
}

std::optional<int> paybackIndex(const QList<double> &cashFlow)
{
    if (cashFlow.isEmpty())
        return std::nullopt;
    double cumulative = 0;
    bool wasNegative = false;
    for (int i = 0; i < cashFlow.size(); ++i) {
        cumulative += cashFlow[i];
        if (cumulative < 0)
            wasNegative = true;
        else if (wasNegative)
            return i;
    }
    if (!wasNegative)
        return 0; // never under water: paid back from the first year
    return std::nullopt;
}

} // namespace fjord::engine
