// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// An event's start shows a banner with its type and time, then the snapshot
// once it is saved; it goes away by itself.
TestCase {
    name: "EventToast"
    when: windowShown
    visible: true
    width: 800
    height: 480

    EventToast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        showMilliseconds: 2000
    }

    function test_1_anEventShowsAndGoesAwayByItself() {
        verify(!toast.visible)
        TestProbe.startEvent("tamper")
        tryVerify(() => toast.visible)
        compare(findChild(toast, "eventTitle").text, "Camera moved or knocked")
        compare(findChild(toast, "eventTime").text, "14:23:55")
        verify(!findChild(toast, "eventThumbnail").visible)
        verify(TestProbe.saveEventSnapshot())
        tryVerify(() => findChild(toast, "eventThumbnail").visible)
        verify(toast.width <= width)
        tryVerify(() => !toast.visible, 5000)
    }

    function test_2_theNextEventShowsAgainAndATapHidesIt() {
        TestProbe.startEvent("motion")
        tryVerify(() => toast.visible)
        compare(findChild(toast, "eventTitle").text, "Motion detected")
        verify(!findChild(toast, "eventThumbnail").visible)
        toast.showMilliseconds = 60000
        TestProbe.startEvent("motion")
        mouseClick(toast)
        tryVerify(() => !toast.visible)
    }
}
