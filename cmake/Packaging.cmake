# The Debian package: `cpack -G DEB` in the build folder (or `cmake --build build --target package`)
# writes hipscope_<version>_amd64.deb. Besides the programs and assets (src/CMakeLists.txt) it holds
# the desktop entry, the icon (the SVG and PNGs rendered from it at build time), the AppStream
# metainfo and the man page, all from packaging/. Dependencies are computed by dpkg-shlibdeps.
set(HIPSCOPE_APP_ID org.hipscope.Hipscope)
set(packaging "${PROJECT_SOURCE_DIR}/packaging")
set(packaged "${CMAKE_BINARY_DIR}/packaging")

install(FILES "${packaging}/${HIPSCOPE_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${packaging}/${HIPSCOPE_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${packaging}/${HIPSCOPE_APP_ID}.svg" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The hicolor PNGs, rendered from the SVG (rsvg-convert, package librsvg2-bin).
find_program(RSVG_CONVERT rsvg-convert)
set(icons "")
if(RSVG_CONVERT)
  foreach(size 16 32 48 64 128 256)
    set(png "${packaged}/icons/${size}x${size}/${HIPSCOPE_APP_ID}.png")
    add_custom_command(OUTPUT "${png}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${packaged}/icons/${size}x${size}"
      COMMAND "${RSVG_CONVERT}" -w ${size} -h ${size} -o "${png}" "${packaging}/${HIPSCOPE_APP_ID}.svg"
      DEPENDS "${packaging}/${HIPSCOPE_APP_ID}.svg"
      COMMENT "Rendering the ${size}x${size} icon")
    install(FILES "${png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    list(APPEND icons "${png}")
  endforeach()
else()
  message(WARNING "rsvg-convert not found (package librsvg2-bin; scripts/deps.sh installs it): "
                  "the package gets only the scalable icon, and its test fails")
endif()

# The man page, gzipped as Debian wants it (-n: no name or time stamp, the same bytes every build).
set(man "${packaged}/hipscope.1.gz")
add_custom_command(OUTPUT "${man}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${packaged}"
  COMMAND gzip -9 -n -c "${packaging}/hipscope.1" > "${man}"
  DEPENDS "${packaging}/hipscope.1"
  COMMENT "Compressing the man page")
install(FILES "${man}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
add_custom_target(hipscope_packaging ALL DEPENDS ${icons} "${man}")

set(HIPSCOPE_PACKAGE_MAINTAINER "Hipscope maintainers <maintainers@users.noreply.r-seed-56bd2371.example>"
    CACHE STRING "the Debian package's Maintainer field")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hipscope)
set(CPACK_PACKAGE_VENDOR "Hipscope")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "3D pelvis and hip anatomy for explaining low back pain and sciatica")
set(CPACK_PACKAGE_DESCRIPTION
    "Hipscope shows a patient, in 3D, where their low back pain or sciatica really comes from: a
pelvis-and-hip model with its muscles and the sciatic nerve, layers to peel away, a posable
skeleton, muscle tension, the piriformis pressing on the nerve, five scenarios with captions,
and short clips and pictures for patients to take home.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # hipscope_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HIPSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends from the binaries' libraries (dpkg-shlibdeps, dpkg-dev)
# What no binary links and dpkg-shlibdeps cannot see: libepoxy opens libEGL at run time (--output,
# clips: EGL surfaceless), which needs Mesa's drivers (llvmpipe without a GPU); the panel's font.
# FFmpeg's libraries too: recording/FfmpegLibraries.cpp opens them when a clip is recorded (linked,
# they slowed every start by 136 libraries): the packages of the sonames built against, at least
# the upstream version installed here (7:5.1 on Debian 12).
set(HIPSCOPE_DEPENDS "libegl1, libgl1-mesa-dri")
foreach(lib avcodec avformat avutil swscale)
  execute_process(COMMAND pkg-config --modversion lib${lib} OUTPUT_VARIABLE modversion OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE rc ERROR_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config knows no lib${lib}: run scripts/deps.sh")
  endif()
  string(REGEX MATCH "^[0-9]+" major "${modversion}")
  set(package "lib${lib}${major}")
  execute_process(COMMAND dpkg-query -W "-f=\${Version}" ${package} OUTPUT_VARIABLE version RESULT_VARIABLE rc
                  ERROR_QUIET)
  string(REGEX REPLACE "^([0-9]+:)?([0-9]+\\.[0-9]+).*" "\\1\\2" version "${version}")
  if(rc EQUAL 0 AND version)
    string(APPEND HIPSCOPE_DEPENDS ", ${package} (>= ${version})")
  else()
    string(APPEND HIPSCOPE_DEPENDS ", ${package}")
  endif()
endforeach()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${HIPSCOPE_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS fonts-dejavu-core)
include(CPack)
