target_sources(fjordplan_ui PRIVATE
    app/language.h app/language.cpp
    app/qtstrings.cpp
)
