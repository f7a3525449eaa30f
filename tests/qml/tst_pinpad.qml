// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// The PIN pad: a new PIN is entered twice, the right PIN opens, five wrong
// tries lock it.
TestCase {
    id: testCase
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

    function enter(digits) {
        for (const d of digits)
            mouseClick(findChild(pad, "key" + d))
        mouseClick(findChild(pad, "keyOK"))
    }

    // A new PIN is entered twice and goes with the settings' Apply.
    function initTestCase() {
        pad.mode = "set"
        pad.reset()
        const title = findChild(pad, "title")
        const message = findChild(pad, "message")
        compare(title.text, "New settings PIN")
        testCase.enter("12")
        compare(message.text, "The PIN must be 4 to 8 digits")
        testCase.enter("2468")
        compare(title.text, "Enter the new PIN again")
        testCase.enter("2469")
        compare(title.text, "New settings PIN")
        verify(message.text.indexOf("differ") >= 0, message.text)
        compare(acceptedSpy.count, 0)
        testCase.enter("2468")
        testCase.enter("2468")
        compare(acceptedSpy.count, 1)
        // Not saved until Apply.
        verify(!PinLock.pinSet)
        verify(SettingsEditor.pinSetAfterApply)
        verify(SettingsEditor.apply())
        verify(PinLock.pinSet)
        verify(TestProbe.settingsFileText().indexOf("pbkdf2-sha256$") >= 0)
        pad.mode = "check"
        pad.reset()
        acceptedSpy.clear()
    }

    function cleanupTestCase() {
        SettingsEditor.removePin()
        verify(SettingsEditor.apply())
        verify(!PinLock.pinSet)
    }

    function test_1_rightPinIsAccepted() {
        acceptedSpy.clear()
        testCase.enter("2468")
        compare(acceptedSpy.count, 1)
        compare(pad.entry, "")
    }

    function test_2_locksAfterFiveWrongTries() {
        acceptedSpy.clear()
        for (let i = 1; i <= 4; ++i) {
            testCase.enter("1111")
            verify(!pad.locked)
            compare(PinLock.triesLeft, 5 - i)
            verify(findChild(pad, "message").text.indexOf(String(5 - i)) >= 0)
        }
        // English says it in the singular (plural forms from picam-kiosk_en.ts).
        compare(findChild(pad, "message").text, "Wrong PIN. 1 try left.")
        testCase.enter("1111")
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
