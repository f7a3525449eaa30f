// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam

// The PIN pad: the right PIN opens, five wrong tries lock it.
TestCase {
    name: "PinPad"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 800
    height: 480

    PinPad {
        id: pad
        anchors.fill: parent
        mode: "check"
    }
    SignalSpy { id: acceptedSpy; target: pad; signalName: "accepted" }

    function initTestCase() {
        compare(PinLock.setPin("12"), "The PIN must be 4 to 8 digits")
        compare(PinLock.setPin("2468"), "")
        verify(PinLock.pinSet)
    }

    function enter(digits) {
        for (const d of digits)
            mouseClick(findChild(pad, "key" + d))
        mouseClick(findChild(pad, "keyOK"))
    }

    function test_1_rightPinIsAccepted() {
        acceptedSpy.clear()
        enter("2468")
        compare(acceptedSpy.count, 1)
        compare(pad.entry, "")
    }

    function test_2_locksAfterFiveWrongTries() {
        acceptedSpy.clear()
        for (let i = 1; i <= 4; ++i) {
            enter("1111")
            verify(!pad.locked)
            compare(PinLock.triesLeft, 5 - i)
            verify(findChild(pad, "message").text.indexOf(String(5 - i)) >= 0)
        }
        enter("1111")
        verify(pad.locked)
        verify(PinLock.secondsLeft > 50 && PinLock.secondsLeft <= 60)
        compare(findChild(pad, "key1").enabled, false)
        verify(findChild(pad, "message").text.indexOf("Locked") >= 0, findChild(pad, "message").text)

        // Even the right PIN is refused while locked.
        mouseClick(findChild(pad, "key2"))
        compare(pad.entry, "")
        verify(!PinLock.check("2468"))
        compare(acceptedSpy.count, 0)
    }
}
