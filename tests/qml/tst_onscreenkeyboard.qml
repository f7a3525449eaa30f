// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.VirtualKeyboard.Settings
import QtTest
import PiCam

// The on-screen keyboard takes the layout of the screen's language, and
// offers only that one.
TestCase {
    name: "OnScreenKeyboard"

    OnScreenKeyboard {
        width: 800
        screenHeight: 480
    }

    function cleanup() {
        KioskScreen.setLanguage("en")
    }

    function test_layoutFollowsTheLanguage() {
        compare(VirtualKeyboardSettings.locale, "en_GB")
        compare(VirtualKeyboardSettings.activeLocales, ["en_GB"])
        verify(KioskScreen.setLanguage("de"))
        compare(VirtualKeyboardSettings.locale, "de_DE")
        compare(VirtualKeyboardSettings.activeLocales, ["de_DE"])
        verify(KioskScreen.setLanguage("ga"))
        compare(VirtualKeyboardSettings.locale, "en_GB")
    }
}
