#pragma once

// METHOD §8.3: present value, internal rate of return and payback of a yearly cash flow. Pure
// functions of the numbers; year index 0 is the first year (discount factor 1).

#include <QList>
#include <QString>

#include <optional>

namespace fjord::engine {

double netPresentValue(const QList<double> &cashFlow, double ratePerYear);

struct IrrResult {
    std::optional<double> rate; // per year
    QString absentReason;       // why there is no single rate (empty when rate is set)
};

// The rate in (−99 %, 1000 %) at which the NPV is zero, to 1e-9, found by scanning for sign changes
// and bisecting. Absent, with the reason, when the cash flow never changes sign, when no rate in the
// range gives NPV 0, or when several do.
IrrResult internalRateOfReturn(const QList<double> &cashFlow);

// Index of the first year in which the cumulative sum is back at ≥ 0 after having been negative (0 when
// it never is negative); absent when it stays negative to the end.
std::optional<int> paybackIndex(const QList<double> &cashFlow);

} // namespace fjord::engine
