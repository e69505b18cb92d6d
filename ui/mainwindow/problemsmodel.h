#pragma once

#include "model/problem.h"

#include <QAbstractTableModel>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The document's problems (validation + engine) as a table: severity (with icon), code,
// message, object. Refreshes when the results change. objectId(row) names the object to select.
class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, ObjectColumn, ColumnCount };

    explicit ProblemsModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Problem &problem(int row) const { return m_problems.at(row); }

private:
    void refresh();

    ProjectDocument *m_document;
    QList<Problem> m_problems; // errors first, then warnings, then infos (stable within a severity)
};

} // namespace fjord::ui
