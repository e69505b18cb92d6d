#pragma once

#include "model/project.h"

namespace fjord {

// The built-in sample: the Narvik AI campus (230 MW, expanding to 520 MW), DOMAIN.md §9.
// Deterministic: the same project every time.
Project makeNarvikSample();

// An empty project from the Nordic site template (sitetemplates.h): the built-in rack catalogue, the
// Narvik climate, the NO4 grid, one empty stage.
Project makeEmptyProject(const QString &name);

} // namespace fjord
