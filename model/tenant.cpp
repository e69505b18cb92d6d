#include "model/tenant.h"

#include "model/tr.h"

#include <QCoreApplication>

namespace fjord {

QString tenantClassLabel(TenantClass c)
{
    switch (c) {
    case TenantClass::Anchor:
        return ModelTr::tr("Anchor offtaker");
    case TenantClass::Enterprise:
        return ModelTr::tr("Enterprise");
    case TenantClass::Startup:
        return ModelTr::tr("Start-up");
    case TenantClass::Research:
        return ModelTr::tr("Research/academia");
    case TenantClass::Internal:
        return ModelTr::tr("Internal");
    }
    return {};
}

QString contractKindLabel(ContractKind k)
{
    switch (k) {
    case ContractKind::CapacityLease:
        return ModelTr::tr("Capacity lease");
    case ContractKind::GpuHours:
        return ModelTr::tr("GPU-hours");
    case ContractKind::ReservedRacks:
        return ModelTr::tr("Reserved racks");
    }
    return {};
}

QString contractPriceUnit(ContractKind k, const QString &currency)
{
    switch (k) {
    case ContractKind::CapacityLease:
        return currency + ModelTr::tr("/kW-month");
    case ContractKind::GpuHours:
        return currency + ModelTr::tr("/GPU-hour");
    case ContractKind::ReservedRacks:
        return currency + ModelTr::tr("/rack-month");
    }
    return currency;
}

} // namespace fjord
