# Compile options shared by every target of the project: dwb_apply_options(target)
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
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
  if(DWB_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
