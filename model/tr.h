#pragma once

// Translation contexts for text outside QObjects: the model, the edit commands and the free functions
// of ui/. Write `ValidationTr::tr("…")`, never a local `tr()` helper: lupdate files a bare tr() in a free
// function under its namespace ("fjord"), so its translation would never be found at run time. Each
// struct is one context (one area); lupdate reads Q_DECLARE_TR_FUNCTIONS and files every `XTr::tr("…")`
// under the same context name that QCoreApplication::translate() looks up. For a table of texts
// translated later, mark each with QT_TRANSLATE_NOOP("<context>", "…") and pass it to XTr::tr().
// Nothing here needs more than QtCore, so the model (and the CLI, which installs no translator and so
// prints the English source) can use it.
#include <QCoreApplication>

namespace fjord {

// model/
struct ValidationTr { // validation.cpp, spacechecks.cpp, gridcapacity.cpp: the Problems of a plan
    Q_DECLARE_TR_FUNCTIONS(fjord::Validation)
};
struct EngineTr { // engine/: evaluation, finance, investor figures, Monte Carlo, sweeps
    Q_DECLARE_TR_FUNCTIONS(fjord::Engine)
};
struct PowerTr { // power/ and powernode.cpp: the power chain's analysis, auto-feed, auto-balance
    Q_DECLARE_TR_FUNCTIONS(fjord::Power)
};
struct RisksTr { // risks.cpp: the plan's risk register
    Q_DECLARE_TR_FUNCTIONS(fjord::Risks)
};
struct ComparisonTr { // comparison.cpp, layoutdiff.cpp: scenario against scenario
    Q_DECLARE_TR_FUNCTIONS(fjord::Comparison)
};
struct ModelTr { // names of the model's kinds and settings (cooling, tenants, currencies, uncertainty)
    Q_DECLARE_TR_FUNCTIONS(fjord::Model)
};

// model/storage/
struct StorageTr { // what opening, saving and importing files says (the team server's texts excluded)
    Q_DECLARE_TR_FUNCTIONS(fjord::Storage)
};
struct ServerTr { // what the team server (PostgreSQL) says: addresses, saving, opening, the history
    Q_DECLARE_TR_FUNCTIONS(fjord::Server)
};

// model/document/
struct CommandsTr { // the texts of the undo stack's commands
    Q_DECLARE_TR_FUNCTIONS(fjord::Commands)
};

// ui/ (free functions; widgets use their own QObject::tr)
struct ReportTr { // the investor report (PDF, HTML, CSV)
    Q_DECLARE_TR_FUNCTIONS(fjord::ui::Report)
};
struct FloorPlanTr { // floor-plan tooltips, legend and export
    Q_DECLARE_TR_FUNCTIONS(fjord::ui::FloorPlan)
};
struct RiskUiTr { // Monte Carlo and sweep charts and figures
    Q_DECLARE_TR_FUNCTIONS(fjord::ui::Risk)
};
struct TabsTr { // tab titles and the tables shared by several tabs
    Q_DECLARE_TR_FUNCTIONS(fjord::ui::Tabs)
};
struct ChartsTr { // chart titles and axes built outside a widget
    Q_DECLARE_TR_FUNCTIONS(fjord::ui::Charts)
};
struct DialogsTr { // About box and other dialogs built by free functions
    Q_DECLARE_TR_FUNCTIONS(fjord::ui::Dialogs)
};

} // namespace fjord
