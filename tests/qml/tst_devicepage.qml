// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// The device page: the facts worded by DeviceInfo, the viewer page's QR code
// (image://qr), read again only while shown, and Close.
TestCase {
    name: "DevicePage"
    when: windowShown
    visible: true
    width: 800
    height: 480

    DevicePage {
        id: page
        anchors.fill: parent
        visible: false
    }
    SignalSpy { id: closedSpy; target: page; signalName: "closed" }

    // The Settings object is shared by every tst_*.qml file.
    function cleanupTestCase() {
        TestProbe.setSetting("stream/url", "rtsp://localhost:8554/cam")
    }

    function value(name) {
        return findChild(findChild(page, name), "value").text
    }

    function test_1_showsTheFactsAndAQrCode() {
        TestProbe.setSetting("stream/url", "rtsp://user:secret@media.example:8554/hall")
        verify(!DeviceInfo.active)
        page.visible = true
        verify(DeviceInfo.active)
        compare(DeviceInfo.viewerUrl, "http://media.example:8889/hall")
        verify(value("viewer").indexOf("http://media.example:8889/hall") === 0, value("viewer"))
        verify(value("rtsp").indexOf("secret") < 0, value("rtsp"))
        verify(value("version").length > 0)
        verify(value("freeSpace").length > 0)
        const qr = findChild(page, "qrCode")
        verify(qr.visible)
        tryCompare(qr, "status", Image.Ready)
        // Whole pixels per module: the code is at least 21 modules plus the
        // quiet zone, and never blurred.
        verify(qr.implicitWidth >= 29, qr.implicitWidth)
        compare(qr.smooth, false)
    }

    function test_2_closeLeavesAndStopsReading() {
        closedSpy.clear()
        mouseClick(findChild(page, "closeButton"))
        compare(closedSpy.count, 1)
        page.visible = false
        verify(!DeviceInfo.active)
    }
}
