// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

pragma Singleton
import QtQuick
import PiCam

// Sizes and colours for a touchscreen read at arm's length: every touch
// target is at least minTouch pixels, text scales with the window size.
QtObject {
    id: theme

    property real scale: 1.0

    readonly property color background: "#101418"
    readonly property color surface: "#1b2128"
    readonly property color surfaceRaised: "#252d36"
    readonly property color text: "#e8edf2"
    readonly property color textDim: "#9aa7b4"
    readonly property color accent: "#4fb3ff"
    readonly property color ok: "#4cd07d"
    readonly property color warning: "#f2b84b"
    readonly property color error: "#ff5d5d"
    readonly property color idle: "#6b7682"
    readonly property color focus: "#ffd54f"   // keyboard (joystick) focus ring
    readonly property color sky: "#2f6fa8"
    readonly property color ground: "#7a5230"

    readonly property int minTouch: 48
    readonly property int touch: Math.max(minTouch, Math.round(56 * scale))
    readonly property int spacing: Math.round(8 * scale)
    readonly property int radius: Math.round(10 * scale)
    readonly property int focusWidth: Math.max(3, Math.round(3 * scale))
    // The focus frame is for someone steering with the joystick (or a
    // keyboard); after a tap it would only sit on the button just pressed.
    readonly property bool keyFocusVisible: UserActivity.keyboardNavigation
    readonly property int fontTiny: Math.round(13 * scale)
    readonly property int fontSmall: Math.round(15 * scale)
    readonly property int fontNormal: Math.round(19 * scale)
    readonly property int fontLarge: Math.round(26 * scale)
    readonly property int fontHuge: Math.round(40 * scale)

    // Colour of a Service.State value.
    function stateColor(state) {
        switch (state) {
        case 2: return ok        // Running
        case 1: return accent    // Starting
        case 3: return warning   // Retrying
        case 4: return error     // Failed
        default: return idle     // Stopped
        }
    }

    // Colour of a StatusSummary.Level value.
    function levelColor(level) {
        switch (level) {
        case 1: return accent    // Busy
        case 2: return ok        // Good
        case 3: return warning   // Warning
        case 4: return error     // Error
        default: return idle     // Idle
        }
    }
}
