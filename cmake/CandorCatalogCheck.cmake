# cmake -DMODE=<stats|complete|pot-current> ... -P CandorCatalogCheck.cmake
#
# stats:       -DMSGFMT -DPO       msgfmt --check --statistics is clean and reports only
#                                  translated messages (no fuzzy, no untranslated).
# complete:    -DMSGCMP -DPO -DPOT every msgid of the freshly extracted template has a
#                                  (non-fuzzy) translation in PO.
# pot-current: -DMSGCMP -DPOT -DCOMMITTED
#                                  the committed template and the freshly extracted one hold the
#                                  same msgids (nothing added or removed without `pot`).
if(MODE STREQUAL "stats")
  execute_process(COMMAND "${MSGFMT}" --check --statistics -o /dev/null "${PO}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(STRIP "${err}" err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "msgfmt --check failed for ${PO}:\n${out}${err}")
  endif()
  if(NOT err MATCHES "^[0-9]+ translated messages?\\.$")
    message(FATAL_ERROR "${PO} is not fully translated: ${err}")
  endif()
  message(STATUS "${PO}: ${err}")
elseif(MODE STREQUAL "complete")
  execute_process(COMMAND "${MSGCMP}" "${PO}" "${POT}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PO} lacks translations for strings in the sources "
                        "(run the `pot` and `update-po` targets, then translate):\n${out}${err}")
  endif()
elseif(MODE STREQUAL "pot-current")
  execute_process(COMMAND "${MSGCMP}" --use-untranslated "${COMMITTED}" "${POT}"
                  RESULT_VARIABLE rc1 OUTPUT_VARIABLE out1 ERROR_VARIABLE err1)
  execute_process(COMMAND "${MSGCMP}" --use-untranslated "${POT}" "${COMMITTED}"
                  RESULT_VARIABLE rc2 OUTPUT_VARIABLE out2 ERROR_VARIABLE err2)
  if(NOT rc1 EQUAL 0)
    message(FATAL_ERROR "locale/candor.pot lacks strings now marked in the sources "
                        "(run `cmake --build --preset dev --target pot`):\n${out1}${err1}")
  endif()
  if(NOT rc2 EQUAL 0)
    message(FATAL_ERROR "locale/candor.pot holds strings no longer in the sources "
                        "(run `cmake --build --preset dev --target pot`):\n${out2}${err2}")
  endif()
else()
  message(FATAL_ERROR "CandorCatalogCheck.cmake: unknown MODE '${MODE}'")
endif()
