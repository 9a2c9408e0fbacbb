# cmake -DEXE=<doctest executable> -P check_test_names.cmake
# ctest runs each doctest case by name (doctest_discover_tests). A name holding a semicolon is
# split by CMake's lists into names that match no case, so the case never runs while ctest
# reports it passed: this check refuses such names.
execute_process(COMMAND "${EXE}" --list-test-cases --no-version=true
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} --list-test-cases failed (${rc})")
endif()
string(FIND "${out}" ";" semicolon)
if(NOT semicolon EQUAL -1)
  string(REGEX MATCHALL "[^\n]*;[^\n]*" bad "${out}")
  string(REPLACE ";" "\\;" bad "${bad}")
  message(FATAL_ERROR "test case names with ';' never run under ctest; rename them:\n${bad}")
endif()
