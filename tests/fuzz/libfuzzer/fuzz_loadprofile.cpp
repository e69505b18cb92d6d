// libFuzzer target: the load-profile CSV reader (model/storage/loadprofilecsv.h). See scripts/fuzz.sh.
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
    static const QString path = scratch().filePath(QStringLiteral("input.csv"));
    if (!writeFile(path, bytes(data, size)))
        require(QStringLiteral("cannot write ") + path);
    require(checkLoadProfile(path));
    return 0;
}
