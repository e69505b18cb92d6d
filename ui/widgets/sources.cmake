target_sources(fjordplan_ui PRIVATE
    widgets/quantityedit.h widgets/quantityedit.cpp
    widgets/detachwidget.h widgets/detachwidget.cpp
    widgets/refreshwhenshown.h widgets/refreshwhenshown.cpp
    widgets/fitcolumns.h widgets/fitcolumns.cpp
    widgets/reflowgrid.h widgets/reflowgrid.cpp
    widgets/inputtooltips.h widgets/inputtooltips.cpp
)
