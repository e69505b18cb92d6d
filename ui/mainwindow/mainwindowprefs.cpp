// MainWindow: the user's preferences, the window's remembered layout and the Help menu.
#include "model/document/projectdocument.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/dialogs/userguide.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/displayunits.h"
#include "ui/settings/theme.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

namespace fjord::ui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString DockStateKey = QStringLiteral("window/dockState");
constexpr int DockStateVersion = 1; // raise when the docks change, so an old arrangement is ignored

} // namespace

int MainWindow::autosaveIntervalMs() const
{
    return m_settings.autosaveMinutes * 60 * 1000;
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const bool firstTime = !m_settingsApplied;
    const bool viewsChange = !firstTime && (settings.powerUnit != m_settings.powerUnit ||
                                            settings.currencyStyle != m_settings.currencyStyle ||
                                            settings.theme != m_settings.theme);
    // The desktop's theme needs nothing done at start; any other change is applied.
    if (firstTime ? settings.theme != Theme::System : settings.theme != m_settings.theme)
        applyTheme(settings.theme);
    m_settings = settings;
    m_settingsApplied = true;
    units::apply(settings);

    if (settings.autosaveMinutes > 0) {
        m_autosaveTimer->setInterval(autosaveIntervalMs());
        if (m_document)
            m_autosaveTimer->start();
    } else {
        m_autosaveTimer->stop();
    }
    if (viewsChange && m_document) {
        // Every view shows the new units or colours: rebuilt on the same document (undo history,
        // selection and the current tab are kept).
        const int tab = m_tabs ? m_tabs->currentIndex() : 0;
        buildProjectViews();
        m_tabs->setCurrentIndex(tab);
    }
}

void MainWindow::showPreferences()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        chosen.save();
        applySettings(chosen);
    });
    dialog->open(); // window-modal, without a nested event loop
}

void MainWindow::showUserGuide()
{
    // One guide window, raised when asked again.
    auto *guide = findChild<UserGuide *>();
    if (!guide) {
        guide = new UserGuide(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::restoreWindowLayout()
{
    const QSettings s;
    const QByteArray geometry = s.value(GeometryKey).toByteArray();
    // restoreGeometry() moves a window saved on a screen that is gone back onto a visible one.
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    m_savedDockState = s.value(DockStateKey).toByteArray();
}

bool MainWindow::restoreDockArrangement()
{
    if (m_savedDockState.isEmpty())
        return false;
    const QByteArray state = std::exchange(m_savedDockState, {}); // once: a later project is arranged anew
    return restoreState(state, DockStateVersion);
}

void MainWindow::saveWindowLayout() const
{
    QSettings s;
    s.setValue(GeometryKey, saveGeometry());
    // The docks only while a project shows them (the start page hides them all).
    if (m_document)
        s.setValue(DockStateKey, saveState(DockStateVersion));
}

} // namespace fjord::ui
