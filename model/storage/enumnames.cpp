#include "model/storage/enumnames.h"

namespace fjord::storage {

#define FJORD_DEFINE_NAMES(E, ...)                                                                           \
    const QStringList &EnumNames<E>::names()                                                                 \
    {                                                                                                        \
        static const QStringList list{__VA_ARGS__};                                                          \
        return list;                                                                                         \
    }

FJORD_DEFINE_NAMES(ContinuousLoadRule, QStringLiteral("iec_100"), QStringLiteral("nec_80"))
FJORD_DEFINE_NAMES(CoolingMethod, QStringLiteral("liquid"), QStringLiteral("air"))
FJORD_DEFINE_NAMES(AisleSide, QStringLiteral("front"), QStringLiteral("back"))
FJORD_DEFINE_NAMES(Phase, QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("l3"),
                   QStringLiteral("three_phase"))
FJORD_DEFINE_NAMES(PowerNodeKind, QStringLiteral("grid"), QStringLiteral("transformer"),
                   QStringLiteral("ups"), QStringLiteral("switchboard"), QStringLiteral("busway"),
                   QStringLiteral("pdu"))
FJORD_DEFINE_NAMES(FeedSide, QStringLiteral("shared"), QStringLiteral("a"), QStringLiteral("b"))
FJORD_DEFINE_NAMES(VoltageReference, QStringLiteral("line_to_line"), QStringLiteral("line_to_neutral"))
FJORD_DEFINE_NAMES(RatingBasis, QStringLiteral("apparent_power"), QStringLiteral("current"))
FJORD_DEFINE_NAMES(RedundancyScheme, QStringLiteral("n"), QStringLiteral("n_plus_1"), QStringLiteral("2n"),
                   QStringLiteral("distributed"))
FJORD_DEFINE_NAMES(LoadProfileKind, QStringLiteral("training"), QStringLiteral("inference"),
                   QStringLiteral("custom"))
FJORD_DEFINE_NAMES(PpaTechnology, QStringLiteral("hydro"), QStringLiteral("wind"), QStringLiteral("solar"))
FJORD_DEFINE_NAMES(TenantClass, QStringLiteral("anchor"), QStringLiteral("enterprise"),
                   QStringLiteral("startup"), QStringLiteral("research"), QStringLiteral("internal"))
FJORD_DEFINE_NAMES(ContractKind, QStringLiteral("capacity_lease"), QStringLiteral("gpu_hours"),
                   QStringLiteral("reserved_racks"))
FJORD_DEFINE_NAMES(DistributionKind, QStringLiteral("triangular"), QStringLiteral("uniform"),
                   QStringLiteral("normal"), QStringLiteral("discrete"))
FJORD_DEFINE_NAMES(DryCoolerFanModel, QStringLiteral("fan_law"), QStringLiteral("sized"))

#undef FJORD_DEFINE_NAMES

} // namespace fjord::storage
