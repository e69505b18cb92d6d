#pragma once

#include "model/ids.h"

#include <QDate>
#include <QString>

namespace fjord {

// Who a tenant is (METHOD §8.2). Start-up and research tenants count towards the project's
// priority-capacity target.
enum class TenantClass { Anchor, Enterprise, Startup, Research, Internal };
constexpr int TenantClassCount = 5;

// How a tenant pays (METHOD §8.2). The unit of Tenant::price follows the kind.
enum class ContractKind {
    CapacityLease, // price per kW of allocated IT design capacity per month
    GpuHours,      // price per GPU-hour × allocated GPUs × hours × expected utilisation
    ReservedRacks  // price per allocated rack per month
};

// A customer of the campus. Halls, rows or racks are allocated to it (their tenantId); its revenue
// follows the allocated racks as their stages ramp up.
struct Tenant {
    Id id = NoId;
    QString name;
    TenantClass tenantClass = TenantClass::Enterprise;
    ContractKind contract = ContractKind::CapacityLease;
    double price = 0.0;               // currency per kW-month, per GPU-hour or per rack-month
    double expectedUtilisation = 0.8; // GPU-hour contracts: share of hours billed, 0..1
    QDate start;                      // first day of the contract; invalid: from energisation
    int termYears = 5;
    double escalationPerYear = 0.0; // compounded yearly from the start, e.g. 0.02
    double reletPrice = 0.0;        // same unit as price, after the term (0: not re-let)
    int vacancyMonths = 6;          // months without revenue between the term and re-letting
    QString notes;                  // sources, assumptions

    bool isPriority() const
    {
        return tenantClass == TenantClass::Startup || tenantClass == TenantClass::Research;
    }
    bool operator==(const Tenant &) const = default;
};

QString tenantClassLabel(TenantClass c);                            // "Anchor offtaker", "Start-up", ...
QString contractKindLabel(ContractKind k);                          // "Capacity lease", ...
QString contractPriceUnit(ContractKind k, const QString &currency); // "EUR/kW-month", ...

} // namespace fjord
