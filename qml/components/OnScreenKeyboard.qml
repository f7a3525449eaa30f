// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import PiCam

// Qt Virtual Keyboard, sliding up from the bottom edge while a text field
// has focus, in the layout of the screen's language (only that one: no
// language key to hunt through twenty layouts).
InputPanel {
    id: panel

    required property real screenHeight

    y: active ? screenHeight - height : screenHeight
    visible: active

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: KioskScreen.keyboardLocale
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: [KioskScreen.keyboardLocale]
    }
}
