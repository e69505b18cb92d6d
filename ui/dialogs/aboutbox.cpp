#include "ui/dialogs/aboutbox.h"

#include "model/componentversions.h"
#include "model/storage/sqliteconnection.h"
#include "model/tr.h"

#include <fjordplan/version.h>

#include <QCoreApplication>
#include <QMessageBox>
#include <QtGlobal>

namespace fjord::ui {

namespace {
} // namespace

QString aboutText()
{
    return DialogsTr::tr(
               "<h3>Fjordplan %1</h3>"
               "<p>Capacity planning for AI data-centre campuses: halls, racks, power chain, cooling, "
               "energy, cost, tenants and expansion stages.</p>"
               "<p>Calculation method: docs/method.md, shipped with the program.</p>"
               "<p>Built with:</p><ul>"
               "<li>Qt %2 (LGPL-3.0), The Qt Company and contributors</li>"
               "<li>Eigen %3 (MPL-2.0)</li>"
               "<li>SQLite %4 (public domain)</li></ul>")
        .arg(QStringLiteral(FJORD_VERSION), QString::fromLatin1(qVersion()), eigenVersion(),
             storage::sqliteLibraryVersion());
}

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(parent, DialogsTr::tr("About Fjordplan"), aboutText());
}

} // namespace fjord::ui
