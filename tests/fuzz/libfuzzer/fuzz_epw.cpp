// libFuzzer target: the EPW weather-file reader (model/storage/epwreader.h). See scripts/fuzz.sh.
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
    static const QString path = scratch().filePath(QStringLiteral("input.epw"));
    if (!writeFile(path, bytes(data, size)))
        require(QStringLiteral("cannot write ") + path);
    require(checkEpw(path));
    return 0;
}
