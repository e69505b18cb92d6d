target_sources(fjordplan_model PRIVATE
    power/poweranalysis.h power/poweranalysis.cpp
    power/chainindex.h power/chainindex.cpp
    power/rackdigest.h power/rackdigest.cpp
    power/phasemath.h power/phasemath.cpp
    power/autobalance.h power/autobalance.cpp
    power/failover.h power/failover.cpp
    power/nodedefaults.h power/nodedefaults.cpp
    power/autofeed.h power/autofeed.cpp
    power/rowfeeds.h power/rowfeeds.cpp
    power/utilisationthreshold.h
)
