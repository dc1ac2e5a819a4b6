# Builds the Debian package with cpack, unpacks it into a fresh root and checks it as installed:
# the file name, Depends computed from the binaries, the files it holds, the app rendering the
# built-in model from an unrelated folder (assets under <root>/usr/share/hipscope, the import worker
# under <root>/usr/libexec/hipscope), the icons' sizes, and the desktop entry, metainfo and man page
# through their validators.
# In: CPACK, BUILD (the build folder), VERSION, WORK, DATA (tests/data), BASELINES, IMGDIFF, APP_ID.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/elsewhere")

function(run)  # run(<what> COMMAND ...): fails the test unless the command exits 0; sets run_out, run_err
  cmake_parse_arguments(PARSE_ARGV 1 R "" "WORKING_DIRECTORY" "COMMAND")
  if(NOT R_WORKING_DIRECTORY)
    set(R_WORKING_DIRECTORY "${WORK}")
  endif()
  execute_process(COMMAND ${R_COMMAND} WORKING_DIRECTORY "${R_WORKING_DIRECTORY}" RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 300)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${ARGV0} failed (${rc}): ${R_COMMAND}\n${out}${err}")
  endif()
  set(run_out "${out}" PARENT_SCOPE)
  set(run_err "${err}" PARENT_SCOPE)
endfunction()

# The package, written outside the build folder so a test run never replaces the user's.
run("cpack" COMMAND "${CPACK}" --config "${BUILD}/CPackConfig.cmake" -G DEB -B "${WORK}/out")
run("dpkg --print-architecture" COMMAND dpkg --print-architecture)
string(STRIP "${run_out}" arch)
set(deb "${WORK}/out/hipscope_${VERSION}_${arch}.deb")
file(GLOB debs "${WORK}/out/*.deb")
if(NOT debs STREQUAL deb)
  message(FATAL_ERROR "expected exactly ${deb}, cpack wrote: ${debs}")
endif()
file(SIZE "${deb}" size)
message(STATUS "${deb}: ${size} bytes")

# Depends comes from dpkg-shlibdeps (the model importer the binaries link) and cmake/Packaging.cmake
# (the FFmpeg libraries the app opens when it records).
run("dpkg-deb -f" COMMAND dpkg-deb -f "${deb}" Package Version Architecture Section Maintainer Depends)
message(STATUS "${run_out}")
foreach(field "Package: hipscope\n" "Version: ${VERSION}\n" "Section: science\n" "Maintainer: [^\n]+ <[^\n]+@[^\n]+>\n")
  if(NOT run_out MATCHES "${field}")
    message(FATAL_ERROR "the package's control lacks /${field}/")
  endif()
endforeach()
string(REGEX MATCH "Depends: [^\n]*" depends "${run_out}")
foreach(lib libassimp[0-9] libavcodec[0-9] libavformat[0-9] libavutil[0-9] libswscale[0-9] libglfw3 libc6)
  if(NOT depends MATCHES "[ ,]${lib}[^,]* \\(>= ")
    message(FATAL_ERROR "Depends does not list ${lib} with a version: ${depends}")
  endif()
endforeach()
# ...and what the app opens at run time, which no linker sees: EGL and Mesa's drivers.
foreach(lib libegl1 libgl1-mesa-dri)
  if(NOT depends MATCHES "[ ,]${lib}(,|$)")
    message(FATAL_ERROR "Depends does not list ${lib}: ${depends}")
  endif()
endforeach()

set(root "${WORK}/root")
run("dpkg-deb -x" COMMAND dpkg-deb -x "${deb}" "${root}")
set(share "${root}/usr/share")
file(GLOB storyboards RELATIVE "${DATA}/../../assets/storyboards" "${DATA}/../../assets/storyboards/*.json")
list(TRANSFORM storyboards PREPEND "${share}/hipscope/storyboards/")
foreach(file "${root}/usr/bin/hipscope" "${root}/usr/libexec/hipscope/hipscope-import"
             "${share}/hipscope/assets/hipscope.glb" "${share}/hipscope/assets/mechanics.json"
             "${share}/hipscope/assets/catalog.json" ${storyboards}
             "${share}/applications/${APP_ID}.desktop" "${share}/metainfo/${APP_ID}.metainfo.xml"
             "${share}/icons/hicolor/scalable/apps/${APP_ID}.svg" "${share}/man/man1/hipscope.1.gz")
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "the package lacks ${file}")
  endif()
endforeach()
if(EXISTS "${root}/usr/bin/hipscope-import")
  message(FATAL_ERROR "hipscope-import is not a user's command: it belongs in /usr/libexec/hipscope")
endif()

