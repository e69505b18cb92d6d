#pragma once

#include "model/results.h"

#include <cstdio>

namespace fjord {

// Writes every figure of `r` (hourly series, per-object analyses, finance, problems) to `out`, one
// per line, doubles as hex floats: two dumps are equal exactly when the results are bit-identical.
// The speed work checks with it that an optimisation changed no result.
void dumpResults(const Results &r, std::FILE *out);

} // namespace fjord
