# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

# The Debian package of picam-kiosk, built with CPack (`scripts/package`, or
# `cpack` in the build directory). Included from the top-level CMakeLists.txt.
#
# Layout (Debian 12 / Raspberry Pi OS bookworm):
#   /usr/bin/picam-kiosk
#   /usr/lib/picam-kiosk/libpicam-backend.so      private: the program's own
#   /usr/lib/picam-kiosk/libpicam-kioskui.so      the screen, loaded with one
#   /usr/lib/systemd/system/picam-kiosk.service, picam-kiosk-ui.service
#   /usr/lib/udev/rules.d/70-picam-kiosk-backlight.rules
#   /etc/picam-kiosk/picam-kiosk.conf          conffile, 0600 (picam after install)
#   /usr/share/doc/picam-kiosk/                README, copyright, changelog.gz,
#                                              server configs as examples
#   /usr/share/man/man1/picam-kiosk.1.gz
#   /usr/share/lintian/overrides/picam-kiosk   the lintian warnings kept, and why
# The units name /usr/bin/picam-kiosk, so the package always uses the /usr
# prefix whatever CMAKE_INSTALL_PREFIX a developer build has.

set(PICAM_DEPLOY_DIR ${CMAKE_CURRENT_LIST_DIR})
# /usr/lib, not /lib: since Debian 12 /lib is a link to /usr/lib, and Debian
# 13's lintian refuses files in the aliased /lib (aliased-location).
set(PICAM_UNIT_DIR /usr/lib/systemd/system)
set(PICAM_CONF_DIR /etc/picam-kiosk)
set(PICAM_DOC_DIR share/doc/picam-kiosk)
set(PICAM_CONTACT "picam-kiosk maintainers <maintainers@picam-kiosk.invalid>")

# The Debian changelog (deploy/debian/changelog) names the version it
# describes: the newest entry must be this project's version, or the package
# would say one version in its control file and another in its changelog.
file(STRINGS ${PICAM_DEPLOY_DIR}/debian/changelog _picam_changelog_top LIMIT_COUNT 1)
if(NOT _picam_changelog_top MATCHES "^picam-kiosk \\(([^)]+)\\) ")
    message(FATAL_ERROR "deploy/debian/changelog: the first line is not "
        "\"picam-kiosk (VERSION) DISTRIBUTION; urgency=...\": ${_picam_changelog_top}")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "deploy/debian/changelog's newest entry is for ${CMAKE_MATCH_1}, "
        "the project (CMakeLists.txt) is ${PROJECT_VERSION}: add a changelog entry for "
        "${PROJECT_VERSION} (dch -v ${PROJECT_VERSION}, or by hand) or fix the version")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PICAM_DEPLOY_DIR}/debian/changelog)

# Debian wants the changelog and the man page compressed with gzip -9 and
# without a name or time stamp in the header (-n: the same bytes every build).
find_program(PICAM_GZIP gzip REQUIRED)
set(_picam_gz_dir ${CMAKE_BINARY_DIR}/deploy)
set(_picam_gz_files)
foreach(_pair "${PICAM_DEPLOY_DIR}/debian/changelog;changelog"
              "${CMAKE_SOURCE_DIR}/docs/picam-kiosk.1;picam-kiosk.1")
    list(GET _pair 0 _src)
    list(GET _pair 1 _name)
    add_custom_command(OUTPUT ${_picam_gz_dir}/${_name}.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${_src} ${_picam_gz_dir}/${_name}
        COMMAND ${PICAM_GZIP} -9nf ${_picam_gz_dir}/${_name}
        DEPENDS ${_src}
        COMMENT "gzip -9n ${_name}"
        VERBATIM)
    list(APPEND _picam_gz_files ${_picam_gz_dir}/${_name}.gz)
endforeach()
add_custom_target(picam_package_docs ALL DEPENDS ${_picam_gz_files})

