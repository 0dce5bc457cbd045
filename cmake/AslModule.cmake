# asl_library(NAME SOURCES a.cc b.cc DEPS other_lib)
#   A static library `asl_NAME` rooted at the repository root for includes ("core/json/value.h").
# asl_test(NAME SOURCES a_test.cc DEPS asl_json)
#   A GoogleTest binary registered with CTest (one CTest entry per test case).
function(asl_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(asl_${name} STATIC ${ARG_SOURCES})
  target_include_directories(asl_${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(asl_${name} PUBLIC ${ARG_DEPS})
  if(NOT MSVC)
    target_compile_options(asl_${name} PRIVATE -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)
  endif()
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports false -Wrestrict positives inside libstdc++'s string concatenation.
    target_compile_options(asl_${name} PRIVATE -Wno-restrict)
  endif()
endfunction()

function(asl_test name)
  if(NOT ASL_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main GTest::gmock)
  include(GoogleTest)
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "ASL_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
