# macOS recipe (not built on Debian; included by packaging/CMakeLists.txt on APPLE): Fjordplan.app with
# the CLI inside it (Contents/MacOS/fjordplan-cli), Qt's frameworks and plugins copied in by
# macdeployqt, and a drag-and-drop .dmg.
#
#   cmake -B build/mac -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=$(brew --prefix qt@6)
#         -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0 -DFJORD_BUILD_TESTS=OFF -DFJORD_BUILD_BENCH=OFF
#   cmake --build build/mac
#   cd build/mac && cpack -G DragNDrop
#
# Needs: Xcode command-line tools (C++20), Qt 6.4+ (Homebrew qt@6 or the Qt installer), eigen.
# For distribution outside the developer's machine the bundle must be signed and notarised:
#   codesign --deep --options runtime --sign "Developer ID Application: ..." Fjordplan.app
#   xcrun notarytool submit Fjordplan.dmg --wait ...
set_target_properties(fjordplan PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Fjordplan
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER io.fjordplan.Fjordplan
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE fjordplan.icns)
# The icon: iconutil -c icns fjordplan.iconset (made from packaging/icons/*.png).
set(icns ${PROJECT_SOURCE_DIR}/packaging/macos/fjordplan.icns)
if(EXISTS ${icns})
    target_sources(fjordplan PRIVATE ${icns})
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()
install(TARGETS fjordplan BUNDLE DESTINATION .)
install(TARGETS fjordplan-cli RUNTIME DESTINATION Fjordplan.app/Contents/MacOS)

find_program(FJORD_MACDEPLOYQT macdeployqt HINTS "${Qt6_DIR}/../../../bin" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${FJORD_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/Fjordplan.app\"
                            -executable=\"\${CMAKE_INSTALL_PREFIX}/Fjordplan.app/Contents/MacOS/fjordplan-cli\"
                    COMMAND_ERROR_IS_FATAL ANY)
")
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Fjordplan ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
