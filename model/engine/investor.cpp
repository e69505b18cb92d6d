#include "model/engine/investor.h"
#include "model/tr.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace fjord::engine {

namespace {

constexpr double LowestRate = -0.99; // −99 % a year
constexpr double HighestRate = 10.0; // 1000 % a year
constexpr int ScanSteps = 4000;      // fine enough to separate the roots of a 15–40 year cash flow

// Rate `i` of the scan: ScanSteps steps evenly spaced in log(1 + r), which spreads the points where
// NPV changes fastest (low rates). Point 0 is LowestRate itself.
double scanRate(int i)
{
    if (i == 0)
        return LowestRate;
    static const double lo = std::log(1.0 + LowestRate), hi = std::log(1.0 + HighestRate);
    return std::exp(lo + (hi - lo) * i / ScanSteps) - 1.0;
}

// Every scan interval [rate(i − 1), rate(i)] where the NPV changes sign or is 0 at rate(i): what
// testing all 4,001 points gives, with most points' signs proven in ranges instead of computed.
// With x = 1/(1 + r) the NPV is p(x) = P(x) − N(x), P and N the polynomials of the positive and of
// the negated negative cash flows, both increasing for x > 0. On a range of points with x in
// [x_lo, x_hi], p ≥ P(x_lo) − N(x_hi) and p ≤ P(x_hi) − N(x_lo). When that bound clears 0 by far
// more than the rounding error of netPresentValue (below 1e-13 of P + N for 60 years), every point
// of the range has the bound's sign as netPresentValue computes it. A range the bound cannot settle
// is halved, down to blocks of 32 points, which are computed point by point with the same operations
// in the same order as netPresentValue (so the same bits), side by side so that they vectorise. Only
// the ranges around a root are halved: a few dozen bounds instead of one per block.
QList<std::pair<double, double>> scanForSignChanges(const QList<double> &cashFlow)
{
    constexpr int Points = ScanSteps + 1;
    constexpr int Block = 32;
    struct Grid {
        std::array<double, Points> rate, step; // step: 1 / (1 + rate), the yearly discount factor
        Grid()
        {
            for (int i = 0; i < Points; ++i) {
                rate[i] = scanRate(i);
                step[i] = 1.0 / (1.0 + rate[i]);
            }
        }
    };
    static const Grid grid;
    // P(x) and N(x) (see above) at `x`.
    const auto positiveAndNegative = [&cashFlow](double x) {
        double pos = 0, neg = 0, factor = 1;
        for (double v : cashFlow) {
            (v > 0 ? pos : neg) += std::abs(v) * factor;
            factor *= x;
        }
        return std::pair{pos, neg};
    };
    constexpr double Margin = 1e-9; // relative to P + N: ~10,000 × the rounding error bound
    // The points are settled in order; each is compared with the one before (its NPV, or ±1 where
    // only the sign is proven), as a scan of every point would.
    QList<std::pair<double, double>> brackets;
    double previous = 0; // the NPV (or its proven sign) at the point before the next one settled
    const auto visit = [&](int i, double npv) {
        if (i > 0 && (npv == 0.0 || (npv > 0) != (previous > 0)))
            brackets.append({grid.rate[i - 1], grid.rate[i]});
        previous = npv;
    };
    // Settles the points [from, to): proven by the bound, else halved, else computed.
    const auto settle = [&](const auto &self, int from, int to) -> void {
        const auto [posHigh, negHigh] = positiveAndNegative(grid.step[from]); // x falls as r rises
        const auto [posLow, negLow] = positiveAndNegative(grid.step[to - 1]);
        const double tolerance = Margin * (posHigh + negHigh);
        if (posLow - negHigh > tolerance || posHigh - negLow < -tolerance) {
            visit(from, posLow - negHigh > tolerance ? 1.0 : -1.0); // the rest of the range: the same sign
            return;
        }
        if (to - from > Block) {
            const int middle = from + (to - from) / 2;
            self(self, from, middle);
            self(self, middle, to);
            return;
        }
        std::array<double, Block> npv, factor;
        std::fill(npv.begin(), npv.end(), 0.0);
        std::fill(factor.begin(), factor.end(), 1.0);
        for (double v : cashFlow)
            for (int i = from; i < to; ++i) {
                npv[i - from] += v * factor[i - from];
                factor[i - from] *= grid.step[i];
            }
        for (int i = from; i < to; ++i)
            visit(i, npv[i - from]);
    };
    settle(settle, 0, Points);
    return brackets;
}

// The scan's answer in about 12 NPV evaluations instead of 4,000, for cash flows whose signs change
// once (invest, then earn): by Descartes' rule of signs the NPV, a polynomial in 1/(1 + r), then has
// exactly one root for r > −1, so its sign along the scan changes at most once and a binary search
// over the scan's points finds the same interval the scan would. Absent (scan instead) for other
// cash flows, or when the NPV is exactly 0 at a point tried (the scan treats such points specially).
std::optional<QList<std::pair<double, double>>> singleSignChangeBracket(const QList<double> &cashFlow)
{
    int changes = 0;
    double lastSign = 0;
    for (double v : cashFlow)
        if (v != 0) {
            const double sign = v > 0 ? 1 : -1;
            changes += lastSign != 0 && sign != lastSign;
            lastSign = sign;
        }
    if (changes != 1)
        return std::nullopt;
    const double first = netPresentValue(cashFlow, scanRate(0));
    const double last = netPresentValue(cashFlow, scanRate(ScanSteps));
    if (first == 0.0 || last == 0.0)
        return std::nullopt;
    if ((first > 0) == (last > 0))
        return QList<std::pair<double, double>>{}; // the one root lies outside the scanned range
    int below = 0, above = ScanSteps; // NPV at `below` has the first point's sign, at `above` not
    while (above - below > 1) {
        const int middle = (below + above) / 2;
        const double npv = netPresentValue(cashFlow, scanRate(middle));
        if (npv == 0.0)
            return std::nullopt;
        ((npv > 0) == (first > 0) ? below : above) = middle;
    }
    return QList<std::pair<double, double>>{{scanRate(below), scanRate(above)}};
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
        result.absentReason = EngineTr::tr("the free cash flow never changes sign");
        return result;
    }
    QList<std::pair<double, double>> brackets;
    if (const auto bracket = singleSignChangeBracket(cashFlow))
        brackets = *bracket;
    else
        brackets = scanForSignChanges(cashFlow);
    if (brackets.isEmpty()) {
        result.absentReason = EngineTr::tr("no rate between −99 % and 1000 % a year makes the NPV zero");
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
        result.absentReason = EngineTr::tr("several rates make the NPV zero (%1): the IRR is not unique")
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
