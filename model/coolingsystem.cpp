#include "model/coolingsystem.h"

#include "model/climate.h"
#include "model/tr.h"

namespace fjord {

QString ashraeWClass(double supplyC)
{
    // ASHRAE TC 9.9 (5th ed.): the number is the highest facility supply temperature of the class.
    for (int limit : {17, 27, 32, 40, 45})
        if (supplyC <= limit)
            return QStringLiteral("W%1").arg(limit);
    return QStringLiteral("W+");
}

QString fanModelLabel(DryCoolerFanModel model)
{
    return model == DryCoolerFanModel::Sized ? ModelTr::tr("Sized dry coolers (METHOD v2)")
                                             : ModelTr::tr("Fan law (METHOD v1)");
}

double CoolingSystem::effectiveDesignAmbientC(const Climate &climate) const
{
    if (!designAmbientFromClimate)
        return designAmbientC;
    return designDryBulbC(climate).value_or(designAmbientC);
}

} // namespace fjord
