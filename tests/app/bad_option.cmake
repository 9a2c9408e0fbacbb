# A wrong command line: one line on standard error naming the option and what it takes, in
# the --lang language; exit code 2 (as candor-cli), no window left behind.
set(cases
  "--bogus|candor: unknown option --bogus \\(try --help\\)"
  "--example,nope|candor: --example: expected the id of a built-in example: platform-a-usdt, platform-a-xrp, got 'nope'"
  "--lang,de,--screenshot|candor: --screenshot braucht ein Verzeichnis, zum Beispiel --screenshot docs/images")
foreach(case IN LISTS cases)
  # "arg,arg|expected message"
  string(FIND "${case}" "|" bar)
  string(SUBSTRING "${case}" 0 ${bar} arg_text)
  math(EXPR from "${bar} + 1")
  string(SUBSTRING "${case}" ${from} -1 expect)
  string(REPLACE "," ";" args "${arg_text}")
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env XDG_CONFIG_HOME=${HOME_DIR}/.config
            ${XVFB_RUN} -a ${APP} ${args}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
  if(NOT rc EQUAL 2)
    message(FATAL_ERROR "candor ${args} exited with '${rc}', expected 2\n${out}\n${err}")
  endif()
  # Only candor's own lines count: xvfb-run may add one of its own (a temporary folder it could
  # not remove while another test's server was starting).
  string(REGEX MATCHALL "(^|\n)candor:[^\n]*\n" own "${err}")
  string(REPLACE ";" "" own "${own}")
  string(REGEX REPLACE "^\n" "" own "${own}")
  if(NOT own MATCHES "^${expect}\n$")
    message(FATAL_ERROR "candor ${args} wrote to standard error:\n${err}\nexpected: ${expect}")
  endif()
endforeach()
message(STATUS "wrong command lines are reported with exit code 2")
