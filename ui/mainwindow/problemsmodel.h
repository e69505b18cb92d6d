#pragma once

#include "model/problem.h"

#include <QAbstractItemModel>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The document's problems (validation + engine) as a tree: one top-level row per problem code and
// severity, errors first. A code with several problems is a group row ("Rack has no feed (21)")
// whose children are the single problems; a code with one problem is that problem, without a
// group. Columns: severity (with icon), code, message, object. Refreshes when the results change.
class ProblemsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, ObjectColumn, ColumnCount };
    enum Role { GroupKeyRole = Qt::UserRole + 1 }; // "severity/code" of a top-level row, to keep it open

    explicit ProblemsModel(ProjectDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isGroup(const QModelIndex &index) const; // a row standing for several problems
    // The single problem of a row; nullptr for a group row or an invalid index.
    const Problem *problem(const QModelIndex &index) const;
    // The objects a row is about (a group: every problem's object, without repeats, in list order).
    QList<Id> objectIds(const QModelIndex &index) const;

private:
    struct Group {
        Severity severity;
        QString code;
        QList<Problem> problems;
    };
    void refresh();
    const Group *groupOf(const QModelIndex &index) const;

    ProjectDocument *m_document;
    QList<Group> m_groups; // errors first, then warnings, then infos; first appearance within a severity
};

} // namespace fjord::ui
