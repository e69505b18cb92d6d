#include "model/storage/netbox.h"
#include "model/plural.h"

#include "model/storage/netboxcsv.h"
#include "model/tr.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

// NetBox CSV import (bulk-import headers of netbox/dcim/forms/bulk_import.py, ANCHORS §5):
// racks -> Rack in a hall per NetBox location (or site), laid out in rows; power panels ->
// Switchboard nodes; power feeds -> Pdu nodes under their panel, each connected to its rack as
// a RackFeed (type primary -> side A, redundant -> side B). Three-phase NetBox voltages are
// line-to-line, single-phase ones line-to-neutral. The whole import works on a copy of the
// project and replaces it only when every file was read without error.

namespace fjord::storage {

namespace {

const QStringList RackColumns = {QStringLiteral("id"),
                                 QStringLiteral("site"),
                                 QStringLiteral("location"),
                                 QStringLiteral("group"),
                                 QStringLiteral("name"),
                                 QStringLiteral("facility_id"),
                                 QStringLiteral("tenant"),
                                 QStringLiteral("status"),
                                 QStringLiteral("role"),
                                 QStringLiteral("rack_type"),
                                 QStringLiteral("form_factor"),
                                 QStringLiteral("serial"),
                                 QStringLiteral("asset_tag"),
                                 QStringLiteral("width"),
                                 QStringLiteral("u_height"),
                                 QStringLiteral("desc_units"),
                                 QStringLiteral("starting_unit"),
                                 QStringLiteral("outer_width"),
                                 QStringLiteral("outer_height"),
                                 QStringLiteral("outer_depth"),
                                 QStringLiteral("outer_unit"),
                                 QStringLiteral("mounting_depth"),
                                 QStringLiteral("airflow"),
                                 QStringLiteral("cooling_capability"),
                                 QStringLiteral("cooling_capacity"),
                                 QStringLiteral("weight"),
                                 QStringLiteral("max_weight"),
                                 QStringLiteral("weight_unit"),
                                 QStringLiteral("description"),
                                 QStringLiteral("owner"),
                                 QStringLiteral("comments"),
                                 QStringLiteral("tags")};
const QStringList PanelColumns = {QStringLiteral("id"),          QStringLiteral("site"),
                                  QStringLiteral("location"),    QStringLiteral("name"),
                                  QStringLiteral("description"), QStringLiteral("owner"),
                                  QStringLiteral("comments"),    QStringLiteral("tags")};
const QStringList FeedColumns = {QStringLiteral("id"),
                                 QStringLiteral("site"),
                                 QStringLiteral("power_panel"),
                                 QStringLiteral("location"),
                                 QStringLiteral("rack"),
                                 QStringLiteral("name"),
                                 QStringLiteral("status"),
                                 QStringLiteral("type"),
                                 QStringLiteral("mark_connected"),
                                 QStringLiteral("supply"),
                                 QStringLiteral("phase"),
                                 QStringLiteral("voltage"),
                                 QStringLiteral("amperage"),
                                 QStringLiteral("max_utilization"),
                                 QStringLiteral("available_power"),
                                 QStringLiteral("tenant"),
                                 QStringLiteral("description"),
                                 QStringLiteral("owner"),
                                 QStringLiteral("comments"),
                                 QStringLiteral("tags")};

const QString RackTypePrefix = QStringLiteral("Fjordplan rack type: "); // written by the export
const QString GenericTypeName = QStringLiteral("NetBox rack");

// Checks the header: every column must be a NetBox import column, the required ones present.
// Known columns the model has no place for go to `unmapped`.
QString checkHeader(const NetboxCsv &csv, const QStringList &known, const QStringList &required,
                    const QStringList &mapped, QStringList &unmapped)
{
    for (const QString &h : csv.header)
        if (!known.contains(h))
            return StorageTr::tr("%1:1: unknown column '%2' (not a NetBox import column)").arg(csv.file, h);
    for (const QString &r : required)
        if (!csv.header.contains(r))
            return StorageTr::tr("%1:1: missing column '%2'").arg(csv.file, r);
    for (const QString &h : csv.header)
        if (!mapped.contains(h))
            unmapped.append(
                StorageTr::tr("%1:1: column '%2' has no place in the model (not imported)").arg(csv.file, h));
    return {};
}

QString key(const QString &site, const QString &name)
{
    return site + u'\x1f' + name;
}

class Importer {
public:
    Importer(Project &work, Scenario &scenario, NetboxImportReport &report)
        : m_project(work), m_scenario(scenario), m_report(report)
    {
        m_stageId = scenario.stages.isEmpty() ? NoId : scenario.stages.first().id;
        for (const Rack &r : scenario.racks)
            m_existingRacks.insert(r.name, r.id);
    }

