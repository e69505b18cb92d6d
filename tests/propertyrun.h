#pragma once

// What the property tests share: one seed per run, printed by the test so that a failure can be
// replayed (FJORD_PROPERTY_SEED=<n>), and how many cases to run (an environment variable, else the
// quick default of ctest).
#include <QRandomGenerator>
#include <QtGlobal>

namespace fjord::test {

inline unsigned propertySeed()
{
    bool ok = false;
    const unsigned fromEnv = qEnvironmentVariable("FJORD_PROPERTY_SEED").toUInt(&ok);
    static const unsigned seed = ok ? fromEnv : QRandomGenerator::global()->generate();
    return seed;
}

// `envVar` when it holds a positive count, else `quick`.
inline int propertyCount(const char *envVar, int quick)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(envVar, &ok);
    return ok && n > 0 ? n : quick;
}

} // namespace fjord::test
