#include "ui/mainwindow/tabregistry.h"

#include "model/tr.h"
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
// Every tab has an object name, so tests and scripts find it whatever language its title is in.
void add(QTabWidget *tabs, QWidget *tab, const char *objectName, const QString &title)
{
    if (tab->objectName().isEmpty())
        tab->setObjectName(QLatin1String(objectName));
    tabs->addTab(tab, title);
}
} // namespace

void addTabs(QTabWidget *tabs, ProjectDocument *document)
{
    // One line per tab, in the order the user sees them. Add yours at its place.
    add(tabs, new OverviewTab(document, tabs), "overviewTab", TabsTr::tr("Overview"));
    add(tabs, new LayoutTab(document, tabs), "layoutTab", TabsTr::tr("Layout"));
    add(tabs, new PowerTab(document, tabs), "powerTab", TabsTr::tr("Power"));
    add(tabs, new CoolingTab(document, tabs), "coolingTab", TabsTr::tr("Cooling && Energy"));
    add(tabs, new ExpansionTab(document, tabs), "expansionTab", TabsTr::tr("Expansion"));
    add(tabs, new FinanceTab(document, tabs), "financeTab", TabsTr::tr("Finance"));
    add(tabs, new TenantsTab(document, tabs), "tenantsTab", TabsTr::tr("Tenants"));
    add(tabs, new RenewablesTab(document, tabs), "renewablesTab", TabsTr::tr("Renewables"));
    add(tabs, new RiskTab(document, tabs), "riskTab", TabsTr::tr("Risk"));
    add(tabs, new CompareTab(document, tabs), "compareTab", TabsTr::tr("Compare"));
    add(tabs, new ReportTab(document, tabs), "reportTab", TabsTr::tr("Report"));
}

} // namespace fjord::ui
