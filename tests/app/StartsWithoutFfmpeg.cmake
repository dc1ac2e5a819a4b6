cmake_minimum_required(VERSION 3.25)
# FFmpeg's libraries are opened when a clip is recorded (recording/FfmpegLibraries.cpp), never at
# start: linked, they brought some 130 shared libraries that slowed every start, a still picture's
# and a handout's, by about 50 ms. A still is made without them; a clip loads them and records.
execute_process(COMMAND readelf -d "${HIPSCOPE}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf -d ${HIPSCOPE} failed")
endif()
if(dynamic MATCHES "NEEDED[^\n]*(libav|libswscale)[^\n]*")
  message(FATAL_ERROR "hipscope links FFmpeg again: ${CMAKE_MATCH_0}")
endif()
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND env LD_DEBUG=files "${HIPSCOPE}" --output "${WORK}/still.png" --size 160x90
                RESULT_VARIABLE rc ERROR_VARIABLE loaded OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the still failed (${rc})")
endif()
if(loaded MATCHES "file=(libav[a-z]+\\.so[.0-9]*)")
  message(FATAL_ERROR "a still picture loaded ${CMAKE_MATCH_1}")
endif()
execute_process(COMMAND env LD_DEBUG=files "${HIPSCOPE}" --storyboard "${STORYBOARD}" --size 160x90
                        --record "${WORK}/clip.mp4"
                RESULT_VARIABLE rc ERROR_VARIABLE loaded OUTPUT_QUIET)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK}/clip.mp4")
  message(FATAL_ERROR "the clip was not recorded (${rc})")
endif()
if(NOT loaded MATCHES "file=libavcodec\\.so")
  message(FATAL_ERROR "recording a clip did not load libavcodec")
endif()
message(STATUS "a still loads no FFmpeg library; a clip loads them and records")
