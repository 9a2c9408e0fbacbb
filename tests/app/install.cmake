# What `cmake --install` and `cpack -G DEB` deliver for the desktop: the programs, the launcher
# entry (valid by desktop-file-validate), the icon, the .candor MIME type (accepted by
# update-mime-database), the catalogs (found by the installed program, outside the build tree)
# and a stripped .deb whose dependencies dpkg-shlibdeps worked out.
# cmake -DBUILD_DIR=<build> -P install.cmake
if(DEFINED ENV{TMPDIR})
  set(tmp "$ENV{TMPDIR}")
else()
  set(tmp "/tmp")
endif()
string(RANDOM LENGTH 8 suffix)
set(work "${tmp}/candor-install-test-${suffix}")
file(REMOVE_RECURSE "${work}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    file(REMOVE_RECURSE "${work}")
    message(FATAL_ERROR "'${ARGN}' failed (${rc}):\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(fail text)
  file(REMOVE_RECURSE "${work}")
  message(FATAL_ERROR "${text}")
endfunction()

set(stage "${work}/stage")
run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${stage}")
foreach(f bin/candor bin/candor-cli share/applications/candor.desktop
          share/icons/hicolor/scalable/apps/candor.svg share/mime/packages/candor.xml
          share/doc/candor/methodology.md share/locale/de/LC_MESSAGES/candor.mo
          share/locale/ar/LC_MESSAGES/candor.mo)
  if(NOT EXISTS "${stage}/${f}")
    fail("cmake --install did not put ${f}")
  endif()
endforeach()

run(desktop-file-validate "${stage}/share/applications/candor.desktop")
if(NOT out STREQUAL "" OR NOT err STREQUAL "")
  fail("desktop-file-validate: ${out}${err}")
endif()
file(READ "${stage}/share/applications/candor.desktop" desktop)
if(NOT desktop MATCHES "\nExec=candor %f\n" OR NOT desktop MATCHES "\nMimeType=application/x-candor;\n")
  fail("the launcher entry does not open .candor files with candor:\n${desktop}")
endif()

run(update-mime-database "${stage}/share/mime")
file(READ "${stage}/share/mime/globs2" globs)
if(NOT globs MATCHES ":application/x-candor:\\*\\.candor")
  fail("update-mime-database did not map *.candor to application/x-candor:\n${globs}")
endif()

# The installed program finds the installed catalogs (the build tree is not above it).
run(${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=CANDOR_LOCALE_DIR
    "${stage}/bin/candor" --lang de --help)
if(NOT out MATCHES "\nAufruf: candor ")
  fail("the installed candor did not find its German catalog:\n${out}")
endif()

run(cpack -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${work}/pkg")
file(GLOB debs "${work}/pkg/*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
  fail("cpack made ${n} .deb files: ${debs}")
endif()
run(dpkg-deb -c ${debs})
foreach(f ./usr/bin/candor ./usr/bin/candor-cli ./usr/share/applications/candor.desktop
          ./usr/share/icons/hicolor/scalable/apps/candor.svg ./usr/share/mime/packages/candor.xml
          ./usr/share/locale/de/LC_MESSAGES/candor.mo)
  string(FIND "${out}" " ${f}\n" at)
  if(at EQUAL -1)
    fail("the .deb lacks ${f}:\n${out}")
  endif()
endforeach()
run(dpkg-deb -f ${debs} Depends)
if(NOT out MATCHES "libwxgtk3\\.2" OR NOT out MATCHES "libgtk-3-0")
  fail("the .deb's dependencies miss wxWidgets or GTK: ${out}")
endif()
file(SIZE ${debs} size)
if(size GREATER 15000000)
  fail("the .deb is ${size} bytes: not stripped?")
endif()
file(REMOVE_RECURSE "${work}")
message(STATUS "install and .deb: ${size} bytes, Depends: ${out}")