function(png_size file var)  # "WIDTHxHEIGHT" from the PNG's IHDR
  file(READ "${file}" head LIMIT 24 HEX)
  if(NOT head MATCHES "^89504e470d0a1a0a")
    message(FATAL_ERROR "${file} is not a PNG")
  endif()
  string(SUBSTRING "${head}" 32 8 w)
  string(SUBSTRING "${head}" 40 8 h)
  math(EXPR w "0x${w}")
  math(EXPR h "0x${h}")
  set(${var} "${w}x${h}" PARENT_SCOPE)
endfunction()
foreach(size 16 32 48 64 128 256)
  set(icon "${share}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
  if(NOT EXISTS "${icon}")
    message(FATAL_ERROR "the package lacks the ${size}x${size} icon ${icon}")
  endif()
  png_size("${icon}" got)
  if(NOT got STREQUAL "${size}x${size}")
    message(FATAL_ERROR "${icon} is ${got}")
  endif()
endforeach()

# The installed app, as a user runs it: from another folder, nothing in the environment pointing
# at the build. It must find the built-in model and draw it as the golden image shows it.
set(env ${CMAKE_COMMAND} -E env --unset=HIPSCOPE_ASSET_DIR --unset=HIPSCOPE_IMPORT_WORKER)
set(shot "${WORK}/elsewhere/shot.png")
run("the packaged hipscope --output" WORKING_DIRECTORY "${WORK}/elsewhere"
    COMMAND ${env} "${root}/usr/bin/hipscope" --output shot.png --size 640x360)
png_size("${shot}" got)
if(NOT got STREQUAL "640x360")
  message(FATAL_ERROR "${shot} is ${got}, not 640x360")
endif()
run("the packaged app's frame against the golden posterior_default"
    COMMAND "${IMGDIFF}" "${BASELINES}/posterior_default.png" "${shot}" "${WORK}/shot.diff.png")
# A model of the user's own goes through the import worker, found in <root>/usr/libexec/hipscope.
run("the packaged hipscope --model" WORKING_DIRECTORY "${WORK}/elsewhere"
    COMMAND ${env} "${root}/usr/bin/hipscope" --model "${DATA}/tetrahedron.obj" --output own.png --size 64x48)
png_size("${WORK}/elsewhere/own.png" got)
if(NOT got STREQUAL "64x48")
  message(FATAL_ERROR "own.png is ${got}, not 64x48")
endif()

# The validators say nothing at all: no error, no warning, no hint.
run("desktop-file-validate" COMMAND desktop-file-validate "${share}/applications/${APP_ID}.desktop")
if(NOT "${run_out}${run_err}" STREQUAL "")
  message(FATAL_ERROR "desktop-file-validate: ${run_out}${run_err}")
endif()
file(STRINGS "${share}/applications/${APP_ID}.desktop" entry)
foreach(line "Exec=hipscope %f" "Icon=${APP_ID}")
  if(NOT line IN_LIST entry)
    message(FATAL_ERROR "the desktop entry lacks ${line}")
  endif()
endforeach()
run("appstreamcli validate" COMMAND appstreamcli validate --no-net "${share}/metainfo/${APP_ID}.metainfo.xml")
message(STATUS "appstreamcli: ${run_out}${run_err}")
if(NOT "${run_out}" MATCHES "Validation was successful" OR "${run_out}" MATCHES "(^|\n)[EW]: ")
  message(FATAL_ERROR "appstreamcli validate: ${run_out}${run_err}")
endif()

# The man page: groff finds nothing to warn about, and it describes every flag --help lists.
run("gzip -dc" COMMAND gzip -dc "${share}/man/man1/hipscope.1.gz")
file(WRITE "${WORK}/hipscope.1" "${run_out}")
run("groff" COMMAND groff -man -ww -z "${WORK}/hipscope.1")
if(NOT "${run_out}${run_err}" STREQUAL "")
  message(FATAL_ERROR "groff warns about the man page: ${run_out}${run_err}")
endif()
file(READ "${WORK}/hipscope.1" page)
string(REPLACE "\\-" "-" page "${page}")
run("hipscope --help" COMMAND ${env} "${root}/usr/bin/hipscope" --help)
string(REGEX MATCHALL "--[a-z][a-z-]*" flags "${run_out}")
list(REMOVE_DUPLICATES flags)
foreach(flag ${flags})
  if(NOT page MATCHES "\n\\.TP\n\\.B[IR]? [^\n]*${flag}([^a-z-]|$)")
    message(FATAL_ERROR "the man page has no entry (.TP) for ${flag}")
  endif()
endforeach()
foreach(text "--list-options" "XDG_CONFIG_HOME/hipscope" "\n\\.B 2\n" "\n\\.B 3\n")
  if(NOT page MATCHES "${text}")
    message(FATAL_ERROR "the man page does not say /${text}/")
  endif()
endforeach()
