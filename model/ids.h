#pragma once

#include <QtGlobal>

namespace fjord {

// Stable integer identity of every object in a project. Ids are unique across all object kinds of
// one project (one counter), so a Problem or a selection can name any object by its id alone.
// 0 means "none".
using Id = qint64;
constexpr Id NoId = 0;

} // namespace fjord
