#include "ui/tabs/regulatoryview.h"

#include "model/document/projectdocument.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/tableexport.h"
#include "ui/tabs/enefgbenchmark.h"
#include "ui/tabs/tabutil.h"
#include "ui/widgets/fitcolumns.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fjord::ui {

RegulatoryView::RegulatoryView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("regulatoryTable"));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Energisation"), tr("PUE"), tr("WUE\n(L/kWh)"),
                                        tr("ERF\n(%)"), tr("REF\n(%)"), tr("EnEfG\nPUE"), tr("EnEfG\nERF"),
                                        tr("EnEfG\nrenewable")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    FitColumns::attach(m_table);
    m_table->setMinimumHeight(110);
    TableExport::attach(m_table);
    auto *note = new QLabel(
        tr("EU EED (Directive 2023/1791 Art. 12, Delegated Regulation 2024/1364) KPIs per stage at steady "
           "state. "
           "The EnEfG columns apply Germany's thresholds for new data centres (PUE ≤ 1.2 from 1 Jul 2026; "
           "ERF ≥ 10/15/20 % for a start from 1 Jul 2026/2027/2028; renewable electricity 100 % from 2027) "
           "as a "
           "<b>benchmark</b>: the German law does not apply to a campus in Norway."),
        this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("regulatoryNote"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(note);
    connect(document, &ProjectDocument::resultsChanged, this, &RegulatoryView::refresh);
    refresh();
}

void RegulatoryView::refresh()
{
    const QList<StageResult> &stages = m_document->results().stages;
    m_table->setRowCount(int(stages.size()));
    const auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    using tabutil::number;
    for (int i = 0; i < stages.size(); ++i) {
        const StageResult &s = stages[i];
        const AnnualKpis &a = s.annual;
        m_table->setItem(i, StageName, new QTableWidgetItem(s.name));
        m_table->setItem(i, Energisation, cell(s.energisation.toString(Qt::ISODate)));
        m_table->setItem(i, Pue, cell(number(a.pue, 3)));
        m_table->setItem(i, Wue, cell(number(a.wueLPerKWh, 3)));
        m_table->setItem(i, Erf, cell(number(a.erf * 100, 1)));
        m_table->setItem(i, Ref, cell(number(a.ref * 100, 1)));
        const QList<EnefgCheck> checks = enefgChecks(s.energisation, a.pue, a.erf, a.ref);
        for (int c = 0; c < checks.size(); ++c) {
            const EnefgCheck &check = checks[c];
            const QString limit =
                check.kpi == EnefgCheck::Kpi::Pue
                    ? QString(QStringLiteral("≤ ") + number(check.limit, 1))
                    : QString(QStringLiteral("≥ ") + number(check.limit * 100, 0) + QStringLiteral(" %"));
            const QString verdict = !check.applies ? tr("n/a")
                                    : check.pass   ? tr("pass (%1)").arg(limit)
                                                   : tr("fail (%1)").arg(limit);
            auto *item = new QTableWidgetItem(verdict);
            item->setToolTip(check.rule);
            if (check.applies) {
                item->setForeground(check.pass ? ChartPalette::pass() : ChartPalette::fail());
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(i, EnefgPue + c, item);
        }
    }
}

} // namespace fjord::ui
