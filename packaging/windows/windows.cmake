# Windows recipe (not built on Debian; included by packaging/CMakeLists.txt when WIN32): an MSI with
# WiX 3 (CPack's WIX generator) or, with -DFJORD_WINDOWS_GENERATOR=NSIS, an NSIS installer. Qt's DLLs,
# plugins (platforms/qwindows, sqldrivers/qsqlite and qsqlpsql, imageformats/qsvg) and translations are
# copied next to the executables by windeployqt at install time, so the package holds what it runs.
#
#   cmake -B build/win -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=C:/Qt/6.4.2/msvc2019_64
#         -DFJORD_BUILD_TESTS=OFF -DFJORD_BUILD_BENCH=OFF
#   cmake --build build/win
#   cd build/win && cpack -G WIX        (or: cpack -G NSIS)
#
# Needs: MSVC 2019+ or MinGW-w64 with C++20, Qt 6.4 for that compiler, Eigen 3.4 (vcpkg or the
# source archive; set Eigen3_DIR), WiX Toolset 3.11 (candle/light on PATH) or NSIS 3.
set(FJORD_WINDOWS_GENERATOR "WIX" CACHE STRING "CPack generator on Windows: WIX or NSIS")

find_program(FJORD_WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin" REQUIRED)
# windeployqt on the installed executables: runs in CPack's staging directory too.
install(CODE "
    foreach(exe fjordplan.exe fjordplan-cli.exe)
        execute_process(COMMAND \"${FJORD_WINDEPLOYQT}\" --release --no-compiler-runtime
                                --no-opengl-sw --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                                \"\${CMAKE_INSTALL_PREFIX}/bin/\${exe}\"
                        COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
")
# The MSVC runtime DLLs, so the installer runs on a machine without Visual Studio.
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR ${FJORD_WINDOWS_GENERATOR})
set(CPACK_PACKAGE_EXECUTABLES fjordplan "Fjordplan")
set(CPACK_CREATE_DESKTOP_LINKS fjordplan)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/packaging/debian/copyright)
# The upgrade code identifies the product across versions: never change it, or an update installs
# beside the old version instead of replacing it.
set(CPACK_WIX_UPGRADE_GUID "6C1E5B0A-3F7D-4C52-9A1E-0F4B7D2E8A31")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/fjordplan.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Fjordplan")
# *.fjordplan opens in Fjordplan (double-click): a WiX fragment with the ProgId and verb.
set(CPACK_WIX_PATCH_FILE ${PROJECT_SOURCE_DIR}/packaging/windows/wix-file-association.xml)
set(CPACK_NSIS_DISPLAY_NAME "Fjordplan")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/fjordplan.ico)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKCR '.fjordplan' '' 'Fjordplan.Project'
    WriteRegStr HKCR 'Fjordplan.Project' '' 'Fjordplan project'
    WriteRegStr HKCR 'Fjordplan.Project\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\fjordplan.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKCR '.fjordplan'
    DeleteRegKey HKCR 'Fjordplan.Project'
")
