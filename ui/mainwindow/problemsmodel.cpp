#include "ui/mainwindow/problemsmodel.h"

#include "model/document/objectlocator.h"
#include "model/document/projectdocument.h"
#include "ui/mainwindow/problemtitles.h"

#include <QApplication>
#include <QFont>
#include <QSet>
#include <QStyle>

#include <algorithm>

// Index scheme: a top-level row has internalId 0; a child row has internalId = its group's row + 1.

namespace fjord::ui {

namespace {

QString severityLabel(Severity severity)
{
    return severity == Severity::Error     ? ProblemsModel::tr("Error")
           : severity == Severity::Warning ? ProblemsModel::tr("Warning")
                                           : ProblemsModel::tr("Info");
}

QString groupKey(Severity severity, const QString &code)
{
    return severityName(severity) + u'/' + code;
}

} // namespace

ProblemsModel::ProblemsModel(ProjectDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::resultsChanged, this, &ProblemsModel::refresh);
    refresh();
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (!isGroup(parent) || row >= m_groups[parent.row()].problems.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProblemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (!isGroup(parent)) // any column of a group row has the children (a double-click anywhere opens it)
        return 0;
    return int(m_groups[parent.row()].problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const ProblemsModel::Group *ProblemsModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int g = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return g < m_groups.size() ? &m_groups[g] : nullptr;
}

bool ProblemsModel::isGroup(const QModelIndex &index) const
{
    const Group *g = groupOf(index);
    return g && index.internalId() == 0 && g->problems.size() > 1;
}

const Problem *ProblemsModel::problem(const QModelIndex &index) const
{
    const Group *g = groupOf(index);
    if (!g)
        return nullptr;
    if (index.internalId() != 0)
        return index.row() < g->problems.size() ? &g->problems[index.row()] : nullptr;
    return g->problems.size() == 1 ? &g->problems.first() : nullptr;
}

QList<Id> ProblemsModel::objectIds(const QModelIndex &index) const
{
    QList<Id> out;
    if (const Problem *p = problem(index)) {
        if (p->objectId != NoId)
            out.append(p->objectId);
        return out;
    }
    const Group *g = groupOf(index);
    if (!g)
        return out;
    QSet<Id> seen;
    for (const Problem &p : g->problems)
        if (p.objectId != NoId && !seen.contains(p.objectId)) {
            seen.insert(p.objectId);
            out.append(p.objectId);
        }
    return out;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    const Group *g = groupOf(index);
    if (!g)
        return {};
    if (role == GroupKeyRole)
        return index.internalId() == 0 ? QVariant(groupKey(g->severity, g->code)) : QVariant();
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle::StandardPixmap icon = g->severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                            : g->severity == Severity::Warning
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    const Problem *p = problem(index);
    if (role == Qt::FontRole && !p) {
        QFont bold = QApplication::font();
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool child = index.internalId() != 0; // its group row already says severity and code
    switch (index.column()) {
    case SeverityColumn:
        return child && role == Qt::DisplayRole ? QString() : severityLabel(g->severity);
    case CodeColumn:
        return child && role == Qt::DisplayRole ? QString() : g->code;
    case MessageColumn:
        if (!p)
            return tr("%1 (%2)").arg(problemGroupTitle(g->code)).arg(g->problems.size());
        return p->message;
    case ObjectColumn: {
        if (!p) {
            const int n = int(objectIds(index).size());
            return n == 0 ? QString() : n == 1 ? tr("1 object") : tr("%1 objects").arg(n);
        }
        if (!p->objectName.isEmpty())
            return p->objectName;
        const ObjectRef ref = locateObject(m_document->project(), p->objectId);
        return ref.isValid() ? ref.name : QString();
    }
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
    m_groups.clear();
    QHash<QString, int> groupOfKey;
    for (const Problem &p : m_document->problems()) {
        const QString key = groupKey(p.severity, p.code);
        auto it = groupOfKey.constFind(key);
        if (it == groupOfKey.cend()) {
            it = groupOfKey.insert(key, int(m_groups.size()));
            m_groups.append({p.severity, p.code, {}});
        }
        m_groups[*it].problems.append(p);
    }
    std::stable_sort(m_groups.begin(), m_groups.end(),
                     [](const Group &a, const Group &b) { return int(a.severity) > int(b.severity); });
    endResetModel();
}

} // namespace fjord::ui
