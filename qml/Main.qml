// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import PiCam

// The kiosk window: the screen (KioskView) and the virtual keyboard that
// slides up for text entry, both turned by ui/rotation for a display
// mounted sideways or upside down.
ApplicationWindow {
    id: window

    width: 800
    height: 480
    visible: false  // main() shows it, full screen or windowed
    title: Qt.application.name
    color: Theme.background

    ScreenRotation {
        id: turned
        objectName: "screenRotation"
        angle: KioskScreen.rotation

        KioskView {
            id: view
            anchors.fill: parent
            keyboardHeight: keyboard.active ? keyboard.height : 0
        }

        OnScreenKeyboard {
            id: keyboard
            z: 100
            x: 0
            width: turned.width
            screenHeight: turned.height
        }

        // The display is dark (ui/blank_seconds): black over everything.
        ScreenBlank {
            anchors.fill: parent
            z: 1000
        }
    }
}
