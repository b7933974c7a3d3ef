# Compile options shared by every target of the project: dwb_apply_options(target)

# ./run sanitize: AddressSanitizer (+ LeakSanitizer) and UndefinedBehaviorSanitizer on
# every project target. Not on MODULE libraries: the mosquitto plugin is loaded by the
# uninstrumented mosquitto, where the ASan runtime cannot come first; as it links the
# instrumented dwb_crypto, ./run sanitize points DWB_BROKER_PLUGIN at the normal build's.
option(DWB_SANITIZE "Build with -fsanitize=address,undefined" OFF)
set(DWB_SANITIZE_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
# ./run fuzz: libFuzzer targets in tests/fuzz (clang). Project code gets coverage
# instrumentation and the sanitizers; the fuzz executables add -fsanitize=fuzzer.
option(DWB_FUZZ "Build the libFuzzer targets (tests/fuzz, clang only)" OFF)
if(DWB_FUZZ)
  set(DWB_SANITIZE ON)
  list(APPEND DWB_SANITIZE_FLAGS -fsanitize=fuzzer-no-link)
  # libFuzzer's convention: code may lower costly limits for the fuzz build
  # (Importer.cpp: key derivation rounds).
  add_compile_definitions(FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION)
endif()
function(dwb_apply_options target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED
    DWB_VERSION="${PROJECT_VERSION}")
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
    $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
  if(DWB_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  get_target_property(_dwb_type ${target} TYPE)
  if(DWB_SANITIZE AND NOT _dwb_type STREQUAL "MODULE_LIBRARY")
    target_compile_options(${target} PRIVATE ${DWB_SANITIZE_FLAGS})
    if(NOT _dwb_type STREQUAL "STATIC_LIBRARY")
      target_link_options(${target} PRIVATE ${DWB_SANITIZE_FLAGS})
    endif()
  endif()
endfunction()
