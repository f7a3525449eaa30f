// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam

// Display power on a machine without a backlight (as here, and on HDMI
// monitors): everything off, the screen never goes black, and the device
// page says why.
TestCase {
    name: "ScreenBlank"
    when: windowShown
    visible: true
    width: 800
    height: 480

    ScreenBlank {
        id: blank
        anchors.fill: parent
    }
    DevicePage {
        id: page
        anchors.fill: parent
        visible: false
    }

    function test_noBacklightNeverBlanks() {
        verify(!DisplayPower.available)
        verify(!DisplayPower.blanked)
        verify(!blank.visible)
        DisplayPower.noteActivity()
        DisplayPower.evaluate()
        verify(!blank.visible)
        page.visible = true
        const display = findChild(findChild(page, "display"), "value")
        compare(display.text, DisplayPower.description)
        verify(display.text.indexOf("No backlight") === 0, display.text)
        page.visible = false
    }
}
