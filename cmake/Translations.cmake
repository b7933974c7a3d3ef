# German and French translations (Qt Linguist). lupdate scans every folder
# with user-visible strings; the .qm files are compiled by lrelease and
# embedded into dwb_gui as resources under :/i18n (see gui/common/Translations.h).
#   tests/packaging/ts_tool.py lupdate [--dry-run]   # refresh the .ts files, list
#                                                    # the unfinished entries
#   cmake --build <build> --target update_translations   # the same lupdate run
# The .ts files are committed; ctest packaging.translations_complete fails on
# any unfinished entry in them. ts_tool.py globs the same sources: keep
# DWB_I18N_SOURCES and its SOURCE_GLOBS in step.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

file(GLOB_RECURSE DWB_I18N_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/src/gui/*.cpp ${PROJECT_SOURCE_DIR}/src/gui/*.h
  ${PROJECT_SOURCE_DIR}/src/core/*.cpp ${PROJECT_SOURCE_DIR}/src/core/*.h
  ${PROJECT_SOURCE_DIR}/src/app/*.cpp
  ${PROJECT_SOURCE_DIR}/src/cli/*.cpp ${PROJECT_SOURCE_DIR}/src/cli/*.h
  ${PROJECT_SOURCE_DIR}/ui/*.ui)

set(DWB_TS_FILES
  ${PROJECT_SOURCE_DIR}/translations/drogue-workbench_de.ts
  ${PROJECT_SOURCE_DIR}/translations/drogue-workbench_fr.ts)

qt_add_translations(dwb_gui
  TS_FILES ${DWB_TS_FILES}
  SOURCES ${DWB_I18N_SOURCES}
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/src
  RESOURCE_PREFIX /i18n
  LUPDATE_OPTIONS -no-obsolete -locations none
  LRELEASE_OPTIONS -nounfinished)
