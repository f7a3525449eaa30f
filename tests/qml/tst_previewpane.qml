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

    function test_3_tapTogglesFullScreen() {
        verify(!pane.fullScreen)
        mouseClick(pane)
        verify(pane.fullScreen)
        mouseClick(pane)
        verify(!pane.fullScreen)
    }
}
