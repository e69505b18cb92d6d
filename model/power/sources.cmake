target_sources(fjordplan_model PRIVATE
)
