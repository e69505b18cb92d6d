#include "model/power/poweranalysis.h"

#include "model/power/chainindex.h"
#include "model/power/failover.h"
#include "model/power/phasemath.h"
#include "model/power/rackdigest.h"
#include "model/power/utilisationthreshold.h"
#include "model/tr.h"

#include <QLocale>

#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

// Method (METHOD §7), at the racks' design power:
// - a rack's W and VA (= W / PF of its rack type) are shared evenly by its feeds to built nodes;
// - a three-phase feed puts VA/3 on each phase, a single-phase feed all of it on its phase;
// - a node carries the sum of everything downstream. Node losses are NOT added to upstream
//   loads: the figures are the IT load each node must carry (losses are in the hourly energy
//   balance, METHOD §2), which keeps every figure checkable by hand;
// - phase currents are the per-phase VA over the node's own line-to-neutral voltage, which is
//   I = P/(√3·V_LL·PF) for a balanced three-phase load and I = P/(V_LN·PF) for one phase;
// - failover: the worst single failure, found by failing every node in turn (failover.h): racks
//   move their load to their surviving feeds (A/B, or feeds from two blocks of a distributed
//   design); a failed group member's stranded load moves evenly to the other members.

namespace fjord {

namespace {

constexpr double Tolerance = 1e-9; // relative slack so that exactly 100 % is not an overload

struct NodeSums {
    double w = 0;
    double va = 0;
    double peakVa = 0; // every rack at its peak power (METHOD v2 §4)
    std::array<double, 3> phaseVa{0, 0, 0};
};

int sideSlot(FeedSide side)
{
    return side == FeedSide::A ? 0 : side == FeedSide::B ? 1 : -1;
}

// What each feed of a rack of `type` with `feeds` built feeds carries, and the rack's whole VA.
struct FeedShare {
    double w = 0, va = 0, peakVa = 0, rackVa = 0;

    FeedShare(const RackType *t, int n)
    {
        w = t ? t->designPowerW / n : 0.0;
        va = feedApparentPowerVa(t, n);
        peakVa = t && t->designPowerW > 0 ? va * t->peakW() / t->designPowerW : va;
        rackVa = feedApparentPowerVa(t, 1);
    }
};

QString pct(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + u" %";
}

// The node's kind in a message: its code in English ("ups"), a word in a translation.
QString kindLabel(PowerNodeKind kind)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("fjord::Power", "grid"),   QT_TRANSLATE_NOOP("fjord::Power", "transformer"),
        QT_TRANSLATE_NOOP("fjord::Power", "ups"),    QT_TRANSLATE_NOOP("fjord::Power", "switchboard"),
        QT_TRANSLATE_NOOP("fjord::Power", "busway"), QT_TRANSLATE_NOOP("fjord::Power", "pdu")};
    const int i = int(kind);
    return i >= 0 && i < int(std::size(labels)) ? PowerTr::tr(labels[i]) : kindName(kind);
}

QString ruleName(ContinuousLoadRule rule)
{
    return rule == ContinuousLoadRule::Nec80 ? QStringLiteral("NEC 80 %") : QStringLiteral("IEC 100 %");
}

Problem problem(Severity severity, const QString &code, const QString &message, Id id, const QString &name)
{
    return Problem{severity, code, message, id, name};
}

} // namespace

QList<PowerNodeLoading> analysePower(const Project &project, const Scenario &scenario, int stageIndex,
                                     QList<Problem> &problems)
{
    return analysePower(project, scenario, stageIndex, *sharedRackDigest(project, scenario), problems);
}

