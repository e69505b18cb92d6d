target_sources(fjordplan_ui PRIVATE
    tabs/tabutil.h tabs/tabutil.cpp
    tabs/numberdelegate.h tabs/numberdelegate.cpp
    tabs/coolingeditor.h tabs/coolingeditor.cpp
    tabs/climatepanel.h tabs/climatepanel.cpp
    tabs/coolingtab.h tabs/coolingtab.cpp
    tabs/expansiontab.h tabs/expansiontab.cpp
    tabs/costcatalogueeditor.h tabs/costcatalogueeditor.cpp
    tabs/opexitemseditor.h tabs/opexitemseditor.cpp
    tabs/financetab.h tabs/financetab.cpp
    tabs/enefgbenchmark.h tabs/enefgbenchmark.cpp
    tabs/supplyeditor.h tabs/supplyeditor.cpp
    tabs/regulatoryview.h tabs/regulatoryview.cpp
    tabs/renewablestab.h tabs/renewablestab.cpp
    tabs/comparetab.h tabs/comparetab.cpp
)
