# Installation of the desktop integration files and the Debian package
# (CPack DEB). `./run package` -> <build>/drogue-workbench_<version>_amd64.deb
# The programs' install() rules live next to them (src/*/CMakeLists.txt);
# the broker plugin goes to <libdir>/drogue-workbench, where
# drogue-sandbox looks for it (src/sandbox/Broker.cpp, Broker::findPlugin).
include(GNUInstallDirs)

set(DWB_PKG_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(DWB_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/drogue-workbench)
install(FILES ${DWB_PKG_DIR}/man/dwb.1 ${DWB_PKG_DIR}/man/drogue-sandbox.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The desktop integration belongs to the GUI (not in -DDWB_BUILD_GUI=OFF builds).
if(DWB_BUILD_GUI)
  install(FILES ${DWB_PKG_DIR}/io.drogue.Workbench.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${DWB_PKG_DIR}/io.drogue.Workbench.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/logo.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME drogue-workbench.svg)
  install(FILES ${DWB_PKG_DIR}/man/drogue-workbench.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
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
set(CPACK_PACKAGE_DESCRIPTION
  "Drogue Workbench is a desktop application, a command line tool (dwb) and a local
sandbox server (drogue-sandbox) for provisioning Drogue Cloud devices with x.509
certificates: trust anchors, device enrollment, a certificate inspector, an MQTT
test panel and batch enrollment.")
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
set(CPACK_DEBIAN_PACKAGE_DEPENDS "mosquitto (>= 2.0), qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "openssl, mosquitto-clients, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
include(CPack)
