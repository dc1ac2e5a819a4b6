# A remembered logo that can no longer be read is said once and forgotten: after one start of the
# window, settings.json no longer holds it (the other preferences stay).
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/config/hipscope")
file(WRITE "${WORK}/config/hipscope/settings.json"
     "{\"options\": {\"record.logo\": \"${WORK}/moved/logo.png\", \"labels\": \"true\"}}\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E env "XDG_CONFIG_HOME=${WORK}/config" "${HIPSCOPE}" --exit-after-frames 3
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "hipscope exited with ${rc}: ${err}")
endif()
file(READ "${WORK}/config/hipscope/settings.json" remembered)
message(STATUS "settings.json after the run: ${remembered}")
if(remembered MATCHES "record\\.logo")
  message(FATAL_ERROR "the unreadable logo is still remembered")
endif()
if(NOT remembered MATCHES "\"labels\": \"true\"")
  message(FATAL_ERROR "the other preferences were lost")
endif()
