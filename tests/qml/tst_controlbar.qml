// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

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
    SignalSpy { id: gallerySpy; target: bar; signalName: "galleryRequested" }
    SignalSpy { id: explanationSpy; target: bar; signalName: "explanationRequested" }
    SignalSpy { id: detectionSpy; target: MotionIndicator; signalName: "detectionRequested" }
    // Stands for the motion service: it does what it is asked.
    Connections {
        target: MotionIndicator
        function onDetectionRequested(on) { MotionIndicator.setDetectionEnabled(on) }
    }

    function initTestCase() {
        verify(TestProbe.watchInput(bar))
    }

    function test_arrowsMoveAVisibleFocusAndEnterPresses() {
        bar.streamButton.forceActiveFocus()
        verify(bar.streamButton.activeFocus)

        // No picture yet: Photo is disabled and skipped; no motion
        // detector yet: its switch too.
        verify(!bar.snapshotButton.enabled)
        verify(!bar.motionButton.enabled)
        keyClick(Qt.Key_Right)
        verify(UserActivity.keyboardNavigation)
        verify(bar.galleryButton.activeFocus)
        compare(bar.galleryButton.background.border.width, Theme.focusWidth)
        compare(bar.streamButton.background.border.width, 0)
        keyClick(Qt.Key_Return)
        compare(gallerySpy.count, 1)
        keyClick(Qt.Key_Right)
        verify(bar.settingsButton.activeFocus)
        keyClick(Qt.Key_Return)
        compare(settingsSpy.count, 1)

        keyClick(Qt.Key_Left)
        verify(bar.galleryButton.activeFocus)
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
        verify(bar.galleryButton.activeFocus)   // Photo still disabled
    }

    // The focus frame is for the joystick: a tap hides it, a key shows it.
    function test_focusFrameOnlyAfterKeys() {
        bar.galleryButton.forceActiveFocus()
        keyClick(Qt.Key_Left)   // the joystick: the frame on Stream
        verify(bar.streamButton.activeFocus)
        compare(bar.streamButton.background.border.width, Theme.focusWidth)

        mouseClick(bar.settingsButton)   // a tap
        verify(!UserActivity.keyboardNavigation)
        verify(bar.streamButton.activeFocus)   // taps leave the focus where it was...
        compare(bar.streamButton.background.border.width, 0)   // ...but unframed
        compare(bar.settingsButton.background.border.width, 0)

        keyClick(Qt.Key_Right)
        verify(UserActivity.keyboardNavigation)
        verify(bar.galleryButton.activeFocus)
        compare(bar.galleryButton.background.border.width, Theme.focusWidth)
    }

    // Streaming switched off in the settings: the Stream button is disabled
    // and a tap on it says why instead of doing nothing.
    function test_streamButtonSaysWhyItCannotAct() {
        compare(TestProbe.setSetting("stream/enabled", "false"), "")
        verify(!bar.streamButton.enabled)
        compare(bar.streamButton.disabledReason, "Streaming is off in Settings")
        explanationSpy.clear()
        mouseClick(bar.streamButton)
        verify(!StatusSummary.streaming)
        compare(explanationSpy.count, 1)
        compare(explanationSpy.signalArguments[0][0], "Streaming is off in Settings")
        // An enabled button's tap is its own: no explanation.
        mouseClick(bar.settingsButton)
        compare(explanationSpy.count, 1)

        compare(TestProbe.setSetting("stream/enabled", "true"), "")
        verify(bar.streamButton.enabled)
        compare(bar.streamButton.disabledReason, "")
        // The photo button, with no picture, says why too.
        verify(!bar.snapshotButton.enabled)
        mouseClick(bar.snapshotButton)
        compare(explanationSpy.count, 2)
        compare(explanationSpy.signalArguments[1][0], "No camera picture to take a photo of")
    }
}
