# candor_embed(target NAME symbol FILE path)
# Compiles a data file into `target` as `std::string_view candor::embedded::<symbol>()`,
# regenerated whenever the file changes. The file stays the single source of the data.
function(candor_embed target)
  cmake_parse_arguments(ARG "" "NAME;FILE" "" ${ARGN})
  get_filename_component(abs "${ARG_FILE}" ABSOLUTE)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${ARG_NAME}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DINPUT=${abs} -DOUTPUT=${out} -DSYMBOL=${ARG_NAME}
            -P "${PROJECT_SOURCE_DIR}/cmake/CandorEmbedScript.cmake"
    DEPENDS "${abs}" "${PROJECT_SOURCE_DIR}/cmake/CandorEmbedScript.cmake"
    COMMENT "Embedding ${ARG_FILE}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
