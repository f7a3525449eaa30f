// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// A tap on the status bar shows its messages in full; a tap or the
// joystick's Enter closes them.
TestCase {
    name: "StatusDetails"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 800
    height: 480

    StatusStrip {
        id: strip
        width: parent.width
        onDetailsRequested: {
            details.visible = true
            details.forceActiveFocus()
        }
    }
    StatusDetails {
        id: details
        anchors.fill: parent
        visible: false
        onClosed: visible = false
    }
    SignalSpy { id: deviceSpy; target: strip; signalName: "deviceInfoRequested" }

    function init() {
        details.visible = false
    }

    function test_tapOpensAndTapCloses() {
        mouseClick(strip, strip.width * 0.5, strip.height / 2)
        verify(details.visible)
        // The texts in full, wrapped (the bar cuts them).
        const stream = findChild(findChild(details, "streamDetails"), "value")
        compare(stream.text, StatusSummary.streamText)
        verify(stream.wrapMode !== Text.NoWrap)
        compare(findChild(findChild(details, "mqttDetails"), "value").text, StatusSummary.mqttText)
        compare(findChild(findChild(details, "sensorsDetails"), "value").text, StatusSummary.sensorsText)
        compare(findChild(findChild(details, "lastErrorDetails"), "value").text, "none")

        mouseClick(details, 10, 10)
        verify(!details.visible)
    }

    function test_streamOffInSettingsIsSaid() {
        StatusSummary.setStreaming(false)   // a running stream can always be stopped
        compare(TestProbe.setSetting("stream/enabled", "false"), "")
        mouseClick(strip, strip.width * 0.5, strip.height / 2)
        verify(details.visible)
        const stream = findChild(findChild(details, "streamDetails"), "value")
        verify(stream.text.endsWith("Streaming is off in Settings"), stream.text)
        mouseClick(findChild(details, "closeButton"))
        verify(!details.visible)
        compare(TestProbe.setSetting("stream/enabled", "true"), "")
    }

    function test_joystickOpensAndCloses() {
        strip.statusArea.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(details.visible)
        verify(details.activeFocus)
        keyClick(Qt.Key_Return)
        verify(!details.visible)
    }

    // The device button keeps its own taps.
    function test_deviceButtonIsNotTheDetails() {
        deviceSpy.clear()
        mouseClick(strip.deviceButton)
        compare(deviceSpy.count, 1)
        verify(!details.visible)
    }
}
