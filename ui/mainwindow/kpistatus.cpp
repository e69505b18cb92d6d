#include "ui/mainwindow/kpistatus.h"
#include "model/plural.h"
#include "ui/settings/displayunits.h"

#include "model/document/projectdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace fjord::ui {

namespace {
enum Kpi { KStage, KIt, KPeak, KPue, KRacks, KGpus, KProblems, KpiCount };
}

KpiStatus::KpiStatus(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("kpiStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(18);
    for (int i = 0; i < KpiCount; ++i) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
        m_labels.append(label);
    }
    m_labels[KIt]->setToolTip(tr("Design IT power of the racks built through the stage (nameplate)"));
    m_labels[KPeak]->setToolTip(
        tr("Highest hourly facility draw of the year: IT at its load profile plus cooling and losses"));
    connect(document, &ProjectDocument::resultsChanged, this, &KpiStatus::refresh);
    connect(document, &ProjectDocument::currentStageChanged, this, &KpiStatus::refresh);
    refresh();
}

QString KpiStatus::text() const
{
    QStringList parts;
    for (const QLabel *label : m_labels)
        parts << label->text();
    return parts.join(QStringLiteral(" | "));
}

void KpiStatus::refresh()
{
    const QLocale locale;
    const Results &results = m_document->results();
    const int index = m_document->currentStageIndex();
    const StageResult *r = index >= 0 && index < results.stages.size() ? &results.stages.at(index) : nullptr;
    const QList<Stage> &stages = m_document->scenario().stages;
    const QString none = QStringLiteral("–");
    auto power = [&](double w) {
        return r ? units::powerText(w, locale) : QString(none + u' ' + units::powerUnitName());
    };

    m_labels[KStage]->setText(index < stages.size() ? tr("Through %1").arg(stages.at(index).name)
                                                    : QString());
    m_labels[KIt]->setText(tr("IT capacity %1").arg(power(r ? r->itCapacityW : 0)));
    m_labels[KPeak]->setText(tr("Design demand %1 (expected peak %2)")
                                 .arg(power(r ? r->designDemandW : 0), power(r ? r->facilityPeakW : 0)));
    m_labels[KPue]->setText(
        tr("PUE %1").arg(r && r->annual.pue > 0 ? locale.toString(r->annual.pue, 'f', 3) : none));
    m_labels[KRacks]->setText(r ? countOf(r->racks, tr("rack"), tr("racks")) : tr("%1 racks").arg(none));
    m_labels[KGpus]->setText(r ? countOf(r->gpus, tr("GPU"), tr("GPUs")) : tr("%1 GPUs").arg(none));

    const QList<Problem> problems = m_document->problems();
    int errors = 0;
    for (const Problem &p : problems)
        errors += p.severity == Severity::Error;
    m_labels[KProblems]->setText(problems.size() == 1 ? tr("1 problem")
                                                      : tr("%1 problems").arg(problems.size()));
    m_labels[KProblems]->setStyleSheet(errors > 0 ? QStringLiteral("color: #c62828; font-weight: bold;")
                                                  : QString());
    m_labels[KProblems]->setToolTip(tr("Errors: %1").arg(errors));
}

} // namespace fjord::ui
