// libFuzzer target: the project loader (model/storage/projectfile.h, openProject), the whole path a
// mail attachment takes: header checks, SQLite's integrity check, the budgets, migrations of older
// files (in a private temporary copy) and the validated read. SQLite reads from a file: the input
// is written to one scratch file, replaced for each input (no temporary file per input is left;
// the migration copy is a QTemporaryDir removed on return). See scripts/fuzz.sh.
#include "tests/fuzz/libfuzzer/fuzzchecks.h"
#include "tests/fuzz/libfuzzer/fuzzmain.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fjord::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace fjord::fuzz;
    static const QString path = scratch().filePath(QStringLiteral("input.fjordplan"));
    if (!writeFile(path, bytes(data, size)))
        require(QStringLiteral("cannot write ") + path);
    require(checkProject(path));
    return 0;
}
