# The floor-plan editor (the Layout tab).
target_sources(fjordplan_ui PRIVATE
    floorplan/rackfeedassigner.h floorplan/rackfeedassigner.cpp
    floorplan/plantooltips.h floorplan/plantooltips.cpp
    floorplan/uprighttext.h
    floorplan/abstracttool.h floorplan/abstracttool.cpp
    floorplan/drawhalltool.h floorplan/drawhalltool.cpp
    floorplan/drawrowtool.h floorplan/drawrowtool.cpp
    floorplan/floorplanexport.h floorplan/floorplanexport.cpp
    floorplan/floorplanscene.h floorplan/floorplanscene.cpp floorplan/floorplanscenequeries.cpp
    floorplan/floorplanstyle.h floorplan/floorplanstyle.cpp
    floorplan/planlegend.h floorplan/planlegend.cpp
    floorplan/floorplanview.h floorplan/floorplanview.cpp
    floorplan/hallitem.h floorplan/hallitem.cpp
    floorplan/layoutactions.h floorplan/layoutactions.cpp
    floorplan/layoutinspector.h floorplan/layoutinspector.cpp floorplan/layoutinspectorrow.cpp
    floorplan/inspectorfields.h floorplan/inspectorfields.cpp
    floorplan/layouttab.h floorplan/layouttab.cpp
    floorplan/outlinerects.h floorplan/outlinerects.cpp
    floorplan/overviewwidget.h floorplan/overviewwidget.cpp
    floorplan/placeracktool.h floorplan/placeracktool.cpp
    floorplan/rackcataloguelist.h floorplan/rackcataloguelist.cpp
    floorplan/rackitem.h floorplan/rackitem.cpp
    floorplan/racktile.h floorplan/racktile.cpp
    floorplan/rectpieces.h
    floorplan/rowitem.h floorplan/rowitem.cpp
    floorplan/selecttool.h floorplan/selecttool.cpp
    floorplan/tenantoverlay.h floorplan/tenantoverlay.cpp
    floorplan/tenantallocator.h floorplan/tenantallocator.cpp
)
