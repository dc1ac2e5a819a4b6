# The handout of a self-care stretch: its name, how to do it in plain steps (hold about 30 s, repeat,
# breathe, ease off if it hurts or tingles down the leg) and what it lengthens with its percentage, in
# English and in German, as a PDF reader sees it (poppler's pdftotext).
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(en_words "Your stretch: Piriformis stretch \\(deep buttock muscle\\)" "Stretch the right side\\. Lie on your back"
             "about 30 seconds" "breathe calmly" "repeat it 3 times" "ease off if it hurts" "tingling"
             "It lengthens: Piriformis \\(deep butt muscle\\), right: [1-9][0-9]* % longer")
set(de_words "Ihre Dehnung: Dehnung des Piriformis \\(tiefer Gesäßmuskel\\)" "Dehnen Sie die rechte Seite\\."
             "etwa 30 Sekunden" "ruhig" "3-mal" "Kribbeln" "Es dehnt: Piriformis \\([^)]*\\), rechts: [1-9][0-9]* % länger")
foreach(language en de)
  set(pdf "${WORK}/stretch-${language}.pdf")
  execute_process(COMMAND "${HIPSCOPE}" --handout "${pdf}" --set stretch=piriformis --set ui.language=${language}
                          --set handout.paper=a4
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "hipscope --handout exited with ${rc}: ${err}")
  endif()
  execute_process(COMMAND pdfinfo "${pdf}" OUTPUT_VARIABLE info RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT info MATCHES "Pages: +1\n")
    message(FATAL_ERROR "the handout is not one page: ${info}")
  endif()
  execute_process(COMMAND pdftotext -layout "${pdf}" - OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  string(REGEX REPLACE "[ \n]+" " " text "${text}")
  message(STATUS "${language}: ${text}")
  foreach(words ${${language}_words})
    if(NOT text MATCHES "${words}")
      message(FATAL_ERROR "the ${language} handout does not say '${words}': ${text}")
    endif()
  endforeach()
endforeach()
