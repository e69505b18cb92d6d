#include "model/sample/narvikrisk.h"

namespace fjord {

namespace {

UncertainInput triangular(Project &p, const QString &parameter, double low, double mode, double high,
                          const QString &reason)
{
    UncertainInput u;
    u.id = p.allocateId();
    u.parameter = parameter;
    u.kind = DistributionKind::Triangular;
    u.low = low;
    u.mode = mode;
    u.high = high;
    u.reason = reason;
    return u;
}

} // namespace

QList<UncertainInput> narvikUncertainInputs(Project &p, Id scenarioId)
{
    QList<UncertainInput> out;
    const Scenario *s = p.scenario(scenarioId);
    if (!s)
        return out;
    // Copied before allocating ids: allocateId() does not move scenarios, but keep the lookups plain.
    const QList<Tenant> tenants = s->tenants;
    const QList<Stage> stages = s->stages;
    const double gridPrice = s->supply.grid.pricePerMWh;
    const double discountRate = p.costs.discountRate;

    auto tenantKey = [](const Tenant &t) { return QStringLiteral("tenant.price:%1").arg(t.id); };
    for (const Tenant &t : tenants) {
        if (t.tenantClass == TenantClass::Anchor && t.contract == ContractKind::GpuHours)
            out.append(triangular(
                p, tenantKey(t), t.price * 0.80, t.price, t.price * 1.05,
                QStringLiteral("The anchor's price is calibrated on a public total (USD 6.2 bn over 5 "
                               "years) divided by an assumed GPU count: if the contract covers more GPUs "
                               "the price per GPU-hour is lower (DOMAIN §10.4), hence a long low tail "
                               "(-20 %) and little upside (+5 %).")));
        else if (t.tenantClass == TenantClass::Enterprise && t.contract == ContractKind::GpuHours)
            out.append(triangular(
                p, tenantKey(t), t.price * 0.70, t.price, t.price * 1.10,
                QStringLiteral("Resold GPU-hours follow the rental market, where prices of a GPU "
                               "generation fall as the next one ships (H100 rental fell by more than half "
                               "within two years): -30 % to +10 % (assumption).")));
        else if (t.contract == ContractKind::CapacityLease)
            out.append(triangular(
                p, tenantKey(t), t.price * 0.80, t.price, t.price * 1.15,
                QStringLiteral("A capacity lease signed for stage 2 at a price not yet negotiated: AI "
                               "infrastructure leases range from about EUR 10 m to 14 m per MW-year "
                               "(DOMAIN §7), so -20 % to +15 % around EUR 900/kW-month (assumption).")));
    }
    out.append(triangular(
        p, QStringLiteral("grid.price_per_mwh"), gridPrice * 0.65, gridPrice, gridPrice * 2.0,
        QStringLiteral("NO4 spot prices have been the lowest in Norway, but an interconnector or a dry "
                       "year can double them, as in southern Norway in 2022; a wet year cuts them by a "
                       "third (assumption, right-skewed).")));
    out.append(triangular(
        p, QStringLiteral("load.utilisation"), 0.70, 0.85, 0.92,
        QStringLiteral("Training clusters run at 80-90 % of design power; checkpointing, failures and "
                       "scheduling gaps can bring the average to 70 % (METHOD §1, assumption).")));
    if (stages.size() >= 2)
        out.append(triangular(
            p, QStringLiteral("stage.delay_months:%1").arg(stages.at(1).id), 0, 3, 18,
            QStringLiteral("Stage 2 needs a second 132 kV connection and large transformers, whose lead "
                           "times have been 2-4 years: on time at best, 3 months late most likely, up to "
                           "18 months (assumption).")));
    out.append(triangular(
        p, QStringLiteral("costs.capex_overrun"), -0.05, 0.0, 0.30,
        QStringLiteral("Overrun beyond the plan's 10 % contingency, which already prices the expected "
                       "overrun of facility construction (building, electrical, mechanical, grid; not the "
                       "GPUs, bought at a quoted price): most likely none, up to +30 % more when "
                       "transformer and switchgear lead times or labour slip, -5 % when tenders come in "
                       "low (assumption).")));
    out.append(triangular(
        p, QStringLiteral("costs.discount_rate"), discountRate - 0.01, discountRate, discountRate + 0.03,
        QStringLiteral("The cost of capital of an AI campus depends on rates and on how investors price "
                       "GPU obsolescence: 1 point below to 3 points above the 8 % base (assumption).")));
    return out;
}

} // namespace fjord
