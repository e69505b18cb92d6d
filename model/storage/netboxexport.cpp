#include "model/storage/netbox.h"

#include "model/storage/netboxcsv.h"
#include "model/tr.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <cmath>

// NetBox CSV export: racks.csv, power-panels.csv, power-feeds.csv with NetBox's import headers.
// Every node that feeds racks becomes NetBox power feeds (one per rack connection: NetBox feeds
// reach one rack) under a panel named after the node's parent. A node feeding one rack keeps its
// name, so an imported NetBox chain exports unchanged. NetBox knows nothing above the panel
// (no UPS or transformer), so those nodes are not exported.

namespace fjord::storage {

namespace {

// The smallest IEC 60898/60947 breaker rating that carries `amps`.
double standardBreakerA(double amps)
{
    static constexpr double Ratings[] = {6,  10,  16,  20,  25,  32,  40,  50,  63,
                                         80, 100, 125, 160, 200, 250, 315, 400, 630};
    for (const double r : Ratings)
        if (r >= amps)
            return r;
    return std::ceil(amps / 100.0) * 100.0;
}

QString writeCsv(const QString &path, const QString &header, const QStringList &lines)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return StorageTr::tr("%1: cannot write: %2").arg(path, f.errorString());
    QByteArray out = header.toUtf8() + '\n';
    for (const QString &l : lines)
        out += l.toUtf8() + '\n';
    f.write(out);
    if (!f.commit())
        return StorageTr::tr("%1: cannot write: %2").arg(path, f.errorString());
    return {};
}

QString row(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return quoted.join(u',');
}

FeedSide effectiveSide(const Scenario &s, const PowerNode &node)
{
    int guard = 0;
    for (const PowerNode *n = &node; n && guard < 1000; n = s.powerNode(n->parentId), ++guard)
        if (n->side != FeedSide::Shared)
            return n->side;
    return FeedSide::Shared;
}

// Feeds of a rack on one side (all of them when the chain has no sides).
int feedsOnSide(const Scenario &s, const Rack &rack, FeedSide side)
{
    int n = 0;
    for (const RackFeed &f : rack.feeds)
        if (const PowerNode *node = s.powerNode(f.nodeId);
            node && (side == FeedSide::Shared || effectiveSide(s, *node) == side))
            ++n;
    return n;
}

} // namespace

QString exportNetbox(const Project &project, const Scenario &scenario, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return StorageTr::tr("%1: cannot create the directory").arg(directory);
    const QDir dir(directory);
    const QString site = project.site.name.isEmpty() ? QStringLiteral("Fjordplan") : project.site.name;
    const QString maxUtil = project.settings.continuousLoad == ContinuousLoadRule::Nec80
                                ? QStringLiteral("80")
                                : QStringLiteral("100");
    QStringList racks;
    QHash<Id, int> connections; // node id -> rack feeds it serves
    for (const Rack &r : scenario.racks) {
        const Hall *hall = scenario.hall(r.hallId);
        const RackType *type = project.rackType(r.rackTypeId);
        racks.append(row({site, hall ? hall->name : QString(), r.name, QStringLiteral("active"),
                          QStringLiteral("19"), QStringLiteral("42"),
                          type ? QStringLiteral("Fjordplan rack type: ") + type->name : QString()}));
        for (const RackFeed &f : r.feeds)
            connections[f.nodeId] += 1;
    }

    QStringList panels, feeds;
    QHash<QString, bool> panelWritten;
    for (const Rack &r : scenario.racks) {
        const Hall *hall = scenario.hall(r.hallId);
        // NetBox wants feed names unique per panel: a rack with several feeds from one node
        // (a GB300 rack takes 4 from each busway) numbers them
        QHash<Id, int> toNode, seen;
        for (const RackFeed &f : r.feeds)
            toNode[f.nodeId] += 1;
        for (const RackFeed &f : r.feeds) {
            const PowerNode *node = scenario.powerNode(f.nodeId);
            if (!node)
                continue;
            const PowerNode *parent = scenario.powerNode(node->parentId);
            const QString panel = parent ? parent->name : node->name + QStringLiteral(" panel");
            if (!panelWritten.value(panel)) {
                panelWritten.insert(panel, true);
                panels.append(row({site, QString(), panel}));
            }
            const bool three = node->phases == 3 && f.phase == Phase::ThreePhase;
            const double volts = three ? node->lineToLineV() : node->lineToNeutralV();
            double amps = node->ratingA;
            if (node->ratingBasis == RatingBasis::ApparentPower) {
                const double va = node->apparentRatingVa();
                amps = three ? va / (std::sqrt(3.0) * volts) : (node->phases == 3 ? va / 3.0 : va) / volts;
            }
            if (connections.value(node->id) > 1) {
                // A shared node (a busway) is not the rack's circuit: the feed gets the tap-off a
                // planner would fit, the standard breaker that carries the rack's design power on
                // the feeds of one side when the other side has failed.
                const RackType *type = project.rackType(r.rackTypeId);
                const int sideFeeds = feedsOnSide(scenario, r, effectiveSide(scenario, *node));
                if (type && type->designPowerW > 0 && sideFeeds > 0)
                    amps = std::min(amps, standardBreakerA(type->designPowerW / sideFeeds /
                                                           (three ? std::sqrt(3.0) * volts : volts)));
            }
            QString name = connections.value(node->id) == 1 ? node->name : node->name + u'/' + r.name;
            if (toNode.value(node->id) > 1)
                name += QStringLiteral(" #%1").arg(++seen[node->id]);
            feeds.append(row(
                {site, panel, hall ? hall->name : QString(), r.name, name, QStringLiteral("active"),
                 effectiveSide(scenario, *node) == FeedSide::B ? QStringLiteral("redundant")
                                                               : QStringLiteral("primary"),
                 QStringLiteral("ac"), three ? QStringLiteral("three-phase") : QStringLiteral("single-phase"),
                 QString::number(std::lround(volts)), QString::number(std::max(1L, std::lround(amps))),
                 maxUtil}));
        }
    }
    QString error = writeCsv(dir.filePath(QStringLiteral("racks.csv")),
                             QStringLiteral("site,location,name,status,width,u_height,description"), racks);
    if (error.isEmpty())
        error = writeCsv(dir.filePath(QStringLiteral("power-panels.csv")),
                         QStringLiteral("site,location,name"), panels);
    if (error.isEmpty())
        error =
            writeCsv(dir.filePath(QStringLiteral("power-feeds.csv")),
                     QStringLiteral("site,power_panel,location,rack,name,status,type,supply,phase,voltage,"
                                    "amperage,max_utilization"),
                     feeds);
    return error;
}

} // namespace fjord::storage
