#pragma once

// Internal to the engine. METHOD §2: losses of a set of parallel units sharing a load.

#include "model/engine/hourlyseries.h"
#include "model/powernode.h"

#include <QList>

namespace fjord::engine {

// Loss of parallel units carrying P together, spread in proportion to their ratings S_i
// (w_i = S_i / ΣS): Σ_i S_i·c0_i + P·Σ_i w_i·c1_i + P²·Σ_i w_i²·c2_i / S_i = a + b·P + c·P².
// Units without a rating share evenly and lose only their linear part.
class LossCurve {
public:
    LossCurve() = default;
    explicit LossCurve(const QList<const PowerNode *> &units);
    static LossCurve linear(double fraction);

    bool isEmpty() const { return m_units == 0 && m_b == 0.0; }
    int units() const { return m_units; }
    double ratingVa() const { return m_ratingVa; }
    double lossW(double loadW) const { return m_a + m_b * loadW + m_c * loadW * loadW; }
    HourlySeries lossW(const HourlySeries &loadW) const { return m_a + m_b * loadW + m_c * loadW.square(); }
    void lossW(const HourlySeries &loadW, HourlySeries &out) const
    {
        out = m_a + m_b * loadW + m_c * loadW.square();
    }
    // One hour of the array forms above, in their order of operations (c·(P·P), not (c·P)·P): a
    // per-hour loop that uses it gives bit-identical series.
    double hourLossW(double loadW) const { return m_a + m_b * loadW + m_c * (loadW * loadW); }

private:
    int m_units = 0;
    double m_ratingVa = 0;
    double m_a = 0, m_b = 0, m_c = 0;
};

} // namespace fjord::engine
