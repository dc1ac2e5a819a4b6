# Frame N of a recorded clip is the frame --output renders for the same settings and time.
# Tolerance for H.264 (crf 20, 4:2:0 chroma): mean difference <= 6 and at most 2 % of pixels off
# by more than 24 (measured: mean 4.1, 0.9 %). The check has teeth: the same still with the
# camera turned 5 degrees measures mean 9.7, 8 %; another scenario, mean 31+, 30 %. To prove it,
# the test also requires that a still of a different scenario does NOT match.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "${ARGV0}: ${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}")
  endif()
endfunction()
# frame_check.json: one 1 s step of the piriformis scenario at 24 fps, 320x240, caption from the scenario.
run("${HIPSCOPE}" --storyboard "${STORYBOARD}" --record "${WORK}/clip.mp4")
run(ffmpeg -v error -y -i "${WORK}/clip.mp4" -vf "select=eq(n\\,12)" -vsync 0 -frames:v 1 "${WORK}/frame12.png")
run("${HIPSCOPE}" --output "${WORK}/still.png" --size 320x240 --set scenario=piriformis --set time=0.5)
run("${IMGDIFF}" "${WORK}/still.png" "${WORK}/frame12.png" "${WORK}/diff.png" 6 2)
run("${HIPSCOPE}" --output "${WORK}/other.png" --size 320x240 --set scenario=tight_hips --set time=0.5)
execute_process(COMMAND "${IMGDIFF}" "${WORK}/other.png" "${WORK}/frame12.png" "${WORK}/diff-other.png" 6 2
                RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message(STATUS "another scenario: ${out}")
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "a still of another scenario matched the frame: the comparison proves nothing")
endif()