install(FILES ${PICAM_DEPLOY_DIR}/systemd/picam-kiosk.service
              ${PICAM_DEPLOY_DIR}/systemd/picam-kiosk-ui.service
        DESTINATION ${PICAM_UNIT_DIR}
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
# udev rules belong in /usr/lib/udev/rules.d (not the aliased /lib, as units).
install(FILES ${PICAM_DEPLOY_DIR}/udev/70-picam-kiosk-backlight.rules
        DESTINATION /usr/lib/udev/rules.d
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
# 0600: the file holds the stream and broker passwords. postinst hands it to
# the picam user, which runs the program and must read it.
install(FILES ${PICAM_DEPLOY_DIR}/picam-kiosk.conf
        DESTINATION ${PICAM_CONF_DIR}
        PERMISSIONS OWNER_READ OWNER_WRITE)
install(FILES ${CMAKE_SOURCE_DIR}/README.md
              ${PICAM_DEPLOY_DIR}/debian/copyright
              ${_picam_gz_dir}/changelog.gz
        DESTINATION ${PICAM_DOC_DIR}
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
install(FILES ${_picam_gz_dir}/picam-kiosk.1.gz
        DESTINATION share/man/man1
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
install(FILES ${PICAM_DEPLOY_DIR}/debian/lintian-overrides
        DESTINATION share/lintian/overrides
        RENAME picam-kiosk
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
install(FILES ${PICAM_DEPLOY_DIR}/server/mediamtx.yml
              ${PICAM_DEPLOY_DIR}/server/mosquitto.conf
              ${PICAM_DEPLOY_DIR}/server/mosquitto.acl
              ${PICAM_DEPLOY_DIR}/server/rules.v4
              ${PICAM_DEPLOY_DIR}/server/rules.v6
              ${PICAM_DEPLOY_DIR}/server/mediamtx.service
              ${PICAM_DEPLOY_DIR}/server/make-certificates
        DESTINATION ${PICAM_DOC_DIR}/server
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

# CPack strips the program and its libraries (CPACK_STRIP_FILES); like
# Debian's dh_strip also drop the .comment and .note sections (compiler
# version strings), which strip leaves. Everything in the program's own
# directories, so a library added later is included.
install(CODE "set(_picam_strip \"${CMAKE_STRIP}\")")
install(CODE [[
    if(CMAKE_INSTALL_DO_STRIP AND _picam_strip)
        file(GLOB _picam_elf "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin/picam-kiosk"
                             "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/lib/picam-kiosk/*.so")
        foreach(_file IN LISTS _picam_elf)
            execute_process(COMMAND "${_picam_strip}" --remove-section=.comment
                                    --remove-section=.note "${_file}"
                            COMMAND_ERROR_IS_FATAL ANY)
        endforeach()
    endif()
]])

# The QML modules and plugins the kiosk loads at run time: dpkg-shlibdeps
# cannot see them (nothing links them). scripts/packages.txt marks them "run",
# per release where they differ; the package is built on the release it is for.
execute_process(COMMAND ${CMAKE_SOURCE_DIR}/scripts/packages --run
                OUTPUT_VARIABLE _picam_run_packages
                RESULT_VARIABLE _picam_packages_result)
if(NOT _picam_packages_result EQUAL 0)
    message(FATAL_ERROR "scripts/packages --run failed: ${_picam_packages_result}")
endif()
string(STRIP "${_picam_run_packages}" _picam_run_packages)
string(REPLACE "\n" ", " _picam_depends "${_picam_run_packages}")
# init-system-helpers (deb-systemd-helper, deb-systemd-invoke in the maintainer
# scripts) is Essential, so only a version is worth stating: the one
# debhelper's dh_installsystemd asks for.
string(APPEND _picam_depends ", init-system-helpers (>= 1.54~)")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${CMAKE_SOURCE_DIR}/scripts/packages.txt)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME picam-kiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "${PICAM_CONTACT}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description (CPack puts the summary above it and indents it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "One program captures the Camera Module once, shows the live picture on the
touchscreen (Qt eglfs, no desktop) and pushes it as H.264 over RTSP to a
MediaMTX server; it reads the Sense HAT and publishes the readings over MQTT.
picam-kiosk.service runs it headless (enabled on install, not started);
picam-kiosk-ui.service runs the kiosk on tty1 instead.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_picam_depends}")
# conffiles: CPack does not mark files in /etc by itself.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PICAM_DEPLOY_DIR}/debian/postinst
    ${PICAM_DEPLOY_DIR}/debian/prerm
    ${PICAM_DEPLOY_DIR}/debian/postrm
    ${PICAM_DEPLOY_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Only this project's install rules, not those of bundled subprojects.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};ALL;/")
include(CPack)
