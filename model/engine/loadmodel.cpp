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

    // Hourly utilisation of the profiles in use, computed once.
    m_utilisation.resize(m_profiles.size());
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
    std::vector<char> written;             // per position: its hourly arrays hold a group's load yet
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
            written.push_back(0);
        }
        const int at = slot[g.system];
        CoolingLoad &load = out.systems[at];
        load.capacityW += g.powerW;
        load.liquidCapacityW += g.liquidW;
        load.peakW += g.peakW;
        load.liquidPeakW += g.liquidPeakW;
        if (hourly && m_utilisation[g.profile].size() == HoursPerYear) {
            if (written[size_t(at)]) {
                load.itW += g.powerW * m_utilisation[g.profile];
                load.liquidW += g.liquidW * m_utilisation[g.profile];
            } else { // the first group's load: what adding it to zeroed arrays gives, without zeroing
                load.itW = g.powerW * m_utilisation[g.profile];
                load.liquidW = g.liquidW * m_utilisation[g.profile];
                written[size_t(at)] = 1;
            }
        }
    }
    for (size_t k = 0; hourly && k < written.size(); ++k)
        if (!written[k]) {
            out.systems[qsizetype(k)].itW.setZero(HoursPerYear);
            out.systems[qsizetype(k)].liquidW.setZero(HoursPerYear);
        }
    return out;
}

} // namespace fjord::engine
