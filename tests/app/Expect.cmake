# Runs hipscope with ARGS and checks its exit code and message. For failures it also checks that the
cmake_minimum_required(VERSION 3.25)
# message is a single line and that no output file (or temporary) was left behind.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(TOUCH "${WORK}/empty.obj")
get_filename_component(bindir "${HIPSCOPE}" DIRECTORY)
execute_process(COMMAND head -c 3000 "${bindir}/assets/hipscope.glb" OUTPUT_FILE "${WORK}/truncated.glb")

string(REPLACE "@WORK@" "${WORK}" args "${ARGS}")
string(REPLACE "@DATA@" "${DATA}" args "${args}")
execute_process(COMMAND "${HIPSCOPE}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                TIMEOUT 120)
message(STATUS "exit ${rc}\nstdout: ${out}\nstderr: ${err}")
if(NOT rc STREQUAL "${CODE}")
  message(FATAL_ERROR "expected exit code ${CODE}, got ${rc}")
endif()

if(CODE EQUAL 0)
  set(text "${out}${err}")  # a success's notes (e.g. how many meshes mapped) go to stderr
else()
  set(text "${err}")
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines lines)
  if(NOT lines EQUAL 1)
    message(FATAL_ERROR "expected a one-line error, got ${lines} lines")
  endif()
  file(GLOB leftovers "${WORK}/out.png" "${WORK}/out.pdf" "${WORK}/*.tmp-*" "${WORK}/out.mp4" "${WORK}/out.mp4.partial")
  if(leftovers)
    message(FATAL_ERROR "failed run left files behind: ${leftovers}")
  endif()
endif()
# A successful --record must have left a finished, decodable video (and no .partial): the decoder's
# own count of frames, codec and size are appended to the text the regex checks.
list(FIND args --record at)
if(CODE EQUAL 0 AND at GREATER -1)
  math(EXPR at "${at} + 1")
  list(GET args ${at} video)
  if(EXISTS "${video}.partial")
    message(FATAL_ERROR "${video}.partial left behind")
  endif()
  execute_process(COMMAND ffprobe -v error -count_frames -select_streams v:0
                          -show_entries stream=codec_name,width,height,nb_read_frames:format=duration -of compact "${video}"
                  RESULT_VARIABLE probe_rc OUTPUT_VARIABLE probe ERROR_VARIABLE probe_err)
  if(NOT probe_rc EQUAL 0 OR NOT probe_err STREQUAL "")
    message(FATAL_ERROR "ffprobe cannot read ${video}: ${probe_err}")
  endif()
  message(STATUS "ffprobe: ${probe}")
  string(APPEND text "${probe}")
endif()

if(NOT "${REGEX}" STREQUAL "" AND NOT text MATCHES "${REGEX}")
  message(FATAL_ERROR "output does not match /${REGEX}/")
endif()

# A successful --output or --window-shot must have written a real PNG.
foreach(flag --output --window-shot)
  list(FIND args ${flag} at)
  if(CODE EQUAL 0 AND at GREATER -1)
    math(EXPR at "${at} + 1")
    list(GET args ${at} png)
    file(READ "${png}" magic LIMIT 8 HEX)
    if(NOT magic STREQUAL "89504e470d0a1a0a")
      message(FATAL_ERROR "${png} is not a PNG")
    endif()
  endif()
endforeach()
