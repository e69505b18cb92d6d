#pragma once

class QTabWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// Creates every tab of the project view, in this order: Overview, Layout, Power, Cooling & Energy,
// Expansion, Finance, Tenants, Renewables, Risk, Compare, Report. Each tab is a QWidget constructed with
// (ProjectDocument *, QWidget *parent); a tab that does not exist yet is simply absent.
void addTabs(QTabWidget *tabs, ProjectDocument *document);

} // namespace fjord::ui
