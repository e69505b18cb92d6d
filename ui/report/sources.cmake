# The investor report (PDF).
target_sources(fjordplan_ui PRIVATE
    report/reportcanvas.h report/reportcanvas.cpp
    report/investorreport.h report/investorreport.cpp
    report/returnssection.h report/returnssection.cpp
    report/reportriskstudy.h report/reportriskstudy.cpp
    report/risksection.h report/risksection.cpp
    report/reportactions.h report/reportactions.cpp
    report/reporttab.h report/reporttab.cpp
)
