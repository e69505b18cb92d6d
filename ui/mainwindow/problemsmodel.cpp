#include "ui/mainwindow/problemsmodel.h"

#include "model/document/objectlocator.h"
#include "model/document/projectdocument.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace fjord::ui {

ProblemsModel::ProblemsModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::resultsChanged, this, &ProblemsModel::refresh);
    refresh();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Problem &p = m_problems.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn:
            return p.severity == Severity::Error     ? tr("Error")
                   : p.severity == Severity::Warning ? tr("Warning")
                                                     : tr("Info");
        case CodeColumn:
            return p.code;
        case MessageColumn:
            return p.message;
        case ObjectColumn: {
            if (!p.objectName.isEmpty())
                return p.objectName;
            const ObjectRef ref = locateObject(m_document->project(), p.objectId);
            return ref.isValid() ? ref.name : QString();
        }
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle::StandardPixmap icon = p.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                            : p.severity == Severity::Warning
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case ObjectColumn:
        return tr("Object");
    }
    return {};
}

void ProblemsModel::refresh()
{
    beginResetModel();
    m_problems = m_document->problems();
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const Problem &a, const Problem &b) { return int(a.severity) > int(b.severity); });
    endResetModel();
}

} // namespace fjord::ui
