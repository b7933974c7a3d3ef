# unit.test_fuzz_regressions replays every fuzz target's body in the normal
# build (tests/fuzz/fuzz_*.h): the parts some targets exercise beyond
# dwb_core. fuzz_sandbox_request: the sandbox's registry; fuzz_cloudevent:
# the broker plugin's sources (its broker functions are defined by
# fuzz_cloudevent.h, included once, by the test).
if(TARGET unit_test_fuzz_regressions)
  set(_plugin ${PROJECT_SOURCE_DIR}/src/sandbox/broker-plugin)
  target_sources(unit_test_fuzz_regressions PRIVATE ${_plugin}/DrogueAuthPlugin.cpp ${_plugin}/DrogueRegistry.cpp)
  target_include_directories(unit_test_fuzz_regressions PRIVATE ${_plugin})
  target_link_libraries(unit_test_fuzz_regressions PRIVATE dwb_sandbox)
endif()
