#pragma once

#include <QWidget>

class QStackedWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class Inspector;
class LayoutInspector;
class PowerInspector;

// The one place where the selection is inspected and edited (the main window's Inspector dock).
// It shows one of three editors, by what is selected and which tab is current:
//  - the Power tab (or one power node selected anywhere): the power node editor, for the node
//    selected in the power tree;
//  - halls, rows or racks selected: the layout editor (all selected racks at once: what they have
//    in common, and an edit applies to every one of them as one undo step);
//  - anything else: the object editor (project, scenario, stage, rack type, names).
// The Layout and Power tabs build their editors (they drive them) and hand them over here, so that
// no tab shows a second inspector beside the dock.
class SelectionInspector : public QWidget {
    Q_OBJECT
public:
    explicit SelectionInspector(ProjectDocument *document, QWidget *parent = nullptr);

    Inspector *objectInspector() const { return m_object; }
    void hostLayoutInspector(LayoutInspector *inspector); // takes ownership
    void hostPowerInspector(PowerInspector *inspector);   // takes ownership
    void setPowerTabCurrent(bool current);
    QWidget *currentEditor() const; // the editor shown now

private:
    void showEditor();

    ProjectDocument *m_document;
    QStackedWidget *m_pages;
    Inspector *m_object;
    LayoutInspector *m_layout = nullptr;
    PowerInspector *m_power = nullptr;
    bool m_powerTabCurrent = false;
};

} // namespace fjord::ui
