#pragma once

#include <QModelIndexList>
#include <QObject>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;

namespace fjord::ui {

// Gives a table view Ctrl+C (the selection as TSV on the clipboard, with the column headers) and a
// context menu with "Copy" and "Export CSV…". Attach once: `TableExport::attach(view)`; it is
// owned by the view.
class TableExport : public QObject {
    Q_OBJECT
public:
    static TableExport *attach(QAbstractItemView *view);

    // The cells as tab-separated text, one line per row, header line first. `indexes` empty: all.
    static QString toTsv(const QAbstractItemModel *model, const QModelIndexList &indexes = {});
    // The whole table as CSV (RFC 4180 quoting), header line first.
    static QString toCsv(const QAbstractItemModel *model);
    static bool writeCsv(const QAbstractItemModel *model, const QString &path, QString *error);

    void copySelection();
    void exportCsvInteractive();

private:
    explicit TableExport(QAbstractItemView *view);
    QAbstractItemView *m_view;
};

} // namespace fjord::ui
