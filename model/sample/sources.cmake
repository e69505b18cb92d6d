target_sources(fjordplan_model PRIVATE
    sample/rackcatalogue.h sample/rackcatalogue.cpp
    sample/narvikclimate.h sample/narvikclimate.cpp
    sample/hallbuilder.h sample/hallbuilder.cpp
    sample/narviksample.h sample/narviksample.cpp
    sample/narvikrisk.h sample/narvikrisk.cpp
    sample/sitetemplates.h sample/sitetemplates.cpp
)
qt_add_resources(fjordplan_model "fjordplan_catalogue"
    PREFIX "/fjordplan"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES "${PROJECT_SOURCE_DIR}/resources/catalogue/racktypes.json")
