#include "ui/mainwindow/tabregistry.h"

#include "ui/floorplan/layouttab.h"
#include "ui/mainwindow/overview/overviewtab.h"
#include "ui/power/powertab.h"
#include "ui/report/reporttab.h"
#include "ui/risk/risktab.h"
#include "ui/tabs/comparetab.h"
#include "ui/tabs/coolingtab.h"
#include "ui/tabs/expansiontab.h"
#include "ui/tabs/financetab.h"
#include "ui/tabs/renewablestab.h"
#include "ui/tabs/tenantstab.h"

#include <QCoreApplication>
#include <QTabWidget>

namespace fjord::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fjord::ui::Tabs", text);
}
} // namespace

void addTabs(QTabWidget *tabs, ProjectDocument *document)
{
    // One line per tab, in the order the user sees them. Add yours at its place.
    tabs->addTab(new OverviewTab(document, tabs), tr("Overview"));
    tabs->addTab(new LayoutTab(document, tabs), tr("Layout"));
    tabs->addTab(new PowerTab(document, tabs), tr("Power"));
    tabs->addTab(new CoolingTab(document, tabs), tr("Cooling && Energy"));
    tabs->addTab(new ExpansionTab(document, tabs), tr("Expansion"));
    tabs->addTab(new FinanceTab(document, tabs), tr("Finance"));
    tabs->addTab(new TenantsTab(document, tabs), tr("Tenants"));
    tabs->addTab(new RenewablesTab(document, tabs), tr("Renewables"));
    tabs->addTab(new RiskTab(document, tabs), tr("Risk"));
    tabs->addTab(new CompareTab(document, tabs), tr("Compare"));
    tabs->addTab(new ReportTab(document, tabs), tr("Report"));
}

} // namespace fjord::ui
