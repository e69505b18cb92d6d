// libFuzzer target: the NetBox CSV importer (model/storage/netbox.h). One input holds the racks,
// power-feeds and power-panels files separated by form feeds (\f). See scripts/fuzz.sh.
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
    static const QDir dir(scratch().path());
    require(checkNetbox(bytes(data, size), dir));
    return 0;
}
