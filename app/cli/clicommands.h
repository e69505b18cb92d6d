#pragma once

#include <QStringList>
#include <QTextStream>

namespace fjord::cli {

// Exit codes of DESIGN.md §5.
enum ExitCode { Ok = 0, ProjectHasErrors = 1, BadInput = 2, ServerRefused = 3 };

// Runs one CLI verb; `args` excludes the program name. Output goes to `out` (JSON or text),
// one-line errors naming the file and the reason to `err`.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fjord::cli
