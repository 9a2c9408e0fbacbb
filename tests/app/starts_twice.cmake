# Runs the app twice with the same (fresh) home and config directory; both runs must exit 0.
file(REMOVE_RECURSE "${HOME_DIR}")
file(MAKE_DIRECTORY "${HOME_DIR}")
foreach(run 1 2)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env HOME=${HOME_DIR} XDG_CONFIG_HOME=${HOME_DIR}/.config
            ${XVFB_RUN} -a ${APP} --example --quit-when-shown
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "run ${run} of the app exited with '${rc}'\n${out}")
  endif()
endforeach()
message(STATUS "the app started twice with saved preferences")
