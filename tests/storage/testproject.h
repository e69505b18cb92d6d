#pragma once

#include "model/project.h"

namespace fjord::test {

// A project in which every field of every struct differs from its default, so that a field the
// project file forgets to store makes a round-trip comparison fail. Three scenarios, racks with
// several feeds, a custom load profile and a full 8760-hour climate.
Project fullProject();

// A project with one scenario of `racks` racks (two feeds each), for speed measurements.
Project largeProject(int racks);

} // namespace fjord::test
