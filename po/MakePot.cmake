# po/hipscope.pot from the sources: tr("...") and N_("...") in src/ (xgettext) and the data files'
# strings (ExtractJson.cmake). Locations name the file only, so moving code does not change it.
# Usage: cmake -DROOT=<source dir> -DOUT=<file.pot> -DXGETTEXT=<xgettext> -P MakePot.cmake
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${CMAKE_COMMAND}" -DROOT=${ROOT} -DOUT=${OUT}.json.pot -P "${CMAKE_CURRENT_LIST_DIR}/ExtractJson.cmake"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not read the data files' strings")
endif()
file(GLOB_RECURSE sources RELATIVE "${ROOT}" "${ROOT}/src/*.cpp" "${ROOT}/src/*.hpp")
list(FILTER sources EXCLUDE REGEX "^src/generator/")
list(SORT sources)
execute_process(
  COMMAND "${XGETTEXT}" --from-code=UTF-8 --keyword=tr --keyword=N_ --add-comments=TRANSLATORS: --add-location=file
          --package-name=hipscope --msgid-bugs-address=https://hipscope.invalid/issues --foreign-user -o "${OUT}.new"
          ${sources} "${OUT}.json.pot"
  WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE rc ERROR_VARIABLE err)
file(REMOVE "${OUT}.json.pot")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed: ${err}")
endif()
# The template's header without a creation date, so the same sources give the same bytes.
file(READ "${OUT}.new" pot)
file(REMOVE "${OUT}.new")
string(REGEX REPLACE "\"POT-Creation-Date: [^\"]*\"\n" "" pot "${pot}")
string(REPLACE "\"Content-Type: text/plain; charset=CHARSET\\n\"" "\"Content-Type: text/plain; charset=UTF-8\\n\"" pot "${pot}")
file(WRITE "${OUT}" "${pot}")
