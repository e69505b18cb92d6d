#pragma once

#include "model/coolingsystem.h"
#include "model/energysupply.h"
#include "model/loadprofile.h"
#include "model/powernode.h"
#include "model/project.h"
#include "model/rack.h"
#include "model/racktype.h"
#include "model/row.h"
#include "model/tenant.h"
#include "model/uncertaininput.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fjord::storage {

// The names under which enumerations are stored in the project file (docs/file-format.md).
// They are part of the file format: never rename one; add new names at the end.
// Each enum's values run 0..n-1 in declaration order, and names()[i] is the name of value i.
template <typename E> struct EnumNames;

#define FJORD_ENUM_NAMES(E)                                                                                  \
    template <> struct EnumNames<E> {                                                                        \
        static const QStringList &names();                                                                   \
    }

FJORD_ENUM_NAMES(ContinuousLoadRule);
FJORD_ENUM_NAMES(CoolingMethod);
FJORD_ENUM_NAMES(AisleSide);
FJORD_ENUM_NAMES(Phase);
FJORD_ENUM_NAMES(PowerNodeKind);
FJORD_ENUM_NAMES(FeedSide);
FJORD_ENUM_NAMES(VoltageReference);
FJORD_ENUM_NAMES(RatingBasis);
FJORD_ENUM_NAMES(RedundancyScheme);
FJORD_ENUM_NAMES(LoadProfileKind);
FJORD_ENUM_NAMES(PpaTechnology);
FJORD_ENUM_NAMES(TenantClass);
FJORD_ENUM_NAMES(ContractKind);
FJORD_ENUM_NAMES(DistributionKind);
FJORD_ENUM_NAMES(DryCoolerFanModel);

#undef FJORD_ENUM_NAMES

template <typename E> QString enumName(E value)
{
    const QStringList &names = EnumNames<E>::names();
    const int i = int(value);
    return i >= 0 && i < names.size() ? names.at(i) : QString();
}

template <typename E> std::optional<E> enumFromName(const QString &name)
{
    const qsizetype i = EnumNames<E>::names().indexOf(name);
    if (i < 0)
        return std::nullopt;
    return E(int(i));
}

} // namespace fjord::storage
