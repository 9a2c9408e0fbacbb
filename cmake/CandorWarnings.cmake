# candor_set_warnings(target): the project's warning set; errors when CANDOR_WERROR is on.
function(candor_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Wnon-virtual-dtor)
  # GCC 12 at -O3 (the release build of run.sh) reports `"text" + std::string` concatenations
  # as overlapping memcpy calls of 2^63 bytes (-Wrestrict): a false positive of its inlined
  # std::string (GCC bug 105651, fixed in GCC 13). Only that compiler and optimisation level.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE $<$<CONFIG:Release>:-Wno-restrict>)
  endif()
  if(CANDOR_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
