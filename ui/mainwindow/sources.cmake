target_sources(fjordplan_ui PRIVATE
    mainwindow/mainwindow.h mainwindow/mainwindow.cpp mainwindow/mainwindowfile.cpp
    mainwindow/mainwindowprefs.cpp
    mainwindow/startpage.h mainwindow/startpage.cpp
    mainwindow/recentfiles.h mainwindow/recentfiles.cpp
    mainwindow/projecttree.h mainwindow/projecttree.cpp
    mainwindow/inspector.h mainwindow/inspector.cpp
    mainwindow/selectioninspector.h mainwindow/selectioninspector.cpp
    mainwindow/problemsmodel.h mainwindow/problemsmodel.cpp
    mainwindow/problemspanel.h mainwindow/problemspanel.cpp
    mainwindow/problemtitles.h mainwindow/problemtitles.cpp
    mainwindow/kpistatus.h mainwindow/kpistatus.cpp
    mainwindow/overview/overviewtab.h mainwindow/overview/overviewtab.cpp
    mainwindow/overview/keyfigurecard.h mainwindow/overview/keyfigurecard.cpp
    mainwindow/overview/stagetable.h mainwindow/overview/stagetable.cpp
    mainwindow/overview/toprisks.h mainwindow/overview/toprisks.cpp
    mainwindow/tabregistry.h mainwindow/tabregistry.cpp
)