    QString racks(const NetboxCsv &csv);
    QString panels(const NetboxCsv &csv);
    QString feeds(const NetboxCsv &csv, bool panelsGiven);

private:
    Id rackTypeFor(const QString &netboxType, const QString &description);
    void layOut(const QString &hallName, const QList<int> &rackIndexes);
    Id panelFor(const QString &site, const QString &name, bool create);

    Project &m_project;
    Scenario &m_scenario;
    NetboxImportReport &m_report;
    Id m_stageId = NoId;
    QHash<QString, Id> m_racksBySiteName; // imported now
    QHash<QString, Id> m_existingRacks;   // already in the scenario, by name
    QHash<QString, Id> m_panels;          // by site + name
    int m_genericRacks = 0;
};

Id Importer::rackTypeFor(const QString &netboxType, const QString &description)
{
    QString wanted = netboxType;
    if (wanted.isEmpty() && description.startsWith(RackTypePrefix))
        wanted = description.mid(RackTypePrefix.size()).trimmed();
    for (const RackType &t : m_project.rackTypes)
        if (!wanted.isEmpty() && t.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return t.id;
    ++m_genericRacks;
    for (const RackType &t : m_project.rackTypes)
        if (t.name == GenericTypeName)
            return t.id;
    RackType t;
    t.id = m_project.allocateId();
    t.name = GenericTypeName;
    t.vendor = QStringLiteral("NetBox");
    t.cooling = CoolingMethod::Air;
    t.designPowerW = 0.0; // NetBox records no rack power
    t.powerFactor = 0.95;
    t.threePhase = false;
    t.feedsPerSide = 1;
    t.widthM = 0.6; // a 19-inch rack's footprint
    t.depthM = 1.2;
    t.source = StorageTr::tr("NetBox import: NetBox records no rack power; set the design power");
    m_project.rackTypes.append(t);
    return t.id;
}

QString Importer::racks(const NetboxCsv &csv)
{
    const QString err =
        checkHeader(csv, RackColumns, {QStringLiteral("site"), QStringLiteral("name")},
                    {QStringLiteral("site"), QStringLiteral("location"), QStringLiteral("name"),
                     QStringLiteral("rack_type"), QStringLiteral("description")},
                    m_report.unmapped);
    if (!err.isEmpty())
        return err;
    const int site = csv.column(QStringLiteral("site")), location = csv.column(QStringLiteral("location"));
    const int name = csv.column(QStringLiteral("name")), type = csv.column(QStringLiteral("rack_type"));
    const int description = csv.column(QStringLiteral("description"));
    QMap<QString, QList<int>> byHall; // hall name -> indexes into m_scenario.racks
    QStringList hallOrder;
    for (int row = 0; row < csv.rows.size(); ++row) {
        const QString rackName = csv.value(row, name);
        const QString siteName = csv.value(row, site);
        if (rackName.isEmpty() || siteName.isEmpty())
            return StorageTr::tr("%1: a rack needs a site and a name").arg(csv.where(row));
        if (m_racksBySiteName.contains(key(siteName, rackName)))
            return StorageTr::tr("%1: rack '%2' appears twice in site '%3'")
                .arg(csv.where(row), rackName, siteName);
        if (m_existingRacks.contains(rackName))
            return StorageTr::tr("%1: rack '%2' already exists in scenario '%3'")
                .arg(csv.where(row), rackName, m_scenario.name);
        Rack r;
        r.id = m_project.allocateId();
        r.name = rackName;
        r.stageId = m_stageId;
        r.rackTypeId = rackTypeFor(csv.value(row, type), csv.value(row, description));
        m_racksBySiteName.insert(key(siteName, rackName), r.id);
        const QString hall = csv.value(row, location).isEmpty() ? siteName : csv.value(row, location);
        if (!byHall.contains(hall))
            hallOrder.append(hall);
        byHall[hall].append(int(m_scenario.racks.size()));
        m_scenario.racks.append(r);
        ++m_report.racks;
    }
    for (const QString &hall : hallOrder)
        layOut(hall, byHall.value(hall));
    if (m_genericRacks > 0)
        m_report.notes.append(
            plural(m_genericRacks,
                   StorageTr::tr("%n rack has no matching rack type and uses the generic '%1' type "
                                 "with 0 W: NetBox records no rack power, set its design power"),
                   StorageTr::tr("%n racks have no matching rack type and use the generic '%1' type "
                                 "with 0 W: NetBox records no rack power, set its design power"))
                .arg(GenericTypeName));
    return {};
}

// A new hall east of the existing ones, with its racks in rows of up to 10, front to back,
// aisles of the project's minimum width between rows and a 1.5 m margin all round.
void Importer::layOut(const QString &hallName, const QList<int> &rackIndexes)
{
    constexpr int PerRow = 10;
    constexpr double MarginM = 1.5;
    double pitch = 0.6, depth = 1.2;
    for (int i : rackIndexes)
        if (const RackType *t = m_project.rackType(m_scenario.racks[i].rackTypeId)) {
            pitch = std::max(pitch, t->widthM);
            depth = std::max(depth, t->depthM);
        }
    const double aisle = std::max(1.2, m_project.settings.minAisleWidthM);
    const int perRow = std::min<int>(PerRow, int(rackIndexes.size()));
    const int rows = (int(rackIndexes.size()) + perRow - 1) / perRow;
    Hall hall;
    hall.id = m_project.allocateId();
    hall.name = hallName;
    hall.stageId = m_stageId;
    for (const Hall &h : m_scenario.halls)
        hall.xM = std::max(hall.xM, h.xM + h.widthM + 10.0);
    hall.widthM = 2 * MarginM + perRow * pitch;
    hall.depthM = 2 * MarginM + rows * depth + (rows - 1) * aisle;
    m_scenario.halls.append(hall);
    for (int j = 0; j < rows; ++j) {
        Row row;
        row.id = m_project.allocateId();
        row.hallId = hall.id;
        row.name = QStringLiteral("R%1").arg(j + 1, 2, 10, QLatin1Char('0'));
        row.xM = MarginM;
        row.yM = MarginM + depth / 2 + j * (depth + aisle);
        row.pitchM = pitch;
        m_scenario.rows.append(row);
        for (int k = 0; k < perRow && j * perRow + k < rackIndexes.size(); ++k) {
            Rack &r = m_scenario.racks[rackIndexes[j * perRow + k]];
            r.hallId = hall.id;
            r.rowId = row.id;
            r.xM = MarginM + pitch / 2 + k * pitch;
            r.yM = row.yM;
        }
    }
}

Id Importer::panelFor(const QString &site, const QString &name, bool create)
{
    if (Id id = m_panels.value(key(site, name), NoId))
        return id;
    for (const PowerNode &n : m_scenario.powerNodes)
        if (n.kind == PowerNodeKind::Switchboard && n.name == name)
            return n.id;
    if (!create)
        return NoId;
    PowerNode panel;
    panel.id = m_project.allocateId();
    panel.name = name;
    panel.kind = PowerNodeKind::Switchboard;
    panel.stageId = m_stageId;
    panel.voltageV = 0.0; // set from its first feed
    m_scenario.powerNodes.append(panel);
    m_panels.insert(key(site, name), panel.id);
    ++m_report.powerPanels;
    return panel.id;
}

QString Importer::panels(const NetboxCsv &csv)
{
    const QString err = checkHeader(csv, PanelColumns, {QStringLiteral("site"), QStringLiteral("name")},
                                    {QStringLiteral("site"), QStringLiteral("name")}, m_report.unmapped);
    if (!err.isEmpty())
        return err;
    const int site = csv.column(QStringLiteral("site")), name = csv.column(QStringLiteral("name"));
    for (int row = 0; row < csv.rows.size(); ++row) {
        if (csv.value(row, name).isEmpty())
            return StorageTr::tr("%1: a power panel needs a name").arg(csv.where(row));
        if (m_panels.contains(key(csv.value(row, site), csv.value(row, name))))
            return StorageTr::tr("%1: power panel '%2' appears twice")
                .arg(csv.where(row), csv.value(row, name));
        panelFor(csv.value(row, site), csv.value(row, name), true);
    }
    if (!csv.rows.isEmpty())
        m_report.notes.append(
            StorageTr::tr("NetBox power panels have no capacity: the %1 imported switchboards "
                          "have no rating; set one")
                .arg(csv.rows.size()));
    return {};
}

QString Importer::feeds(const NetboxCsv &csv, bool panelsGiven)
{
    const QStringList mapped = {QStringLiteral("site"),     QStringLiteral("power_panel"),
                                QStringLiteral("rack"),     QStringLiteral("name"),
                                QStringLiteral("type"),     QStringLiteral("supply"),
                                QStringLiteral("phase"),    QStringLiteral("voltage"),
                                QStringLiteral("amperage"), QStringLiteral("max_utilization")};
    const QString err = checkHeader(csv, FeedColumns, {QStringLiteral("power_panel"), QStringLiteral("name")},
                                    mapped, m_report.unmapped);
    if (!err.isEmpty())
        return err;
    auto col = [&](const char *n) { return csv.column(QLatin1String(n)); };
    const int site = col("site"), panel = col("power_panel"), rack = col("rack"), name = col("name");
    const int type = col("type"), supply = col("supply"), phase = col("phase"), voltage = col("voltage");
    const int amperage = col("amperage"), maxUtil = col("max_utilization");
    QMap<int, int> utilisations; // max_utilization % -> feeds
    int withoutRack = 0, singlePhase = 0, implicitPanels = 0;
    QHash<Id, int> nextLeg; // per panel: the leg the next single-phase feed takes
    QSet<QString> names;
    for (int row = 0; row < csv.rows.size(); ++row) {
        const QString where = csv.where(row);
        const QString feedName = csv.value(row, name);
        const QString siteName = csv.value(row, site);
        if (feedName.isEmpty())
            return StorageTr::tr("%1: a power feed needs a name").arg(where);
        if (names.contains(key(csv.value(row, panel), feedName)))
            return StorageTr::tr("%1: power feed '%2' appears twice on panel '%3'")
                .arg(where, feedName, csv.value(row, panel));
        names.insert(key(csv.value(row, panel), feedName));
        const bool knownPanel = panelFor(siteName, csv.value(row, panel), false) != NoId;
        if (!knownPanel && panelsGiven)
            return StorageTr::tr("%1: feed '%2' names unknown power panel '%3'")
                .arg(where, feedName, csv.value(row, panel));
        implicitPanels += !knownPanel;
        const Id panelId = panelFor(siteName, csv.value(row, panel), true);

        const QString typeValue = csv.value(row, type).toLower();
        if (!typeValue.isEmpty() && typeValue != u"primary" && typeValue != u"redundant")
            return StorageTr::tr("%1: type '%2' is neither 'primary' nor 'redundant'")
                .arg(where, csv.value(row, type));
        const QString supplyValue = csv.value(row, supply).toLower();
        if (supplyValue == u"dc")
            return StorageTr::tr("%1: feed '%2' is a DC feed; only AC feeds can be imported")
                .arg(where, feedName);
        if (!supplyValue.isEmpty() && supplyValue != u"ac")
            return StorageTr::tr("%1: supply '%2' is neither 'ac' nor 'dc'")
                .arg(where, csv.value(row, supply));
        const QString phaseValue = csv.value(row, phase).toLower();
        if (!phaseValue.isEmpty() && phaseValue != u"single-phase" && phaseValue != u"three-phase")
            return StorageTr::tr("%1: phase '%2' is neither 'single-phase' nor 'three-phase'")
                .arg(where, csv.value(row, phase));
        const bool three = phaseValue == u"three-phase";
        // Empty values take NetBox's defaults: 120 V, 15 A, 80 %.
        auto number = [&](int column, double fallback, const QString &what, double low, double high,
                          double &out) -> QString {
            const QString text = csv.value(row, column);
            bool ok = true;
            out = text.isEmpty() ? fallback : text.toDouble(&ok);
            if (!ok || !std::isfinite(out))
                return StorageTr::tr("%1: %2 '%3' is not a number").arg(where, what, text);
            if (out < low || out > high)
                return StorageTr::tr("%1: %2 %3 is outside %4…%5").arg(where, what, text).arg(low).arg(high);
            return {};
        };
        double volts = 0, amps = 0, util = 0;
        QString e = number(voltage, 120, QStringLiteral("voltage"), 1, 1e6, volts);
        if (e.isEmpty())
            e = number(amperage, 15, QStringLiteral("amperage"), 1, 1e6, amps);
        if (e.isEmpty())
            e = number(maxUtil, 80, QStringLiteral("max_utilization"), 1, 100, util);
        if (!e.isEmpty())
            return e;
        utilisations[int(std::lround(util))] += 1;

        PowerNode node;
        node.id = m_project.allocateId();
        node.parentId = panelId;
        node.name = feedName;
        node.kind = PowerNodeKind::Pdu;
        node.side = typeValue == u"redundant" ? FeedSide::B : FeedSide::A;
        node.stageId = m_stageId;
        node.phases = three ? 3 : 1;
        node.voltageV = volts;
        node.voltageReference = three ? VoltageReference::LineToLine : VoltageReference::LineToNeutral;
        node.ratingBasis = RatingBasis::Current;
        node.ratingA = amps;
        node.losses = LossModel{0.0, 0.01, 0.0}; // distribution: 1 % of the power carried (METHOD §2)
        if (PowerNode *p = m_scenario.powerNode(panelId); p && p->voltageV <= 0.0) {
            p->voltageV = volts;
            p->voltageReference = node.voltageReference;
        }
        m_scenario.powerNodes.append(node);
        ++m_report.powerFeeds;
        singlePhase += !three;

        const QString rackName = csv.value(row, rack);
        if (rackName.isEmpty()) {
            ++withoutRack;
            continue;
        }
        Id rackId = m_racksBySiteName.value(key(siteName, rackName), NoId);
        if (rackId == NoId && siteName.isEmpty())
            for (auto it = m_racksBySiteName.cbegin(); it != m_racksBySiteName.cend() && rackId == NoId; ++it)
                if (it.key().endsWith(u'\x1f' + rackName))
                    rackId = it.value();
        if (rackId == NoId)
            rackId = m_existingRacks.value(rackName, NoId);
        if (rackId == NoId)
            return StorageTr::tr("%1: feed '%2' names unknown rack '%3'").arg(where, feedName, rackName);
        // NetBox keeps the leg on the outlets, not the feed: single-phase feeds take L1, L2, L3 in
        // turn per panel, as an electrician spreads them (noted in the report)
        const Phase leg =
            three ? Phase::ThreePhase : std::array{Phase::L1, Phase::L2, Phase::L3}[nextLeg[panelId]++ % 3];
        m_scenario.rack(rackId)->feeds.append(RackFeed{node.id, leg});
    }
    if (m_report.powerFeeds > 0)
        m_report.notes.append(StorageTr::tr("NetBox voltages: three-phase feeds are read as line-to-line, "
                                            "single-phase feeds as line-to-neutral"));
    for (auto it = utilisations.cbegin(); it != utilisations.cend(); ++it)
        m_report.notes.append(
            StorageTr::tr("max_utilization %1 % on %2 feeds: NetBox's per-feed draw limit is not "
                          "stored; Fjordplan checks every node against the project's "
                          "continuous-load rule (IEC 100 % or NEC 80 %)")
                .arg(it.key())
                .arg(it.value()));
    if (singlePhase > 0)
        m_report.notes.append(
            StorageTr::tr("%1 single-phase feeds were spread over L1, L2, L3 in turn per panel: NetBox "
                          "records the leg on outlets, not feeds; check them against the wiring or use "
                          "Auto-balance")
                .arg(singlePhase));
    if (withoutRack > 0)
        m_report.notes.append(StorageTr::tr("%1 feeds name no rack and feed nothing").arg(withoutRack));
    if (implicitPanels > 0)
        m_report.notes.append(
            StorageTr::tr("%1 feeds name a power panel that was not imported; switchboards were "
                          "created for them")
                .arg(implicitPanels));
    return {};
}

} // namespace

NetboxImportReport importNetbox(Project &project, Id scenarioId, const QString &racksCsv,
                                const QString &powerFeedsCsv, const QString &powerPanelsCsv)
{
    NetboxImportReport report;
    Project work = project;
    // Project::scenario() (non-const) does not detach the implicitly shared list, so detach here
    // or the edits below would reach `project` through the shared copy.
    work.scenarios.detach();
    Scenario *scenario = work.scenario(scenarioId);
    if (!scenario) {
        report.error = StorageTr::tr("NetBox import: no scenario with id %1").arg(scenarioId);
        return report;
    }
    Importer importer(work, *scenario, report);
    // Read every file first so that a broken one stops the import before anything is built.
    NetboxCsv racks, panels, feeds;
    const std::pair<const QString *, NetboxCsv *> files[] = {
        {&racksCsv, &racks}, {&powerPanelsCsv, &panels}, {&powerFeedsCsv, &feeds}};
    for (auto [path, csv] : files) {
        if (path->isEmpty())
            continue;
        *csv = readNetboxCsv(*path);
        if (!csv->error.isEmpty()) {
            report = NetboxImportReport{csv->error};
            return report;
        }
    }
    QString error;
    if (!racksCsv.isEmpty())
        error = importer.racks(racks);
    if (error.isEmpty() && !powerPanelsCsv.isEmpty())
        error = importer.panels(panels);
    if (error.isEmpty() && !powerFeedsCsv.isEmpty())
        error = importer.feeds(feeds, !powerPanelsCsv.isEmpty());
    if (!error.isEmpty()) {
        report = NetboxImportReport{error};
        return report;
    }
    project = std::move(work);
    return report;
}

double netboxAvailablePowerVa(double voltageV, double amperageA, double maxUtilisationPct, bool threePhase)
{
    const double kva = std::abs(voltageV) * amperageA * maxUtilisationPct / 100.0;
    return std::round(threePhase ? kva * 1.732 : kva); // NetBox's own factor and rounding
}

} // namespace fjord::storage
