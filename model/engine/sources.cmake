# The hourly engine (METHOD §1–6, §8). Eigen stays inside these files.
target_sources(fjordplan_model PRIVATE
    engine/engine.cpp
    engine/hourlyseries.h engine/hourlylistpool.h
    engine/loadmodel.h engine/loadmodel.cpp
    engine/coolingplant.h engine/coolingplant.cpp
    engine/losscurve.h engine/losscurve.cpp
    engine/heatreuse.h engine/heatreuse.cpp
    engine/supplymatch.h engine/supplymatch.cpp
    engine/stageenergy.h engine/stageenergy.cpp
    engine/capex.h engine/capex.cpp
    engine/designload.h engine/designload.cpp
    engine/finance.h engine/finance.cpp
    engine/investor.h engine/investor.cpp
    engine/assets.h engine/assets.cpp
    engine/revenue.h engine/revenue.cpp
    engine/objectanalysis.h engine/objectanalysis.cpp
    engine/objectanalysiscache.h engine/objectanalysiscache.cpp
    engine/analysisthread.h engine/analysisthread.cpp
    engine/sweep.h engine/sweep.cpp
    engine/montecarlo.h engine/montecarlo.cpp
    engine/parametersweep.h engine/parametersweep.cpp
)
# The hourly passes that also sum the year: `#pragma omp simd reduction` lets the compiler sum in
# vector lanes (an in-order sum keeps a loop scalar). -fopenmp-simd honours only these pragmas: no
# OpenMP runtime, no threads.
set_source_files_properties(engine/stageenergy.cpp engine/supplymatch.cpp
    TARGET_DIRECTORY fjordplan_model PROPERTIES COMPILE_OPTIONS -fopenmp-simd)
# The cooling coefficients' pass: its selects (free cooling, COP cap, fan speed clamps) vectorise only
# if the compiler may compute both sides of each; -fno-trapping-math allows that (the engine never
# reads floating-point exception flags; values are unchanged).
set_source_files_properties(engine/coolingplant.cpp
    TARGET_DIRECTORY fjordplan_model PROPERTIES COMPILE_OPTIONS "-fopenmp-simd;-fno-trapping-math")
