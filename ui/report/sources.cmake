# The investor report: PDF, HTML and CSV, its preview tab and its export dialog.
target_sources(fjordplan_ui PRIVATE
    report/reportsink.h report/reportsink.cpp
    report/reportcanvas.h report/reportcanvas.cpp
    report/htmlreport.h report/htmlreport.cpp
    report/reportcsv.h report/reportcsv.cpp
    report/reportchart.h
    report/reportplan.h report/reportplan.cpp
    report/scenariosections.h report/scenariosections.cpp
    report/comparisonsection.h report/comparisonsection.cpp
    report/reportsections.h report/reportsections.cpp
    report/investorreport.h report/investorreport.cpp
    report/returnssection.h report/returnssection.cpp
    report/reportriskstudy.h report/reportriskstudy.cpp
    report/risksection.h report/risksection.cpp
    report/reportjob.h report/reportjob.cpp
    report/reportexportdialog.h report/reportexportdialog.cpp
    report/reportactions.h report/reportactions.cpp
    report/reporttab.h report/reporttab.cpp
)
