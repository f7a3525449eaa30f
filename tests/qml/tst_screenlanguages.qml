// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// Walks every screen in English, German and Irish, on the original 7"
// display (800x480) and on Touch Display 2 as it comes (720x1280 portrait),
// and fails where a text is cut: a Text whose `truncated` is true, a Text
// that does not wrap and is wider than its room, a button that lost its
// icon to its word. Screens: main, each settings tab, the device page, the
// PIN pad asking for the PIN and for a new one (first entry, too short,
// again), the gallery with a clip playing and its delete question.
TestCase {
    id: testCase
    name: "ScreenLanguages"
    when: windowShown
    visible: true
    width: 800
    height: 480

    KioskView {
        id: view
        width: 800
        height: 480
    }

    // The settings panel's fields are being reworked elsewhere: what is cut
    // there is reported (qWarning) and does not fail yet. Set to true once
    // its fields are final.
    readonly property bool settingsPanelStrict: true

    function cleanup() {
        KioskScreen.setLanguage("en")
        view.settingsPanel.visible = false
        view.devicePage.visible = false
        view.closeGallery()
        view.pinPad.visible = false
    }

    function items(root, list) {
        list.push(root)
        for (let i = 0; i < root.children.length; ++i)
            items(root.children[i], list)
        return list
    }

    // Every layout of the screen placed (polishing one can schedule another).
    function settle() {
        for (let pass = 0; pass < 3; ++pass) {
            for (const item of items(view, []))
                waitForItemPolished(item)
        }
    }

    function describe(item) {
        let path = []
        for (let p = item; p && p !== view; p = p.parent) {
            if (p.objectName !== "")
                path.unshift(p.objectName)
        }
        return path.join("/")
    }

    // What is cut among the visible items under root, one line each.
    function cuts(root) {
        let found = []
        for (const item of items(root, [])) {
            if (!item.visible)   // effective: hidden with a parent too
                continue
            const isText = item.truncated !== undefined && item.elide !== undefined
            if (isText && item.text !== "") {
                const where = describe(item) + " \"" + item.text + "\""
                if (item.truncated)
                    found.push(where + " is elided (" + Math.round(item.implicitWidth) + " px in "
                               + Math.round(item.width) + ")")
                else if (item.wrapMode === Text.NoWrap && item.fontSizeMode === Text.FixedSize
                         && item.implicitWidth > item.width + 1)
                    found.push(where + " overflows (" + Math.round(item.implicitWidth) + " px in "
                               + Math.round(item.width) + ")")
            }
            if (item.iconShown !== undefined && item.iconSource !== undefined
                    && item.iconSource.toString() !== "" && !item.iconShown)
                found.push(describe(item) + " \"" + item.text + "\" lost its icon")
        }
        return found
    }

    function check(screen, root, strict) {
        settle()
        const found = cuts(root)
        if (found.length === 0)
            return []
        const lines = found.map(line => screen + ": " + line)
        if (!strict) {
            for (const line of lines)
                console.warn("not yet failing:", line)
            return []
        }
        return lines
    }

    function test_everyScreen_data() {
        let rows = []
        for (const language of ["en", "de", "ga"]) {
            rows.push({ tag: language + " 800x480", language: language, width: 800, height: 480 })
            rows.push({ tag: language + " 720x1280", language: language, width: 720, height: 1280 })
        }
        return rows
    }

    function test_everyScreen(data) {
        verify(KioskScreen.setLanguage(data.language))
        view.width = data.width
        view.height = data.height
        let failures = []

        failures = failures.concat(check("main", view, true))

        view.showPage("settings", "")
        for (let group = 0; group < SettingsEditor.groups.length; ++group) {
            view.settingsPanel.currentGroup = group
            failures = failures.concat(check("settings " + SettingsEditor.groups[group],
                                             view.settingsPanel, testCase.settingsPanelStrict))
        }
        view.closeSettings()

        view.showPage("device", "")
        failures = failures.concat(check("device page", view.devicePage, true))
        view.closeDevicePage()

        verify(TestProbe.fillGallery())
        view.showPage("gallery", "")
        const gallery = view.galleryPage
        tryCompare(Gallery, "count", 3)
        failures = failures.concat(check("gallery", gallery, true))
        gallery.list.currentIndex = 2   // the motion event with its clip
        gallery.openRow(gallery.list.currentItem)
        verify(gallery.viewer.hasClip)
        failures = failures.concat(check("clip viewer", gallery.viewer, true))
        gallery.viewer.back()
        gallery.askDelete("")
        failures = failures.concat(check("delete question", gallery.confirm, true))
        gallery.confirm.dismiss()
        view.closeGallery()

        const pad = view.pinPad
        view.showPinPad("check")
        failures = failures.concat(check("PIN pad", pad, true))
        view.showPinPad("set")
        failures = failures.concat(check("new PIN", pad, true))
        for (const key of ["1", "2", "OK"])
            findChild(pad, "key" + key).clicked()
        failures = failures.concat(check("new PIN too short", pad, true))
        for (const key of ["1", "2", "3", "4", "OK"])
            findChild(pad, "key" + key).clicked()
        verify(PinLock.confirmingNewPin)
        failures = failures.concat(check("new PIN again", pad, true))
        pad.cancelled()

        verify(failures.length === 0, "\n" + failures.join("\n"))
    }
}
