# A recording killed part-way must leave no finished-looking OUT.mp4, only OUT.mp4.partial, and that
# partial file must still play (fragmented MP4: every finished second is decodable).
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
# `timeout` sends SIGTERM after INTERRUPT_AFTER seconds (6; more under the sanitizers), as a user
# closing a terminal or a CI job being cancelled would.
execute_process(COMMAND timeout -s TERM ${INTERRUPT_AFTER} "${HIPSCOPE}" --storyboard "${STORYBOARD}" --record "${WORK}/out.mp4"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
message(STATUS "exit ${rc}: ${err}")
if(rc EQUAL 0)
  message(FATAL_ERROR "the 600 s storyboard finished in ${INTERRUPT_AFTER} s; the test no longer interrupts anything")
endif()
if(EXISTS "${WORK}/out.mp4")
  message(FATAL_ERROR "an interrupted recording left ${WORK}/out.mp4 as if it were finished")
endif()
if(NOT EXISTS "${WORK}/out.mp4.partial")
  message(FATAL_ERROR "an interrupted recording left nothing: the part recorded is lost")
endif()
execute_process(COMMAND ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames
                        -of csv=p=0 "${WORK}/out.mp4.partial"
                RESULT_VARIABLE probe_rc OUTPUT_VARIABLE frames OUTPUT_STRIP_TRAILING_WHITESPACE)
message(STATUS "decodable frames in the partial file: ${frames}")
if(NOT probe_rc EQUAL 0 OR NOT frames MATCHES "^[0-9]+$" OR frames LESS 24)
  message(FATAL_ERROR "the partial recording does not play (ffprobe ${probe_rc}, frames '${frames}')")
endif()
