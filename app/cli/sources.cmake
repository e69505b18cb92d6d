target_sources(fjordplan_cli_lib PRIVATE
    cli/cliargs.h cli/cliargs.cpp
    cli/clicontext.h
    cli/projectinput.h cli/projectinput.cpp
    cli/cmd_project.cpp
    cli/cmd_compare.cpp
    cli/cmd_import.cpp
    cli/cmd_eed.cpp
    cli/cmd_report.cpp
    cli/cmd_server.cpp
    cli/cmd_risk.cpp
    cli/riskjson.h cli/riskjson.cpp
    cli/shardarg.h cli/shardarg.cpp
    cli/cmd_sweep.cpp
    cli/sweepcsv.h cli/sweepcsv.cpp
)
