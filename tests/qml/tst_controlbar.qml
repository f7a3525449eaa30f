// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam

// The main controls with the Sense HAT joystick (arrow keys and Enter).
TestCase {
    name: "ControlBar"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 600
    height: 200

    Rectangle {
        id: above   // stands for the preview
        width: 100
        height: 50
    }
    ControlBar {
        id: bar
        y: 100
        width: 600
        upTarget: above
    }
    SignalSpy { id: settingsSpy; target: bar; signalName: "settingsRequested" }

    function test_arrowsMoveAVisibleFocusAndEnterPresses() {
        bar.streamButton.forceActiveFocus()
        verify(bar.streamButton.activeFocus)
        compare(bar.streamButton.background.border.width, Theme.focusWidth)

        // No picture yet: Photo is disabled and skipped.
        verify(!bar.snapshotButton.enabled)
        keyClick(Qt.Key_Right)
        verify(bar.settingsButton.activeFocus)
        compare(bar.settingsButton.background.border.width, Theme.focusWidth)
        compare(bar.streamButton.background.border.width, 0)
        keyClick(Qt.Key_Return)
        compare(settingsSpy.count, 1)

        keyClick(Qt.Key_Left)
        verify(bar.streamButton.activeFocus)
        verify(!StatusSummary.streaming)
        keyClick(Qt.Key_Enter)
        verify(StatusSummary.streaming)
        compare(bar.streamButton.text, "Stop")
        keyClick(Qt.Key_Return)
        verify(!StatusSummary.streaming)

        keyClick(Qt.Key_Up)
        verify(above.activeFocus)
    }

    function test_tapsDoNotMoveTheFocus() {
        bar.settingsButton.forceActiveFocus()
        settingsSpy.clear()
        mouseClick(bar.streamButton)
        verify(StatusSummary.streaming)
        verify(bar.settingsButton.activeFocus)
        mouseClick(bar.streamButton)
        verify(!StatusSummary.streaming)
    }
}
