# Fails when a C++ file under the given folders differs from what clang-format (.clang-format
# at the top) would make of it.
#   cmake -DCLANG_FORMAT=<path> -DROOT=<repo> -DDIRS=src,tests [-DEXCLUDE=regex] -P check_format.cmake
string(REPLACE "," ";" DIRS "${DIRS}")
set(files "")
foreach(d ${DIRS})
  file(GLOB_RECURSE found "${ROOT}/${d}/*.cpp" "${ROOT}/${d}/*.hpp")
  list(APPEND files ${found})
endforeach()
# EXCLUDE: a regular expression of paths to leave out (the checks' own fixtures, one of which
# is unformatted on purpose).
if(EXCLUDE)
  list(FILTER files EXCLUDE REGEX "${EXCLUDE}")
endif()
list(LENGTH files n)
if(n EQUAL 0)
  message(FATAL_ERROR "no C++ files under ${DIRS}")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror --style=file ${files}
                WORKING_DIRECTORY ${ROOT} RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "clang-format would change these files (run clang-format -i):\n${out}")
endif()
message(STATUS "clang-format: ${n} files as formatted")
