// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// The preview hands its VideoOutput's sink to the backend, swaps the
// placeholder for the picture once frames arrive, and saves a photo of it.
TestCase {
    name: "PreviewPane"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 640
    height: 360

    PreviewPane {
        id: pane
        anchors.fill: parent
        onToggleRequested: fullScreen = !fullScreen
    }
    SignalSpy { id: savedSpy; target: Preview; signalName: "snapshotSaved" }

    function test_1_placeholderUntilTheFirstFrame() {
        verify(Preview.videoSink !== null)
        verify(findChild(pane, "placeholder").visible)
        verify(!Preview.hasFrame)
        verify(TestProbe.pushFrame())
        tryVerify(() => Preview.hasFrame)
        verify(!findChild(pane, "placeholder").visible)
    }

    function test_2_photoOfTheShownFrame() {
        Preview.takeSnapshot()
        compare(savedSpy.count, 1)
        verify(String(savedSpy.signalArguments[0][0]).endsWith(".jpg"))
    }

    // Motion detection's boxes are drawn on the picture as it is shown (a
    // 64x48 frame in a 640x360 pane: 480x360 from x 80), the badge during an
    // event; nothing while detection is off.
    function test_3_motionBoxesOnThePicture() {
        const zones = findChild(pane, "motionZones")
        const badge = findChild(pane, "motionBadge")
        MotionIndicator.setAvailable(true)
        MotionIndicator.setDetectionEnabled(true)
        MotionIndicator.setZones([Qt.rect(0.5, 0.5, 0.25, 0.5)])
        MotionIndicator.setActivity(0.05, true)
        tryVerify(() => zones.visible)
        verify(badge.visible)
        tryCompare(zones, "width", 480)
        compare(zones.x, 80)
        compare(zones.height, 360)
        const box = findChild(zones, "motionBox")
        verify(box !== undefined)
        compare(box.x, 240)
        compare(box.y, 180)
        compare(box.width, 120)
        compare(box.height, 180)
        compare(String(box.border.color), String(Theme.error))

        // The masked areas as saved, shaded on the same picture.
        compare(TestProbe.setSetting("motion/mask", "0,0,0.5,0.25"), "")
        tryCompare(MotionIndicator.mask, "length", 1)
        const masked = findChild(zones, "maskOutline")
        verify(masked !== null)
        compare(masked.x, 0)
        compare(masked.width, 240)
        compare(masked.height, 90)
        compare(TestProbe.setSetting("motion/mask", ""), "")
        tryCompare(MotionIndicator.mask, "length", 0)

        MotionIndicator.setActivity(0, false)
        verify(!badge.visible)
        MotionIndicator.setDetectionEnabled(false)
        verify(!zones.visible)
        compare(MotionIndicator.zones.length, 0)
    }

    function test_4_tapTogglesFullScreen() {
        verify(!pane.fullScreen)
        mouseClick(pane)
        verify(pane.fullScreen)
        mouseClick(pane)
        verify(!pane.fullScreen)
    }

    // With the stream off the badge shows only the picture's frame rate (it
    // said "OFF 28 fps" over a live picture); the stream's word comes with it.
    function test_5_badgeNamesTheStreamOnlyWhileItIsOn() {
        verify(Preview.hasFrame)
        const state = findChild(pane, "streamState")
        StatusSummary.setStreaming(false)
        verify(!StatusSummary.streaming)
        verify(!state.visible)
        verify(findChild(pane, "fpsText").visible)
        StatusSummary.setStreaming(true)
        tryVerify(() => StatusSummary.streaming)
        verify(state.visible)
        compare(state.text, "OFFLINE")   // on, but not connected to a server
        StatusSummary.setStreaming(false)
        tryVerify(() => !state.visible)
    }
}
