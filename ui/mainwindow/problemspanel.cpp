#include "ui/mainwindow/problemspanel.h"

#include "model/document/projectdocument.h"
#include "ui/mainwindow/problemsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace fjord::ui {

ProblemsPanel::ProblemsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ProblemsModel(document, this)),
      m_view(new QTreeView(this)), m_summary(new QLabel(this)), m_selectButton(new QToolButton(this)),
      m_selectObjects(new QAction(tr("Select Objects"), this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_selectObjects->setObjectName(QStringLiteral("actionSelectProblemObjects"));
    m_selectObjects->setToolTip(tr("Select every object of the chosen problem or group of problems"));
    m_selectButton->setObjectName(QStringLiteral("problemsSelectObjects"));
    m_selectButton->setDefaultAction(m_selectObjects);
    m_selectButton->setAutoRaise(true);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));

    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(false); // done by the double-click handler, on any column
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_selectObjects);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemsModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProblemsModel::ObjectColumn, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 0, 2, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_selectButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        // A group opens or closes; one problem's object becomes the selection, wherever the user is.
        if (m_model->isGroup(index)) {
            const QModelIndex first = index.siblingAtColumn(0);
            m_view->setExpanded(first, !m_view->isExpanded(first));
            return;
        }
        const QList<Id> ids = m_model->objectIds(index);
        if (!ids.isEmpty())
            m_document->setSelection(ids);
    });
    connect(m_selectObjects, &QAction::triggered, this, [this] { selectObjects(m_view->currentIndex()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProblemsPanel::updateAction);
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &i) {
        m_openGroups.insert(i.data(ProblemsModel::GroupKeyRole).toString());
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &i) {
        m_openGroups.remove(i.data(ProblemsModel::GroupKeyRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r, 0);
            if (m_openGroups.contains(i.data(ProblemsModel::GroupKeyRole).toString()))
                m_view->expand(i);
        }
        updateSummary();
        updateAction();
    });
    updateSummary();
    updateAction();
}

void ProblemsPanel::selectObjects(const QModelIndex &index)
{
    const QList<Id> ids = m_model->objectIds(index);
    if (ids.isEmpty())
        return;
    m_document->setSelection(ids);
    emit objectsSelected(ids);
}

void ProblemsPanel::updateSummary()
{
    int errors = 0, warnings = 0;
    for (const Problem &p : m_document->problems()) {
        errors += p.severity == Severity::Error ? 1 : 0;
        warnings += p.severity == Severity::Warning ? 1 : 0;
    }
    m_summary->setText(
        errors + warnings == 0
            ? tr("No errors or warnings")
            : tr("%1 · %2").arg(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors),
                                warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings)));
}

void ProblemsPanel::updateAction()
{
    const QModelIndex current = m_view->currentIndex();
    const int n = int(m_model->objectIds(current).size());
    m_selectObjects->setEnabled(n > 0);
    m_selectObjects->setText(n > 1 ? tr("Select %1 Objects").arg(n) : tr("Select Object"));
}

} // namespace fjord::ui
