#include "ui/mainwindow/selectioninspector.h"

#include "model/document/objectlocator.h"
#include "model/document/projectdocument.h"
#include "ui/floorplan/layoutinspector.h"
#include "ui/mainwindow/inspector.h"
#include "ui/power/powerinspector.h"

#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fjord::ui {

SelectionInspector::SelectionInspector(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_pages(new QStackedWidget(this)),
      m_object(new Inspector(document))
{
    setObjectName(QStringLiteral("selectionInspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->addWidget(m_object);
    connect(document, &ProjectDocument::selectionChanged, this, &SelectionInspector::showEditor);
    connect(document, &ProjectDocument::currentScenarioChanged, this, &SelectionInspector::showEditor);
    connect(document, &ProjectDocument::changed, this, &SelectionInspector::showEditor);
    showEditor();
}

void SelectionInspector::hostLayoutInspector(LayoutInspector *inspector)
{
    m_layout = inspector;
    m_pages->addWidget(inspector);
    showEditor();
}

void SelectionInspector::hostPowerInspector(PowerInspector *inspector)
{
    m_power = inspector;
    m_pages->addWidget(inspector);
    showEditor();
}

void SelectionInspector::setPowerTabCurrent(bool current)
{
    m_powerTabCurrent = current;
    showEditor();
}

QWidget *SelectionInspector::currentEditor() const
{
    return m_pages->currentWidget();
}

void SelectionInspector::showEditor()
{
    const QList<Id> selection = m_document->selection();
    const Scenario &s = m_document->scenario();
    const bool onePowerNode = selection.size() == 1 && s.powerNode(selection.first());
    const bool layoutObjects = std::any_of(selection.cbegin(), selection.cend(),
                                           [&s](Id id) { return s.hall(id) || s.row(id) || s.rack(id); });
    QWidget *editor = m_object;
    if (m_power && (m_powerTabCurrent || onePowerNode))
        editor = m_power;
    else if (m_layout && layoutObjects)
        editor = m_layout;
    m_pages->setCurrentWidget(editor);
}

} // namespace fjord::ui
