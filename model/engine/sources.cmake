target_sources(fjordplan_model PRIVATE
    engine/engine.cpp
)
