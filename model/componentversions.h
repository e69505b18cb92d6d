#pragma once
#include <QString>

namespace fjord {

// The version of the Eigen headers the engine was compiled with (for the About box; Eigen stays
// inside model/, so the UI asks here instead of including it).
QString eigenVersion();

} // namespace fjord