QList<PowerNodeLoading> analysePower(const Project &project, const Scenario &scenario, int stageIndex,
                                     const RackDigest &racks, QList<Problem> &problems)
{
    const ChainIndex chain(project, scenario, stageIndex);
    const int n = chain.size();
    std::vector<NodeSums> sums(n);

    // Nearest upstream member (or self) of a 2N or distributed group: racks should have feeds
    // under two different such members (or on both sides) to survive the loss of one.
    QHash<Id, const RedundancyGroup *> groups;
    for (const RedundancyGroup &g : scenario.redundancyGroups)
        groups.insert(g.id, &g);
    std::vector<int> redundantBlock(n, -1);
    for (auto it = chain.leavesFirst().crbegin(); it != chain.leavesFirst().crend(); ++it) {
        const int i = *it;
        const RedundancyGroup *g = groups.value(chain.node(i).redundancyGroupId, nullptr);
        const bool member =
            g && (g->scheme == RedundancyScheme::TwoN || g->scheme == RedundancyScheme::Distributed);
        redundantBlock[i] = member ? i : chain.parentOf(i) >= 0 ? redundantBlock[chain.parentOf(i)] : -1;
    }

    const QString stageName =
        stageIndex >= 0 && stageIndex < scenario.stages.size() ? scenario.stages[stageIndex].name : QString();
    std::vector<int> feedNodes, builtFeeds;
    FeedPatternSums patterns; // for the failover, collected in this pass over the racks
    // A rack's problem, kept with its position so that they are listed in rack order.
    std::vector<std::pair<int, Problem>> rackProblems;
    const auto forEachMember = [&racks, &scenario](const RackDigest::Group &g, auto &&f) {
        for (int m = g.firstMember; m < g.firstMember + g.rackCount; ++m) {
            const int r = racks.members[size_t(m)];
            f(r, scenario.racks[r]);
        }
    };
    for (const RackDigest::Group &group : racks.groups) {
        if (!RackDigest::builtBy(group, stageIndex))
            continue;
        const RackFeed *feeds = racks.feeds.data() + group.firstFeed;
        feedNodes.clear();
        builtFeeds.clear();
        for (int k = 0; k < group.feedCount; ++k) {
            const int i = chain.indexOf(feeds[k].nodeId);
            feedNodes.push_back(i);
            if (i >= 0)
                builtFeeds.push_back(i);
        }
        const int valid = int(builtFeeds.size());
        if (valid == 0) {
            forEachMember(group, [&](int r, const Rack &rack) {
                rackProblems.emplace_back(
                    r,
                    problem(Severity::Warning, QStringLiteral("power.unfed"),
                            rack.feeds.isEmpty()
                                ? PowerTr::tr("Rack %1 has no power feed").arg(rack.name)
                                : PowerTr::tr("Rack %1 is fed only from power nodes that do not exist in %2")
                                      .arg(rack.name,
                                           stageName.isEmpty() ? PowerTr::tr("this stage") : stageName),
                            rack.id, rack.name));
            });
            continue;
        }
        // The group's racks together: each feed carries its share of every rack.
        const FeedShare perFeed(group.type, valid);
        const double racksHere = group.rackCount;
        const double w = perFeed.w * racksHere, va = perFeed.va * racksHere,
                     peakVa = perFeed.peakVa * racksHere;
        patterns.add(builtFeeds, perFeed.rackVa * racksHere);
        bool sideA = false, sideB = false;
        int block = -1;         // first redundant block upstream of a feed
        bool twoBlocks = false; // feeds under two different blocks
        for (int k = 0; k < group.feedCount; ++k) {
            const int i = feedNodes[k];
            if (i < 0)
                continue;
            const int slot = sideSlot(chain.sideOf(i));
            sideA |= slot == 0;
            sideB |= slot == 1;
            const int b = redundantBlock[i];
            if (b >= 0 && block >= 0 && b != block)
                twoBlocks = true;
            else if (b >= 0)
                block = b;
            NodeSums &s = sums[i];
            s.w += w;
            s.va += va;
            s.peakVa += peakVa;
            const Phase phase = feeds[k].phase;
            if (phase == Phase::ThreePhase)
                for (double &p : s.phaseVa)
                    p += va / 3.0;
            else
                s.phaseVa[int(phase)] += va;
        }
        if (block >= 0 && !(sideA && sideB) && !twoBlocks)
            forEachMember(group, [&](int r, const Rack &rack) {
                rackProblems.emplace_back(
                    r,
                    problem(Severity::Warning, QStringLiteral("power.single_corded"),
                            PowerTr::tr("Rack %1 is fed from one side only, but its supply %2 is redundant "
                                        "(2N or distributed): losing that side drops the rack")
                                .arg(rack.name, chain.node(block).name),
                            rack.id, rack.name));
            });
    }
    std::sort(rackProblems.begin(), rackProblems.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[rack, p] : rackProblems)
        problems.append(std::move(p));

    // Sum downstream loads into every upstream node, leaves first.
    for (int i : chain.leavesFirst()) {
        const int p = chain.parentOf(i);
        if (p < 0)
            continue;
        NodeSums &up = sums[p];
        const NodeSums &s = sums[i];
        up.w += s.w;
        up.va += s.va;
        up.peakVa += s.peakVa;
        for (int k = 0; k < 3; ++k)
            up.phaseVa[k] += s.phaseVa[k];
    }

    // Worst single failure, by failing every node in turn (failover.h).
    std::vector<double> normalVa(n);
    for (int i = 0; i < n; ++i)
        normalVa[i] = sums[i].va;
    const std::vector<double> failoverVa =
        worstSingleFailureVa(chain, scenario, patterns.patterns(), normalVa);

    const ContinuousLoadRule rule = project.settings.continuousLoad;
    const double limit = rule == ContinuousLoadRule::Nec80 ? 0.8 : 1.0;
    QList<PowerNodeLoading> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const PowerNode &node = chain.node(i);
        const NodeSums &s = sums[i];
        PowerNodeLoading &l = out.emplace_back(); // in place: no copy of the strings
        l.nodeId = node.id;
        l.name = node.name;
        l.kind = node.kind;
        l.side = node.side;
        const double ratingVa = node.apparentRatingVa();
        l.ratingKva = ratingVa / 1e3;
        l.loadKw = s.w / 1e3;
        l.loadKva = s.va / 1e3;
        l.loadAtPeakKva = s.peakVa / 1e3;
        const double vln = node.lineToNeutralV();
        for (int k = 0; k < 3; ++k)
            l.phaseCurrentA[k] = vln > 0 ? s.phaseVa[k] / vln : 0.0;
        l.neutralCurrentA = neutralCurrent(l.phaseCurrentA);
        l.imbalancePct = node.phases == 3 ? imbalancePercent(l.phaseCurrentA) : 0.0;
        if (ratingVa > 0) {
            l.utilisation = s.va / ratingVa;
            l.failoverUtilisation = std::max(l.utilisation, failoverVa[i] / ratingVa);
            l.utilisationAtPeak = s.peakVa / ratingVa;
        }

        // Built only for a problem: most nodes have none, and a string per node is a visible cost.
        // "-> QString": with QT_USE_QSTRINGBUILDER the sum is an expression over temporaries.
        const auto what = [&node]() -> QString { return kindLabel(node.kind) + u' ' + node.name; };
        if (l.utilisation > limit + Tolerance)
            problems.append(
                problem(Severity::Error, QStringLiteral("power.overload"),
                        PowerTr::tr("%1 is loaded to %2 of its %3 kVA rating (limit %4, %5)")
                            .arg(what(), pct(l.utilisation), QLocale().toString(l.ratingKva, 'f', 1),
                                 pct(limit), ruleName(rule)),
                        node.id, node.name));
        else if (l.utilisationAtPeak > limit + Tolerance)
            problems.append(
                problem(Severity::Warning, QStringLiteral("power.peak_overload"),
                        PowerTr::tr("%1 carries %2 of its %3 kVA rating at design power but %4 with "
                                    "every rack at its peak power (limit %5, %6)")
                            .arg(what(), pct(l.utilisation), QLocale().toString(l.ratingKva, 'f', 1),
                                 pct(l.utilisationAtPeak), pct(limit), ruleName(rule)),
                        node.id, node.name));
        else if (l.utilisation > UtilisationWarnRatio + Tolerance)
            problems.append(
                problem(Severity::Warning, QStringLiteral("power.utilisation_high"),
                        PowerTr::tr("%1 is loaded to %2 of its %3 kVA rating, above the %4 warning threshold")
                            .arg(what(), pct(l.utilisation), QLocale().toString(l.ratingKva, 'f', 1),
                                 pct(UtilisationWarnRatio)),
                        node.id, node.name));
        if (l.utilisation <= limit + Tolerance && l.failoverUtilisation > limit + Tolerance)
            problems.append(problem(
                Severity::Error, QStringLiteral("power.failover_overload"),
                PowerTr::tr(
                    "%1 would be loaded to %2 of its %3 kVA rating after a single failure (limit %4, %5)")
                    .arg(what(), pct(l.failoverUtilisation), QLocale().toString(l.ratingKva, 'f', 1),
                         pct(limit), ruleName(rule)),
                node.id, node.name));
        const double warn = project.settings.imbalanceWarnPct;
        const double error = project.settings.imbalanceErrorPct;
        if (node.phases == 3 && l.imbalancePct > warn + Tolerance)
            problems.append(problem(
                l.imbalancePct > error + Tolerance ? Severity::Error : Severity::Warning,
                QStringLiteral("power.imbalance"),
                PowerTr::tr("%1 has a phase imbalance of %2 % (L1 %3 A, L2 %4 A, L3 %5 A; warn above %6 %, "
                            "error above %7 %)")
                    .arg(what(), QLocale().toString(l.imbalancePct, 'f', 1),
                         QLocale().toString(l.phaseCurrentA[0], 'f', 1),
                         QLocale().toString(l.phaseCurrentA[1], 'f', 1),
                         QLocale().toString(l.phaseCurrentA[2], 'f', 1), QLocale().toString(warn, 'g', 3),
                         QLocale().toString(error, 'g', 3)),
                node.id, node.name));
    }
    return out;
}

} // namespace fjord
