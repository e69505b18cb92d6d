#include "model/coolingsystem.h"

namespace fjord {

QString ashraeWClass(double supplyC)
{
    // ASHRAE TC 9.9 (5th ed.): the number is the highest facility supply temperature of the class.
    for (int limit : {17, 27, 32, 40, 45})
        if (supplyC <= limit)
            return QStringLiteral("W%1").arg(limit);
    return QStringLiteral("W+");
}

} // namespace fjord
