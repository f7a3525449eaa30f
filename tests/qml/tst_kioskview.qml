// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// The gallery on the kiosk screen: the control bar's button opens it (made
// only while shown, the live preview not drawn under it), Live closes it;
// with a PIN it asks for the PIN first, and left alone it locks again and
// closes.
TestCase {
    id: testCase
    name: "KioskViewGallery"
    when: windowShown
    visible: true
    width: 800
    height: 480

    KioskView {
        id: view
        anchors.fill: parent
    }

    function enterPin(digits) {
        for (const d of digits)
            mouseClick(findChild(view.pinPad, "key" + d))
        mouseClick(findChild(view.pinPad, "keyOK"))
    }

    function initTestCase() {
        verify(TestProbe.fillGallery())
    }
    function cleanupTestCase() {
        compare(TestProbe.setSetting("ui/lock_seconds", "120"), "")
        if (PinLock.pinSet) {
            SettingsEditor.removePin()
            verify(SettingsEditor.apply())
        }
        verify(!PinLock.pinSet)
    }

    function test_1_galleryButtonOpensItAndLiveCloses() {
        const body = findChild(view, "body")
        compare(view.galleryPage, null)
        mouseClick(view.controls.galleryButton)
        verify(view.galleryPage)
        verify(view.galleryPage.visible)
        verify(Gallery.active)
        tryCompare(Gallery, "count", 3)
        verify(!body.visible)   // nothing drawn under the gallery

        // A clip playing keeps the screen awake, until the gallery goes.
        const list = view.galleryPage.list
        tryVerify(() => list.itemAtIndex(2) !== null)
        mouseClick(list.itemAtIndex(2))
        const viewer = view.galleryPage.viewer
        verify(viewer.hasClip)
        tryVerify(() => viewer.playing, 10000)
        verify(UserActivity.watching)
        mouseClick(viewer.liveButton)
        compare(view.galleryPage, null)
        verify(!UserActivity.watching)

        mouseClick(view.controls.galleryButton)
        mouseClick(view.galleryPage.liveButton)
        compare(view.galleryPage, null)
        verify(!Gallery.active)
        verify(body.visible)
        verify(view.controls.galleryButton.activeFocus)
    }

    function test_2_behindThePinAndLocksAgain() {
        PinLock.startNewPin()
        PinLock.enterNewPin("2468")
        PinLock.enterNewPin("2468")
        verify(SettingsEditor.pinSetAfterApply)
        verify(SettingsEditor.apply())
        verify(PinLock.pinSet)
        PinLock.leave()
        compare(TestProbe.setSetting("ui/lock_seconds", "1"), "")

        mouseClick(view.controls.galleryButton)
        verify(view.pinPad.visible)
        compare(view.galleryPage, null)   // nothing of it before the PIN
        enterPin("2468")
        verify(!view.pinPad.visible)
        verify(view.galleryPage)
        verify(Gallery.active)

        // A second without a touch: locked again, and the gallery goes.
        tryVerify(() => view.galleryPage === null, 10000)
        verify(!Gallery.active)
        verify(!PinLock.unlocked)
    }
}
