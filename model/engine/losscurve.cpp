#include "model/engine/losscurve.h"

namespace fjord::engine {

LossCurve::LossCurve(const QList<const PowerNode *> &units)
{
    m_units = int(units.size());
    for (const PowerNode *u : units)
        m_ratingVa += std::max(0.0, u->apparentRatingVa());
    for (const PowerNode *u : units) {
        const double s = std::max(0.0, u->apparentRatingVa());
        const double w = m_ratingVa > 0 ? s / m_ratingVa : 1.0 / m_units;
        m_a += s * u->losses.noLoad;
        m_b += w * u->losses.linear;
        if (s > 0)
            m_c += w * w * u->losses.quadratic / s;
    }
}

LossCurve LossCurve::linear(double fraction)
{
    LossCurve c;
    c.m_b = fraction;
    return c;
}

} // namespace fjord::engine
