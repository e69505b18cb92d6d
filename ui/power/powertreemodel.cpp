#include "ui/power/powertreemodel.h"
#include "model/plural.h"

#include "model/document/commands/powercommands.h"
#include "model/document/projectdocument.h"
#include "model/power/utilisationthreshold.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace fjord::ui {

namespace {

const QString MimeType = QStringLiteral("application/x-fjordplan-power-node");

QString kindLabel(PowerNodeKind kind)
{
    switch (kind) {
    case PowerNodeKind::GridConnection:
        return PowerTreeModel::tr("Grid connection");
    case PowerNodeKind::Transformer:
        return PowerTreeModel::tr("Transformer");
    case PowerNodeKind::Ups:
        return PowerTreeModel::tr("UPS");
    case PowerNodeKind::Switchboard:
        return PowerTreeModel::tr("Switchboard");
    case PowerNodeKind::Busway:
        return PowerTreeModel::tr("Busway");
    case PowerNodeKind::Pdu:
        return PowerTreeModel::tr("PDU");
    }
    return {};
}

QString sideLabel(FeedSide side)
{
    switch (side) {
    case FeedSide::Shared:
        return PowerTreeModel::tr("Shared");
    case FeedSide::A:
        return QStringLiteral("A");
    case FeedSide::B:
        return QStringLiteral("B");
    }
    return {};
}

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + u" %";
}

} // namespace

PowerTreeModel::PowerTreeModel(ProjectDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    rebuild();
}

QColor PowerTreeModel::barColour(double ratio)
{
    if (ratio <= UtilisationWarnRatio)
        return QColor(0x2e, 0x9e, 0x44); // green
    if (ratio < 1.0)
        return QColor(0xf0, 0xa2, 0x02); // amber
    return QColor(0xd6, 0x27, 0x28);     // red
}

void PowerTreeModel::rebuild()
{
    beginResetModel();
    m_nodes = m_document->scenario().powerNodes;
    const int n = int(m_nodes.size());
    m_index.clear();
    for (int i = 0; i < n; ++i)
        m_index.insert(m_nodes[i].id, i);
    m_parent.fill(-1, n);
    m_children = QList<QList<int>>(n);
    m_roots.clear();
    m_row.fill(0, n);
    for (int i = 0; i < n; ++i)
        m_parent[i] = m_index.value(m_nodes[i].parentId, -1);
    // A node on a parent loop (validation reports it) is shown at the top so that it stays editable.
    for (int i = 0; i < n; ++i) {
        int up = m_parent[i], steps = 0;
        while (up >= 0 && up != i && steps++ < n)
            up = m_parent[up];
        if (up == i)
            m_parent[i] = -1;
    }
    for (int i = 0; i < n; ++i) {
        QList<int> &siblings = m_parent[i] < 0 ? m_roots : m_children[m_parent[i]];
        m_row[i] = int(siblings.size());
        siblings.append(i);
    }
    m_loadings.clear();
    const Results &r = m_document->results();
    const int stage = m_document->currentStageIndex();
    if (stage >= 0 && stage < r.stages.size())
        for (const PowerNodeLoading &l : r.stages[stage].power)
            m_loadings.insert(l.nodeId, l);
    endResetModel();
}

void PowerTreeModel::refreshResults()
{
    m_loadings.clear();
    const Results &r = m_document->results();
    const int stage = m_document->currentStageIndex();
    if (stage >= 0 && stage < r.stages.size())
        for (const PowerNodeLoading &l : r.stages[stage].power)
            m_loadings.insert(l.nodeId, l);
    if (!m_nodes.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); // top level
    for (int i = 0; i < m_nodes.size(); ++i)
        if (!m_children[i].isEmpty()) {
            const QModelIndex p = createIndex(m_row[i], 0, quintptr(i));
            emit dataChanged(index(0, 0, p), index(int(m_children[i].size()) - 1, ColumnCount - 1, p));
        }
}

QModelIndex PowerTreeModel::indexOf(Id nodeId, int column) const
{
    const int i = m_index.value(nodeId, -1);
    return i < 0 ? QModelIndex() : createIndex(m_row[i], column, quintptr(i));
}

Id PowerTreeModel::nodeId(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes[int(index.internalId())].id : NoId;
}

const PowerNodeLoading *PowerTreeModel::loading(Id nodeId) const
{
    auto it = m_loadings.constFind(nodeId);
    return it == m_loadings.cend() ? nullptr : &*it;
}

QModelIndex PowerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<int> &list = parent.isValid() ? m_children[int(parent.internalId())] : m_roots;
    if (row < 0 || row >= list.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(list[row]));
}

QModelIndex PowerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_parent[int(child.internalId())];
    return p < 0 ? QModelIndex() : createIndex(m_row[p], 0, quintptr(p));
}

int PowerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    return parent.column() == 0 ? int(m_children[int(parent.internalId())].size()) : 0;
}

int PowerTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PowerTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PowerNode &node = m_nodes[int(index.internalId())];
    const PowerNodeLoading *l = loading(node.id);
    const int column = index.column();
    if (role == NodeIdRole)
        return node.id;
    if (role == RatioRole || role == BarColourRole) {
        if (!l || (column != Utilisation && column != Failover && column != AtPeak))
            return {};
        const double ratio = column == Utilisation ? l->utilisation
                             : column == Failover  ? l->failoverUtilisation
                                                   : l->utilisationAtPeak;
        return role == RatioRole ? QVariant(ratio) : QVariant(barColour(ratio));
    }
    if (role == Qt::TextAlignmentRole && column >= RatingKva)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Name)
        return toolTip(node, l);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return node.name;
    case Kind:
        return kindLabel(node.kind);
    case Side:
        return sideLabel(node.side);
    case RatingKva:
        return QLocale().toString(node.apparentRatingVa() / 1e3, 'f', 1);
    default:
        break;
    }
    if (!l)
        return column == LoadKw ? tr("not built") : QVariant();
    switch (column) {
    case LoadKw:
        return QLocale().toString(l->loadKw, 'f', 1);
    case Utilisation:
        return percent(l->utilisation);
    case Failover:
        return percent(l->failoverUtilisation);
    case AtPeak:
        return percent(l->utilisationAtPeak);
    case Imbalance:
        return node.phases == 3 ? QLocale().toString(l->imbalancePct, 'f', 1) + u" %" : QString();
    case Neutral:
        return QLocale().toString(l->neutralCurrentA, 'f', 1);
    default:
        return {};
    }
}

QString PowerTreeModel::toolTip(const PowerNode &node, const PowerNodeLoading *l) const
{
    int racks = 0; // fed directly from this node
    for (const Rack &r : m_document->scenario().racks)
        racks += std::any_of(r.feeds.cbegin(), r.feeds.cend(),
                             [&](const RackFeed &f) { return f.nodeId == node.id; });
    QString rows =
        tr("<tr><td>Kind</td><td>%1, side %2</td></tr>").arg(kindLabel(node.kind), sideLabel(node.side));
    rows += tr("<tr><td>Rating</td><td>%1 kVA</td></tr>")
                .arg(QLocale().toString(node.apparentRatingVa() / 1e3, 'f', 1));
    if (l) {
        rows += tr("<tr><td>Load</td><td>%1 kW · %2 kVA</td></tr>")
                    .arg(QLocale().toString(l->loadKw, 'f', 1))
                    .arg(QLocale().toString(l->loadKva, 'f', 1));
        rows += tr("<tr><td>Utilisation</td><td>%1 (after a failure %2)</td></tr>")
                    .arg(percent(l->utilisation), percent(l->failoverUtilisation));
    } else {
        rows += tr("<tr><td>Load</td><td>not built in this stage</td></tr>");
    }
    if (racks > 0)
        rows += plural(racks, tr("<tr><td>Feeds</td><td>%n rack</td></tr>"),
                       tr("<tr><td>Feeds</td><td>%n racks</td></tr>"));
    return QStringLiteral("<b>%1</b><table>%2</table>").arg(node.name.toHtmlEscaped(), rows);
}

QVariant PowerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Side:
        return tr("Side");
    case RatingKva:
        return tr("Rating (kVA)");
    case LoadKw:
        return tr("Load (kW)");
    case Utilisation:
        return tr("Utilisation");
    case Failover:
        return tr("Failover");
    case AtPeak:
        return tr("At peak");
    case Imbalance:
        return tr("Imbalance");
    case Neutral:
        return tr("Neutral (A)");
    default:
        return {};
    }
}

Qt::ItemFlags PowerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList PowerTreeModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *PowerTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint64(nodeId(indexes.first()));
    auto *mime = new QMimeData;
    mime->setData(MimeType, bytes);
    return mime;
}

bool PowerTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(MimeType))
        return false;
    QDataStream in(data->data(MimeType));
    qint64 id = 0;
    in >> id;
    return ReparentPowerNodeCommand::canReparent(m_document->scenario(), id, nodeId(parent));
}

bool PowerTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream in(data->data(MimeType));
    qint64 id = 0;
    in >> id;
    const Id newParent = nodeId(parent);
    // Push after the view has finished its drop: the command resets this model.
    QTimer::singleShot(0, this, [this, id, newParent] {
        m_document->undoStack()->push(new ReparentPowerNodeCommand(m_document, id, newParent));
    });
    return false; // the move happens through the command, not by the view removing rows
}

} // namespace fjord::ui
