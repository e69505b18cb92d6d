#pragma once

#include "model/racktype.h"

#include <QList>

namespace fjord {

// The built-in rack catalogue (resources/catalogue/racktypes.json), figures from DOMAIN.md §2.
// Ids are 0: the caller allocates project ids.
QList<RackType> builtInRackCatalogue();

} // namespace fjord
