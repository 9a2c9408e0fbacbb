# Writes OUTPUT, a C++ file defining candor::embedded::SYMBOL() over the bytes of INPUT.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT}; do not edit.\n"
  "#include <string_view>\n"
  "namespace candor::embedded {\n"
  "namespace {\nconstexpr char data[] = {${bytes} '\\0'};\n}\n"
  "std::string_view ${SYMBOL}() { return {data, ${size}}; }\n"
  "} // namespace candor::embedded\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
