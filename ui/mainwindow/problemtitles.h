#pragma once

#include <QString>

namespace fjord::ui {

// The heading of a group of problems with one code, in the user's words: "Rack has no feed" for
// power.unfed. Codes without a heading of their own fall back to the code itself.
QString problemGroupTitle(const QString &code);

} // namespace fjord::ui
