#pragma once

#include "model/powernode.h"
#include "model/results.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The current scenario's power chain as a tree (parents above children) with the latest
// loadings of the current stage from the document's Results. It computes nothing: loadings
// come from document->results(). Drag and drop of a node onto another re-parents it through a
// ReparentPowerNodeCommand (dropping on empty space moves it to the top).
class PowerTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Kind,
        Side,
        RatingKva,
        LoadKw,
        Utilisation,
        Failover,
        AtPeak, // utilisation with every rack at its peak power
        Imbalance,
        Neutral,
        ColumnCount
    };
    enum Role {
        NodeIdRole = Qt::UserRole + 1, // Id of the node
        RatioRole,                     // utilisation / failover as a ratio (1.0 = 100 %), for the bar
        BarColourRole,                 // QColor of the utilisation bar
    };

    explicit PowerTreeModel(ProjectDocument *document, QObject *parent = nullptr);

    void rebuild();        // the chain changed: rebuild the structure
    void refreshResults(); // new results: update the figures only

    QModelIndex indexOf(Id nodeId, int column = 0) const;
    Id nodeId(const QModelIndex &index) const;
    const PowerNodeLoading *loading(Id nodeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Colour of a utilisation bar: green up to the warning threshold (UtilisationWarnRatio, 80 %),
    // amber above it and below 100 %, red from 100 %.
    static QColor barColour(double ratio);

private:
    // The Name column's tooltip: kind, side, rating, load, utilisation and racks fed from the node.
    QString toolTip(const PowerNode &node, const PowerNodeLoading *loading) const;
    ProjectDocument *m_document;
    QList<PowerNode> m_nodes;     // copy of the scenario's nodes at the last rebuild
    QHash<Id, int> m_index;       // node id -> position in m_nodes
    QList<int> m_parent;          // position of the parent, -1 at the top
    QList<QList<int>> m_children; // positions of the children, in scenario order
    QList<int> m_roots;
    QList<int> m_row; // row of each node under its parent
    QHash<Id, PowerNodeLoading> m_loadings;
};

} // namespace fjord::ui
