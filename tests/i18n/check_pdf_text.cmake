# cmake -DCLI=<candor-cli> -DPDFTOTEXT=<pdftotext> -DOUT=<file.pdf> -DLANG=<xx>
#       -DEXPECT=<text1|text2|...> [-DREJECT=<text|...>] -P check_pdf_text.cmake
#
# Writes the example's report in language LANG, extracts its text with pdftotext and checks
# that every EXPECT string is there (in logical order, as a reader types it: shaped Arabic
# extracts back to its letters only through the font's glyph-to-text mapping that Pango and
# cairo write for shaped runs) and that no REJECT string (an English original) is.
foreach(var CLI PDFTOTEXT OUT LANG EXPECT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_pdf_text.cmake: ${var} is not set")
  endif()
endforeach()
file(REMOVE "${OUT}")
execute_process(COMMAND "${CLI}" --lang ${LANG} report --example -o "${OUT}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${OUT}")
  message(FATAL_ERROR "candor-cli report failed (${rc}): ${out}${err}")
endif()
execute_process(COMMAND "${PDFTOTEXT}" -enc UTF-8 "${OUT}" -
                RESULT_VARIABLE rc OUTPUT_VARIABLE text ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pdftotext failed (${rc}): ${err}")
endif()
string(REPLACE "|" ";" expect "${EXPECT}")
foreach(s IN LISTS expect)
  string(FIND "${text}" "${s}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the ${LANG} report lacks \"${s}\". pdftotext gave:\n${text}")
  endif()
endforeach()
if(DEFINED REJECT)
  string(REPLACE "|" ";" reject "${REJECT}")
  foreach(s IN LISTS reject)
    string(FIND "${text}" "${s}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "the ${LANG} report still shows the English \"${s}\"")
    endif()
  endforeach()
endif()
message(STATUS "${LANG} report: all ${EXPECT} found")
