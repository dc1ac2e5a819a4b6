# The code is formatted as .clang-format says: clang-format (14, from Debian 12) would change nothing.
# Usage: cmake -DCLANG_FORMAT=<path> -DROOT=<repo> -P Format.cmake
cmake_policy(VERSION 3.25)
if(NOT CLANG_FORMAT)
  message(FATAL_ERROR "clang-format is not installed (scripts/deps.sh test installs it)")
endif()
file(GLOB_RECURSE files "${ROOT}/src/*.cpp" "${ROOT}/src/*.hpp" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.hpp" "${ROOT}/cmake/*.cpp")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror --style=file ${files}
                WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE status ERROR_VARIABLE report)
if(NOT status EQUAL 0)
  string(REGEX MATCHALL "[^\n]*code should be clang-formatted[^\n]*" lines "${report}")
  list(LENGTH lines count)
  list(SUBLIST lines 0 10 first)
  string(REPLACE ";" "\n  " first "${first}")
  message(FATAL_ERROR "${count} places are not formatted as .clang-format says (run clang-format -i on them); the first:\n  ${first}")
endif()
message(STATUS "every source file is formatted")
