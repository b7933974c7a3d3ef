# Installation of the desktop integration files and the Debian package
# (CPack DEB). `./run package` -> <build>/drogue-workbench_<version>_amd64.deb
# The programs' install() rules live next to them (src/*/CMakeLists.txt);
# the broker plugin goes to lib/<multiarch>/drogue-workbench, where
# drogue-sandbox looks for it (src/sandbox/Broker.cpp, Broker::findPlugin).
include(GNUInstallDirs)

set(DWB_PKG_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(DWB_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/drogue-workbench)

# The man pages are installed compressed with `gzip -9n` (Debian policy 12.1;
# -n: no name or time stamp in the archive, so the bytes only change with the
# page).
set(DWB_MAN_PAGES dwb drogue-sandbox)
if(DWB_BUILD_GUI)
  list(APPEND DWB_MAN_PAGES drogue-workbench)
endif()
set(DWB_MAN_GZ)
foreach(page IN LISTS DWB_MAN_PAGES)
  set(gz ${CMAKE_BINARY_DIR}/man/${page}.1.gz)
  add_custom_command(OUTPUT ${gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${DWB_PKG_DIR}/man/${page}.1 ${gz}
    DEPENDS ${DWB_PKG_DIR}/man/${page}.1
    COMMENT "Compressing the man page ${page}.1" VERBATIM)
  list(APPEND DWB_MAN_GZ ${gz})
endforeach()
add_custom_target(dwb_man_pages ALL DEPENDS ${DWB_MAN_GZ})
install(FILES ${DWB_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The package's changelog (Debian policy 12.7): a native package (the version
# has no Debian revision) carries /usr/share/doc/<package>/changelog.gz in the
# Debian changelog format; its one entry is this version, dated as the
# version's "## <version> — <date>" heading in CHANGELOG.md, and points to
# CHANGELOG.md (installed next to it) for the changes.
file(STRINGS ${PROJECT_SOURCE_DIR}/CHANGELOG.md _dwb_release_heading
     ENCODING UTF-8 REGEX "^## ${PROJECT_VERSION} .*[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]" LIMIT_COUNT 1)
if(NOT _dwb_release_heading MATCHES "([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])")
  message(FATAL_ERROR "CHANGELOG.md has no heading \"## ${PROJECT_VERSION} — YYYY-MM-DD\"")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C date -u -R -d "${CMAKE_MATCH_1} 12:00:00 UTC"
                OUTPUT_VARIABLE _dwb_release_date OUTPUT_STRIP_TRAILING_WHITESPACE
                COMMAND_ERROR_IS_FATAL ANY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md)
file(WRITE ${CMAKE_BINARY_DIR}/debian/changelog.in
"drogue-workbench (${PROJECT_VERSION}) unstable; urgency=medium

  * Release ${PROJECT_VERSION}: the changes are listed in CHANGELOG.md in this
    folder.

 -- Drogue IoT <drogue-workbench@drogue.io>  ${_dwb_release_date}
")
# (copied only when it changed: the .gz is remade only then)
configure_file(${CMAKE_BINARY_DIR}/debian/changelog.in ${CMAKE_BINARY_DIR}/debian/changelog COPYONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/debian/changelog.gz
  COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${CMAKE_BINARY_DIR}/debian/changelog
          ${CMAKE_BINARY_DIR}/debian/changelog.gz
  DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog VERBATIM)
add_custom_target(dwb_debian_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/debian/changelog.gz DESTINATION ${DWB_DOCDIR})

# The desktop integration belongs to the GUI (not in -DDWB_BUILD_GUI=OFF builds).
if(DWB_BUILD_GUI)
  install(FILES ${DWB_PKG_DIR}/io.drogue.Workbench.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${DWB_PKG_DIR}/io.drogue.Workbench.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/logo.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME drogue-workbench.svg)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/CHANGELOG.md
        DESTINATION ${DWB_DOCDIR})
install(FILES ${DWB_PKG_DIR}/copyright ${PROJECT_SOURCE_DIR}/docs/user-guide.md
        DESTINATION ${DWB_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/screenshots/ DESTINATION ${DWB_DOCDIR}/screenshots
        FILES_MATCHING PATTERN "*.png")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME drogue-workbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Drogue IoT")
set(CPACK_PACKAGE_CONTACT "Drogue IoT <drogue-workbench@drogue.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Each line of the long description at most 79 characters: the control file
# indents it by one (lintian: extended-description-line-too-long above 80).
set(CPACK_PACKAGE_DESCRIPTION
  "Drogue Workbench is a desktop application, a command line tool (dwb) and a
local sandbox server (drogue-sandbox) for provisioning Drogue Cloud devices
with x.509 certificates: trust anchors, device enrollment, a certificate
inspector, an MQTT test panel and batch enrollment.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # drogue-workbench_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://drogue.io")
# Shared library dependencies come from dpkg-shlibdeps on the installed
# binaries (the Qt 6, OpenSSL, mosquitto and qtkeychain libraries they
# really link); the programs the sandbox runs and Qt's platform plugins
# are not visible to dpkg-shlibdeps and are listed here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "mosquitto (>= 2.0), qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "openssl, mosquitto-clients, qt6-translations-l10n, p11-kit-modules")
# Tokens: p11-kit-modules registers the PKCS#11 modules p11-kit's proxy offers;
# the token's own module (opensc for smart cards, softhsm2, a vendor's) is the user's choice.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "opensc, softhsm2")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
include(CPack)
