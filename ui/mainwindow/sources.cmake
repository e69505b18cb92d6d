target_sources(fjordplan_ui PRIVATE
    mainwindow/mainwindow.h mainwindow/mainwindow.cpp
)
