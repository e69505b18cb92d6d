target_sources(fjordplan_model PRIVATE
    power/poweranalysis.h power/poweranalysis.cpp
    power/chainindex.h power/chainindex.cpp
    power/phasemath.h power/phasemath.cpp
)
