# The Risk tab (issue 14, METHOD v2 §9): Monte Carlo off the GUI thread, its summary and charts,
# the uncertain-input editor, and the parameter sweep (a line chart or a heat map).
target_sources(fjordplan_ui PRIVATE
    risk/riskformat.h risk/riskformat.cpp
    risk/studyworker.h
    risk/montecarlorunner.h risk/montecarlorunner.cpp
    risk/histogramchart.h risk/histogramchart.cpp
    risk/tornadochart.h risk/tornadochart.cpp
    risk/riskcharts.h risk/riskcharts.cpp
    risk/risksummarytable.h risk/risksummarytable.cpp
    risk/uncertaininputseditor.h risk/uncertaininputseditor.cpp
    risk/sweeprunner.h risk/sweeprunner.cpp
    risk/heatmapchart.h risk/heatmapchart.cpp
    risk/sweeppanel.h risk/sweeppanel.cpp
    risk/risktab.h risk/risktab.cpp
)
