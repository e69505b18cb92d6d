#include "model/engine/loadmodel.h"
#include "model/idindex.h"
#include "model/plural.h"
#include "model/power/rackdigest.h"
#include "model/tr.h"

#include <QHash>

#include <cmath>
#include <numbers>

namespace fjord::engine {

namespace {

Problem warning(const QString &code, const QString &message, Id id = NoId, const QString &name = {})
{
    return {Severity::Warning, code, message, id, name};
}

} // namespace

HourlySeries LoadModel::utilisation(const LoadProfile &profile, const HourlySeries &hourOfDay)
{
    switch (profile.kind) {
    case LoadProfileKind::Training:
        return HourlySeries::Constant(hourOfDay.size(), profile.baseUtilisation).min(1.0).max(0.0);
    case LoadProfileKind::Inference: {
        // u = u0 + a·sin(2π(hour_of_day − 9)/24), clamped to [0, 1] (METHOD §1).
        const double w = 2.0 * std::numbers::pi / 24.0;
        const HourlySeries u = profile.baseUtilisation + profile.amplitude * ((hourOfDay - 9.0) * w).sin();
        return u.min(1.0).max(0.0);
    }
    case LoadProfileKind::Custom:
        if (profile.hourly.size() == hourOfDay.size())
            return toSeries(profile.hourly).min(1.0).max(0.0);
        return HourlySeries::Constant(hourOfDay.size(), profile.baseUtilisation).min(1.0).max(0.0);
    }
    return HourlySeries::Zero(hourOfDay.size());
}

std::optional<double> LoadModel::constantUtilisation(const LoadProfile &profile)
{
    const bool constant = profile.kind == LoadProfileKind::Training ||
                          (profile.kind == LoadProfileKind::Custom && profile.hourly.size() != HoursPerYear);
    if (!constant)
        return std::nullopt;
    return std::max(std::min(profile.baseUtilisation, 1.0), 0.0); // .min(1.0).max(0.0), as utilisation()
}

LoadModel::LoadModel(const Project &project, const Scenario &scenario, const RackDigest &racks,
                     const ClimateSeries *climate, QList<Problem> &problems)
    : m_systems(scenario.coolingSystems), m_profiles(scenario.loadProfiles)
{
    // Fallbacks: the METHOD-default cooling system and the default training profile (u0 0.85).
    const int defaultSystem = int(m_systems.size());
    CoolingSystem fallbackSystem;
    fallbackSystem.name = EngineTr::tr("Default cooling (METHOD §3)");
    m_systems.append(fallbackSystem);
    const int defaultProfile = int(m_profiles.size());
    LoadProfile training;
    training.name = EngineTr::tr("Training (default 0.85)");
    m_profiles.append(training);

    QHash<Id, int> systemIndex;
    for (int i = 0; i < defaultSystem; ++i)
        systemIndex.insert(m_systems[i].id, i);
    // Per-rack lookups go through flat tables (IdIndex) and per-type answers computed once.
    std::vector<Id> hallIds;
    std::vector<int> hallSystem; // per hall position
    for (const auto &hall : scenario.halls) {
        const int sys = systemIndex.value(hall.coolingSystemId, -1);
        if (sys < 0 && !scenario.racks.isEmpty())
            problems.append(warning(QStringLiteral("cooling.unassigned"),
                                    EngineTr::tr("Hall %1 has no cooling system; the engine uses the METHOD "
                                                 "defaults (W32, dry coolers, chiller trim) for its racks")
                                        .arg(hall.name),
                                    hall.id, hall.name));
        hallIds.push_back(hall.id);
        hallSystem.push_back(sys < 0 ? defaultSystem : sys);
    }
    const IdIndex hallIndex(hallIds);
    // Profile per rack type: its own, else the one for every type (rackTypeId NoId), else training.
    QHash<Id, int> typeProfile;
    int anyTypeProfile = defaultProfile;
    for (int i = defaultProfile - 1; i >= 0; --i) { // backwards so that the first match wins
        if (m_profiles[i].rackTypeId == NoId)
            anyTypeProfile = i;
        else
            typeProfile.insert(m_profiles[i].rackTypeId, i);
    }
    std::vector<int> profileOfType; // per rack type position
    for (const auto &t : project.rackTypes)
        profileOfType.push_back(typeProfile.value(t.id, anyTypeProfile));

    int skipped = 0;
    const Rack *firstSkipped = nullptr;                   // groups come in the order of their first rack
    for (const RackDigest::Group &group : racks.groups) { // a group's racks share stage, type and hall
        const RackType *type = group.type;
        if (!type || group.stage < 0) {
            skipped += group.rackCount;
            if (!firstSkipped)
                firstSkipped = &racks.representative(scenario, group);
            continue;
        }
        const int hallAt = hallIndex.value(racks.representative(scenario, group).hallId);
        const int sys = hallAt < 0 ? defaultSystem : hallSystem[hallAt];
        const int profile = profileOfType[size_t(type - project.rackTypes.constData())];
        Group &g = m_groups[groupIndex(group.stage, profile, sys)];
        const double liquid = type->cooling == CoolingMethod::Air ? 0.0 : type->liquidFraction;
        const double n = group.rackCount;
        g.racks += group.rackCount;
        g.gpus += type->gpus * group.rackCount;
        g.powerW += type->designPowerW * n;
        g.liquidW += type->designPowerW * liquid * n;
        g.peakW += type->peakW() * n;
        g.liquidPeakW += type->peakW() * liquid * n;
        g.unitCost += type->unitCost * n;
    }
    if (skipped > 0)
        problems.append(warning(QStringLiteral("engine.rack_skipped"),
                                EngineTr::tr("%1 left out of the energy figures (first: %2): unknown rack "
                                             "type or stage")
                                    .arg(countOf(skipped, EngineTr::tr("rack"), EngineTr::tr("racks")))
                                    .arg(firstSkipped->name)));

    // Hourly utilisation of the profiles in use that change over the day, computed once.
    m_utilisation.resize(m_profiles.size());
    m_constantUtilisation.resize(m_profiles.size());
    for (int p = 0; p < m_profiles.size(); ++p)
        m_constantUtilisation[p] = constantUtilisation(m_profiles[p]);
    if (!climate)
        return;
    QList<bool> used(m_profiles.size(), false);
    for (const auto &g : m_groups)
        used[g.profile] = true;
    for (int p = 0; p < m_profiles.size(); ++p) {
        if (!used[p])
            continue;
        const LoadProfile &profile = m_profiles[p];
        if (profile.kind == LoadProfileKind::Custom && profile.hourly.size() != HoursPerYear)
            problems.append(
                warning(QStringLiteral("load.profile_length"),
                        EngineTr::tr("Load profile %1 has %2 hourly values instead of %3; the engine "
                                     "uses its base utilisation %4 every hour")
                            .arg(profile.name)
                            .arg(profile.hourly.size())
                            .arg(HoursPerYear)
                            .arg(profile.baseUtilisation),
                        profile.id, profile.name));
        const bool outOfRange =
            profile.kind == LoadProfileKind::Custom && profile.hourly.size() == HoursPerYear
                ? std::any_of(profile.hourly.begin(), profile.hourly.end(),
                              [](double u) { return !(u >= 0.0 && u <= 1.0); })
                : !(profile.baseUtilisation >= 0.0 && profile.baseUtilisation <= 1.0);
        if (outOfRange)
            problems.append(
                warning(QStringLiteral("load.profile_range"),
                        EngineTr::tr("Load profile %1 has utilisation outside 0 … 1; the engine clamps "
                                     "it to that range")
                            .arg(profile.name),
                        profile.id, profile.name));
        if (!m_constantUtilisation[p])
            m_utilisation[p] = utilisation(profile, climate->hourOfDay);
    }
}

int LoadModel::groupIndex(int stage, int profile, int system)
{
    for (int i = 0; i < int(m_groups.size()); ++i) {
        const Group &g = m_groups[i];
        if (g.stage == stage && g.profile == profile && g.system == system)
            return i;
    }
    m_groups.push_back(Group{stage, profile, system});
    return int(m_groups.size()) - 1;
}

StageLoad LoadModel::through(int stageIndex, bool hourly) const
{
    StageLoad out;
    QList<int> slot(m_systems.size(), -1); // system index -> position in out.systems
    // Per position and profile: the design power (W) and its liquid part on that profile. The hourly
    // load is then one pass per profile in use, however many groups share it.
    const qsizetype profiles = m_profiles.size();
    std::vector<double> powerOnProfile, liquidOnProfile;
    for (const Group &g : m_groups) {
        if (g.stage > stageIndex)
            continue;
        out.racks += g.racks;
        out.gpus += g.gpus;
        out.itCapacityW += g.powerW;
        out.itPeakW += g.peakW;
        out.itUnitCost += g.unitCost;
        if (slot[g.system] < 0) {
            slot[g.system] = int(out.systems.size());
            out.systems.emplace_back().system = g.system; // in place: no copy of the hourly arrays
            powerOnProfile.resize(powerOnProfile.size() + size_t(profiles), 0.0);
            liquidOnProfile.resize(liquidOnProfile.size() + size_t(profiles), 0.0);
        }
        const int at = slot[g.system];
        CoolingLoad &load = out.systems[at];
        load.capacityW += g.powerW;
        load.liquidCapacityW += g.liquidW;
        load.peakW += g.peakW;
        load.liquidPeakW += g.liquidPeakW;
        powerOnProfile[size_t(at * profiles + g.profile)] += g.powerW;
        liquidOnProfile[size_t(at * profiles + g.profile)] += g.liquidW;
    }
    if (!hourly)
        return out;
    for (qsizetype at = 0; at < out.systems.size(); ++at) {
        CoolingLoad &load = out.systems[at];
        const double *const powerW = powerOnProfile.data() + at * profiles;
        const double *const liquidW = liquidOnProfile.data() + at * profiles;
        // The profiles that are the same every hour give one constant load, in profile order.
        double constantPowerW = 0, constantLiquidW = 0;
        bool written = false; // the arrays hold a load yet (else: what adding to zeroed arrays gives)
        for (qsizetype p = 0; p < profiles; ++p)
            if ((powerW[p] != 0.0 || liquidW[p] != 0.0) && m_constantUtilisation[p]) {
                constantPowerW += powerW[p] * *m_constantUtilisation[p];
                constantLiquidW += liquidW[p] * *m_constantUtilisation[p];
                written = true;
            }
        if (written) {
            load.itW.setConstant(HoursPerYear, constantPowerW);
            load.liquidW.setConstant(HoursPerYear, constantLiquidW);
        }
        for (qsizetype p = 0; p < profiles; ++p) {
            if ((powerW[p] == 0.0 && liquidW[p] == 0.0) || m_utilisation[p].size() != HoursPerYear)
                continue;
            if (written) {
                load.itW += powerW[p] * m_utilisation[p];
                load.liquidW += liquidW[p] * m_utilisation[p];
            } else {
                load.itW = powerW[p] * m_utilisation[p];
                load.liquidW = liquidW[p] * m_utilisation[p];
                written = true;
            }
        }
        if (!written) {
            load.itW.setZero(HoursPerYear);
            load.liquidW.setZero(HoursPerYear);
        }
    }
    return out;
}

} // namespace fjord::engine
