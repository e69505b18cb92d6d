#include "tests/fuzz/mutator.h"

#include <QtGlobal>

namespace fjord::fuzz {

int iterations(int quick)
{
    const int n = qEnvironmentVariableIntValue("FJORD_FUZZ_ITERATIONS");
    return n > 0 ? n : quick;
}

unsigned seed()
{
    bool ok = false;
    const unsigned s = qEnvironmentVariable("FJORD_FUZZ_SEED").toUInt(&ok);
    return ok ? s : 20261129u;
}

} // namespace fjord::fuzz
