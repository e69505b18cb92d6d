#pragma once

#include "model/climate.h"

namespace fjord {

// A deterministic synthetic hourly year for Narvik built from monthly normals (DOMAIN.md §6.1)
// with a diurnal cycle, day-to-day weather noise and summer warm spells up to about 30 °C.
// Method and limits: docs/method.md, "Built-in Narvik climate".
Climate narvikClimate();

} // namespace fjord
