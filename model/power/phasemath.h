#pragma once

#include <array>

namespace fjord {

// Neutral current (A) of three phase currents 120° apart (METHOD §7):
// I_N = √(Ia² + Ib² + Ic² − Ia·Ib − Ib·Ic − Ic·Ia). 10/8/6 A -> 3.46 A.
double neutralCurrent(const std::array<double, 3> &phaseA);

// Phase imbalance in % (METHOD §7): max_p |I_p − Ī| / Ī · 100; 0 when nothing flows.
// Works on currents or on per-phase VA alike (same voltage on every phase).
double imbalancePercent(const std::array<double, 3> &phase);

} // namespace fjord
