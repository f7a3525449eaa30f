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
    SignalSpy { id: detectionSpy; target: MotionIndicator; signalName: "detectionRequested" }
    // Stands for the motion service: it does what it is asked.
    Connections {
        target: MotionIndicator
        function onDetectionRequested(on) { MotionIndicator.setDetectionEnabled(on) }
    }

    function test_arrowsMoveAVisibleFocusAndEnterPresses() {
        bar.streamButton.forceActiveFocus()
        verify(bar.streamButton.activeFocus)
        compare(bar.streamButton.background.border.width, Theme.focusWidth)

        // No picture yet: Photo is disabled and skipped; no motion
        // detector yet: its switch too.
        verify(!bar.snapshotButton.enabled)
        verify(!bar.motionButton.enabled)
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

    // The detection switch asks the detector and shows what it answered.
    function test_motionSwitch() {
        verify(!bar.motionButton.enabled)
        mouseClick(bar.motionButton)
        compare(detectionSpy.count, 0)   // nothing to ask

        MotionIndicator.setAvailable(true)
        MotionIndicator.setDetectionEnabled(true)
        verify(bar.motionButton.enabled)
        compare(bar.motionButton.text, "Motion on")
        mouseClick(bar.motionButton)
        compare(detectionSpy.count, 1)
        compare(detectionSpy.signalArguments[0][0], false)
        verify(!MotionIndicator.detectionEnabled)
        compare(bar.motionButton.text, "Motion off")

        bar.streamButton.forceActiveFocus()
        keyClick(Qt.Key_Right)
        verify(bar.motionButton.activeFocus)
        keyClick(Qt.Key_Return)
        compare(detectionSpy.count, 2)
        verify(MotionIndicator.detectionEnabled)
        keyClick(Qt.Key_Right)
        verify(bar.settingsButton.activeFocus)   // Photo still disabled
    }
}
