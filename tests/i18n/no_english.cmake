# cmake -DCLI=<candor-cli> -DPDFTOTEXT=<pdftotext> -DCHECK=<english_check> -DPOT=<candor.pot>
#       -DPO=<lang.po> -DALLOWED=<file> -DLANG=<xx> -DWORK=<dir> -P no_english.cmake
#
# Writes every output of the two built-in examples in language LANG (issue 15, docs/translating.md
# "No English left"): the help of every command, analyze (with and without every scenario),
# simulate, ponzi, examples, the report and the handout of each example, each chart kind (PDF,
# read back with pdftotext), and fails when english_check finds English in any of them.
foreach(var CLI PDFTOTEXT CHECK POT PO ALLOWED LANG WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "no_english.cmake: ${var} is not set")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(outputs "")

# run(<name> <args>...): candor-cli --lang LANG <args> > WORK/<name>.txt, which must succeed.
function(run name)
  execute_process(COMMAND "${CLI}" --lang ${LANG} ${ARGN} RESULT_VARIABLE rc
                  OUTPUT_FILE "${WORK}/${name}.txt" ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "candor-cli --lang ${LANG} ${ARGN} failed (${rc}): ${err}")
  endif()
  set(outputs ${outputs} "${WORK}/${name}.txt" PARENT_SCOPE)
endfunction()

# run_pdf(<name> <args>...): candor-cli ... -o WORK/<name>.pdf, then its text.
function(run_pdf name)
  execute_process(COMMAND "${CLI}" --lang ${LANG} ${ARGN} -o "${WORK}/${name}.pdf"
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "candor-cli --lang ${LANG} ${ARGN} failed (${rc}): ${err}")
  endif()
  execute_process(COMMAND "${PDFTOTEXT}" -enc UTF-8 "${WORK}/${name}.pdf" "${WORK}/${name}.txt"
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pdftotext ${WORK}/${name}.pdf failed (${rc})")
  endif()
  set(outputs ${outputs} "${WORK}/${name}.txt" PARENT_SCOPE)
endfunction()

run(help --help)
foreach(command analyze examples simulate ponzi report chart)
  run(help-${command} ${command} --help)
endforeach()
run(examples examples)
run(ponzi ponzi --promised-rate 3.29 --nominal-rate 0.04 --withdrawal-rate 1 --deposit-growth 7.187
    --initial-inflow 1.130 --deposits-end 0.58)
foreach(example platform-a-usdt platform-a-xrp)
  run(analyze-${example} analyze --example ${example})
  run(analyze-${example}-scenarios analyze --example ${example} --scenario-all)
  run(simulate-${example} simulate --example ${example})
  run_pdf(report-${example} report --example ${example})
  run_pdf(handout-${example} report --example ${example} --handout)
  foreach(kind value rollover outcomes survival ladder)
    run_pdf(chart-${kind}-${example} chart ${kind} --example ${example} --format pdf)
  endforeach()
endforeach()

execute_process(COMMAND "${CHECK}" "${POT}" "${PO}" "${ALLOWED}" ${outputs}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "English left in the ${LANG} outputs (${WORK}):\n${out}${err}")
endif()
message(STATUS "${out}")
