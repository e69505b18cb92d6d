#include "ui/charts/tableexport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

#include <algorithm>

namespace fjord::ui {

namespace {

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::DisplayRole).toString();
}

QString headerText(const QAbstractItemModel *model, int column)
{
    return model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

// TSV cells may not contain tabs or line breaks: they would split the cell.
QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

TableExport::TableExport(QAbstractItemView *view) : QObject(view), m_view(view)
{
    auto *copy = new QAction(tr("Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &TableExport::copySelection);
    auto *csv = new QAction(tr("Export CSV…"), view);
    connect(csv, &QAction::triggered, this, &TableExport::exportCsvInteractive);
    view->addAction(copy);
    view->addAction(csv);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

TableExport *TableExport::attach(QAbstractItemView *view)
{
    return new TableExport(view);
}

QString TableExport::toTsv(const QAbstractItemModel *model, const QModelIndexList &indexes)
{
    if (!model)
        return {};
    int top = 0, bottom = model->rowCount() - 1, left = 0, right = model->columnCount() - 1;
    QList<std::pair<int, int>> cells;
    if (!indexes.isEmpty()) {
        top = left = INT_MAX;
        bottom = right = -1;
        for (const QModelIndex &i : indexes) {
            top = std::min(top, i.row());
            bottom = std::max(bottom, i.row());
            left = std::min(left, i.column());
            right = std::max(right, i.column());
            cells.append({i.row(), i.column()});
        }
    }
    QStringList lines;
    QStringList header;
    for (int c = left; c <= right; ++c)
        header.append(tsvCell(headerText(model, c)));
    lines.append(header.join(QLatin1Char('\t')));
    for (int r = top; r <= bottom; ++r) {
        QStringList row;
        for (int c = left; c <= right; ++c) {
            const bool selected = indexes.isEmpty() || cells.contains({r, c});
            row.append(selected ? tsvCell(cellText(model, r, c)) : QString());
        }
        lines.append(row.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableExport::toCsv(const QAbstractItemModel *model)
{
    if (!model)
        return {};
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header.append(csvCell(headerText(model, c)));
    lines.append(header.join(QLatin1Char(',')));
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row.append(csvCell(cellText(model, r, c)));
        lines.append(row.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool TableExport::writeCsv(const QAbstractItemModel *model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(toCsv(model).toUtf8()) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void TableExport::copySelection()
{
    QModelIndexList indexes =
        m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    QApplication::clipboard()->setText(toTsv(m_view->model(), indexes));
}

void TableExport::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(m_view, tr("Export table as CSV"),
                                                      QStringLiteral("table.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !writeCsv(m_view->model(), path, &error))
        QMessageBox::warning(m_view, tr("Export CSV"), error);
}

} // namespace fjord::ui
