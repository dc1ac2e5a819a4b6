# The patient's handout: one page of the asked size, with the scenario's sentence, the structures
# involved in plain words and the clinic's name, as a PDF reader sees it (poppler's pdfinfo and
# pdftotext).
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
foreach(paper a4 letter)
  set(pdf "${WORK}/handout-${paper}.pdf")
  execute_process(COMMAND "${HIPSCOPE}" --handout "${pdf}" --set scenario=piriformis --set "record.watermark=Praxis Weber"
                          --set handout.paper=${paper}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "hipscope --handout exited with ${rc}: ${err}")
  endif()
  execute_process(COMMAND pdfinfo "${pdf}" OUTPUT_VARIABLE info RESULT_VARIABLE rc)
  message(STATUS "${paper}: ${info}")
  if(NOT rc EQUAL 0 OR NOT info MATCHES "Pages: +1\n")
    message(FATAL_ERROR "the handout is not one page: ${info}")
  endif()
  if(paper STREQUAL "a4" AND NOT info MATCHES "595\\.276 x 841\\.89 pts \\(A4\\)")
    message(FATAL_ERROR "not A4: ${info}")
  endif()
  if(paper STREQUAL "letter" AND NOT info MATCHES "612 x 792 pts \\(letter\\)")
    message(FATAL_ERROR "not Letter: ${info}")
  endif()
  execute_process(COMMAND pdftotext -layout "${pdf}" - OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  string(REGEX REPLACE "[ \n]+" " " text "${text}")
  foreach(words "A tight piriformis presses on the sciatic nerve" "Piriformis \\(deep butt muscle\\), right"
                "Sciatic nerve \\(big leg nerve\\), right" "Praxis Weber")
    if(NOT text MATCHES "${words}")
      message(FATAL_ERROR "the handout does not say '${words}': ${text}")
    endif()
  endforeach()
  execute_process(COMMAND pdffonts "${pdf}" OUTPUT_VARIABLE fonts)
  if(fonts MATCHES " no +no +no ")  # emb sub uni: a font that is not embedded
    message(FATAL_ERROR "a font is not embedded: ${fonts}")
  endif()
endforeach()
