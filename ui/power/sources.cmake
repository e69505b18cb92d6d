target_sources(fjordplan_ui PRIVATE
    power/powertab.h power/powertab.cpp
    power/powertreemodel.h power/powertreemodel.cpp
    power/utilisationdelegate.h power/utilisationdelegate.cpp
    power/powerinspector.h power/powerinspector.cpp
    power/phasecurrentchart.h power/phasecurrentchart.cpp
    power/powerfeedactions.h power/powerfeedactions.cpp
)
