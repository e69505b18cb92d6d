target_sources(fjordplan_ui PRIVATE
    charts/chartseries.h
    charts/chartpalette.h charts/chartpalette.cpp
    charts/chartview.h charts/chartview.cpp
    charts/linechart.h charts/linechart.cpp
    charts/barchart.h charts/barchart.cpp
    charts/stackedareachart.h charts/stackedareachart.cpp
    charts/piechart.h charts/piechart.cpp
    charts/tableexport.h charts/tableexport.cpp
    charts/stagetimelinechart.h charts/stagetimelinechart.cpp
    charts/tenantcolours.h charts/tenantcolours.cpp
    charts/financecharts.h charts/financecharts.cpp
)
