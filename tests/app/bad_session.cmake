# The app, started in German with a last session it cannot read, says so on standard error in
# German, keeping the file and the line, and starts anyway (exit 0, window shown).
file(REMOVE_RECURSE "${HOME_DIR}")
file(MAKE_DIRECTORY "${HOME_DIR}/.config/candor")
set(session "${HOME_DIR}/.config/candor/session.json")
file(WRITE "${session}" "{\n  \"session_version\": 2,\n  \"offers\": [ oops ]\n}\n")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env HOME=${HOME_DIR} XDG_CONFIG_HOME=${HOME_DIR}/.config
          ${XVFB_RUN} -a ${APP} --lang de --quit-when-shown
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the app exited with '${rc}'\n${out}\n${err}")
endif()
if(NOT out MATCHES "shown")
  message(FATAL_ERROR "the window was not shown\n${out}\n${err}")
endif()
set(expected "candor: die letzte Sitzung wird ignoriert: ${session}:3: kein gültiges JSON")
string(FIND "${err}" "${expected}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "standard error lacks\n  ${expected}\nit was:\n${err}")
endif()
message(STATUS "the unreadable session was reported in German")
