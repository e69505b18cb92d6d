target_sources(fjordplan_ui PRIVATE
    settings/appsettings.h settings/appsettings.cpp
    settings/displayunits.h settings/displayunits.cpp
    settings/theme.h settings/theme.cpp
)
# The user guide, compiled in: Help > User Guide opens it offline (ui/dialogs/userguide).
qt_add_resources(fjordplan_ui "help"
    PREFIX /help
    BASE ${PROJECT_SOURCE_DIR}/docs/user-guide
    FILES ${PROJECT_SOURCE_DIR}/docs/user-guide/user-guide.html
          ${PROJECT_SOURCE_DIR}/docs/user-guide/user-guide.nb.html)
