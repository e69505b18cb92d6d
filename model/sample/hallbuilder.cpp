#include "model/sample/hallbuilder.h"

#include <array>

namespace fjord {

namespace {

constexpr int RowsPerHall = 10;
constexpr int ComputeRows = 8;           // rows 0..7 compute, 8..9 network and storage
constexpr double EndClearanceM = 4.0;    // CDUs and service space at the row ends
constexpr double ServiceCorridorM = 3.0; // along the hall's long walls
constexpr double ColdAisleM = 1.8;
constexpr double HotAisleM = 1.2;
constexpr double RackDepthM = 1.2;

// Which two UPS blocks feed a row (A side, B side): every block appears five times, so the load
// of a failed block spreads over the three others.
constexpr std::array<std::pair<int, int>, RowsPerHall> RowBlocks{
    {{0, 1}, {2, 3}, {0, 2}, {1, 3}, {0, 3}, {1, 2}, {0, 1}, {2, 3}, {0, 2}, {1, 3}}};

QString twoDigits(int n)
{
    return QString::number(n).rightJustified(2, QLatin1Char('0'));
}

// Centre line (hall-local y) of row r: rows come in pairs around a hot aisle, cold aisles between.
double rowCentreY(int r)
{
    const int pair = r / 2;
    const double pairStart = ServiceCorridorM + ColdAisleM + pair * (2 * RackDepthM + HotAisleM + ColdAisleM);
    return pairStart + RackDepthM / 2 + (r % 2) * (RackDepthM + HotAisleM);
}

PowerNode node(Project &p, const QString &name, PowerNodeKind kind, Id parent, Id stage)
{
    PowerNode n;
    n.id = p.allocateId();
    n.name = name;
    n.kind = kind;
    n.parentId = parent;
    n.stageId = stage;
    n.voltageV = 400;
    n.voltageReference = VoltageReference::LineToLine;
    n.powerFactor = 0.97;
    return n;
}

} // namespace

void buildHall(Project &p, Scenario &s, const HallRecipe &r)
{
    Hall hall;
    hall.id = p.allocateId();
    hall.name = r.name;
    hall.xM = r.xM;
    hall.yM = r.yM;
    hall.widthM = SampleHallWidthM;
    hall.depthM = SampleHallDepthM;
    hall.stageId = r.stageId;
    hall.coolingSystemId = r.coolingSystemId;
    hall.floorLoadLimitKgPerM2 = r.floorLoadLimitKgPerM2;
    s.halls.append(hall);

    // Power chain: 4 blocks of transformer -> UPS -> switchboard (10 MVA in the baseline; distributed
    // 4N/3: one block may fail and the other three carry the hall).
    RedundancyGroup group;
    group.id = p.allocateId();
    group.name = r.name + QStringLiteral(" UPS 4N/3");
    group.scheme = RedundancyScheme::Distributed;
    group.blocks = 4;
    group.neededBlocks = 3;
    s.redundancyGroups.append(group);
    std::array<Id, 4> switchboards{};
    for (int b = 0; b < 4; ++b) {
        const QString tag = r.name + QLatin1Char('-') + QString::number(b + 1);
        PowerNode tr =
            node(p, QStringLiteral("TR-") + tag, PowerNodeKind::Transformer, r.gridConnectionId, r.stageId);
        tr.ratingVa = r.blockRatingVa;
        tr.losses = {0.001, 0.0, 0.008};
        PowerNode ups = node(p, QStringLiteral("UPS-") + tag, PowerNodeKind::Ups, tr.id, r.stageId);
        ups.ratingVa = r.blockRatingVa;
        ups.redundancyGroupId = group.id;
        ups.losses = {0.010, 0.015, 0.010};
        PowerNode swb = node(p, QStringLiteral("SWB-") + tag, PowerNodeKind::Switchboard, ups.id, r.stageId);
        swb.ratingBasis = RatingBasis::Current;
        swb.ratingA = r.switchboardRatingA;
        switchboards[b] = swb.id;
        s.powerNodes.append(tr);
        s.powerNodes.append(ups);
        s.powerNodes.append(swb);
    }

    int computeLeft = r.computeRacks, networkLeft = r.networkRacks, storageLeft = r.storageRacks;
    for (int ri = 0; ri < RowsPerHall; ++ri) {
        Row row;
        row.id = p.allocateId();
        row.hallId = hall.id;
        row.name = QStringLiteral("R") + twoDigits(ri + 1);
        row.xM = EndClearanceM;
        row.yM = rowCentreY(ri);
        row.hotAisle = ri % 2 == 0 ? AisleSide::Back : AisleSide::Front;
        s.rows.append(row);

        // 400 V busways, one per side, each able to carry the whole row.
        std::array<Id, 2> busways{};
        for (int side = 0; side < 2; ++side) {
            const int block = side == 0 ? RowBlocks[ri].first : RowBlocks[ri].second;
            PowerNode bw =
                node(p,
                     QStringLiteral("BW-%1-%2-%3")
                         .arg(r.name, row.name, side == 0 ? QStringLiteral("A") : QStringLiteral("B")),
                     PowerNodeKind::Busway, switchboards[block], r.stageId);
            bw.side = side == 0 ? FeedSide::A : FeedSide::B;
            bw.ratingBasis = RatingBasis::Current;
            bw.ratingA = r.buswayRatingA;
            bw.losses = {0.0, 0.01, 0.0};
            busways[side] = bw.id;
            s.powerNodes.append(bw);
        }

        // The racks of this row, left to right; rows of a pair face away from their hot aisle.
        double x = EndClearanceM;
        int position = 0;
        auto place = [&](const RackType *type, int &left, int max) {
            for (int i = 0; i < max && left > 0; ++i, --left) {
                Rack rack;
                rack.id = p.allocateId();
                rack.name = QStringLiteral("%1-%2-%3").arg(r.name, row.name, twoDigits(++position));
                rack.hallId = hall.id;
                rack.rowId = row.id;
                rack.rackTypeId = type->id;
                rack.stageId = r.stageId;
                rack.xM = x + type->widthM / 2;
                rack.yM = row.yM;
                rack.rotationDeg = ri % 2 == 0 ? 180 : 0;
                for (int side = 0; side < 2; ++side)
                    for (int f = 0; f < type->feedsPerSide; ++f)
                        rack.feeds.append(
                            {busways[side], type->threePhase ? Phase::ThreePhase : Phase(f % 3)});
                s.racks.append(rack);
                x += type->widthM;
            }
        };
        if (ri < ComputeRows) {
            place(r.compute, computeLeft, r.computeRacksPerRow);
        } else {
            const int networkHere = ri == ComputeRows ? (r.networkRacks + 1) / 2 : networkLeft;
            place(r.network, networkLeft, networkHere);
            place(r.storage, storageLeft, storageLeft);
        }
    }
}

} // namespace fjord
