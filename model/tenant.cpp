#include "model/tenant.h"

#include <QCoreApplication>

namespace fjord {

QString tenantClassLabel(TenantClass c)
{
    switch (c) {
    case TenantClass::Anchor:
        return QCoreApplication::translate("fjord::Tenant", "Anchor offtaker");
    case TenantClass::Enterprise:
        return QCoreApplication::translate("fjord::Tenant", "Enterprise");
    case TenantClass::Startup:
        return QCoreApplication::translate("fjord::Tenant", "Start-up");
    case TenantClass::Research:
        return QCoreApplication::translate("fjord::Tenant", "Research/academia");
    case TenantClass::Internal:
        return QCoreApplication::translate("fjord::Tenant", "Internal");
    }
    return {};
}

QString contractKindLabel(ContractKind k)
{
    switch (k) {
    case ContractKind::CapacityLease:
        return QCoreApplication::translate("fjord::Tenant", "Capacity lease");
    case ContractKind::GpuHours:
        return QCoreApplication::translate("fjord::Tenant", "GPU-hours");
    case ContractKind::ReservedRacks:
        return QCoreApplication::translate("fjord::Tenant", "Reserved racks");
    }
    return {};
}

QString contractPriceUnit(ContractKind k, const QString &currency)
{
    switch (k) {
    case ContractKind::CapacityLease:
        return currency + QStringLiteral("/kW-month");
    case ContractKind::GpuHours:
        return currency + QStringLiteral("/GPU-hour");
    case ContractKind::ReservedRacks:
        return currency + QStringLiteral("/rack-month");
    }
    return currency;
}

} // namespace fjord
