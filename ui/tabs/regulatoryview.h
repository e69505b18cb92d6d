#pragma once

#include <QWidget>

class QTableWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// Per stage the EU EED (2023/1791, Delegated Reg. 2024/1364) KPIs — PUE, WUE, ERF, REF — and
// Germany's EnEfG thresholds as pass/fail (enefgChecks()), with the note that they are a benchmark
// even where the law does not apply (DOMAIN.md §5).
class RegulatoryView : public QWidget {
    Q_OBJECT
public:
    enum Column {
        StageName,
        Energisation,
        Pue,
        Wue,
        Erf,
        Ref,
        EnefgPue,
        EnefgErf,
        EnefgRenewable,
        ColumnCount
    };
    explicit RegulatoryView(ProjectDocument *document, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    void refresh();

    ProjectDocument *m_document;
    QTableWidget *m_table;
};

} // namespace fjord::ui
