#include "ui/charts/tenantcolours.h"

#include <iterator>

namespace fjord::ui {

namespace {
// Distinguishable on the light floor and next to each other; none of them grey (unallocated).
const QColor TenantPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
} // namespace

QColor tenantClassColour(TenantClass c)
{
    switch (c) {
    case TenantClass::Anchor:
        return QColor(0x1f, 0x4e, 0x8c);
    case TenantClass::Enterprise:
        return QColor(0x5b, 0x9b, 0xd5);
    case TenantClass::Startup:
        return QColor(0xf0, 0x8c, 0x1a);
    case TenantClass::Research:
        return QColor(0x2e, 0x9e, 0x5b);
    case TenantClass::Internal:
        return QColor(0x8e, 0x6c, 0xb0);
    }
    return Qt::gray;
}

QColor tenantColour(int index)
{
    const int n = int(std::size(TenantPalette));
    return TenantPalette[((index % n) + n) % n];
}

QColor unallocatedColour()
{
    return QColor(0xc8, 0xcc, 0xd0);
}

} // namespace fjord::ui
