// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtMultimedia
import QtTest
import PiCam
import PiCamTest

// The gallery with a card of its own (TestProbe.fillGallery: a photo, a
// tamper event whose clip is gone, a motion event with an 8 s clip): it
// lists, plays with Qt Multimedia, shows a photo, deletes one or all after
// a question, and goes with the joystick as with a finger.
TestCase {
    name: "Gallery"
    when: windowShown
    visible: true
    width: 800
    height: 480

    GalleryPage {
        id: page
        anchors.fill: parent
        visible: false
    }
    SignalSpy { id: closedSpy; target: page; signalName: "closed" }

    readonly property var list: page.list
    readonly property var viewer: page.viewer

    function initTestCase() {
        verify(TestProbe.watchInput(page))
    }
    function init() {
        verify(TestProbe.fillGallery())
        page.visible = true
        tryCompare(Gallery, "count", 3)
        tryVerify(() => list.itemAtIndex(2) !== null)
        closedSpy.clear()
    }
    function cleanup() {
        page.visible = false
        verify(!viewer.visible)
        verify(!Gallery.active)
    }

    function row(index) {
        const item = list.itemAtIndex(index)
        verify(item, "row " + index)
        return item
    }

    function test_listsNewestFirstWithWhatIsOnTheCard() {
        compare(row(0).kind, "photo")
        compare(row(0).title, "Photo")
        compare(row(1).kind, "tamper")
        compare(row(1).note, "Clip no longer on the card")
        compare(row(1).clip.toString(), "")
        compare(row(2).kind, "motion")
        compare(row(2).title, "Motion")
        compare(row(2).durationText, "12 s")
        verify(row(2).timeText.indexOf("14:20:00") >= 0, row(2).timeText)
        verify(row(2).clip.toString() !== "")
        compare(findChild(page, "countText").text, "3 items")
        for (let i = 0; i < 3; ++i)
            tryCompare(findChild(row(i), "thumbnail"), "status", Image.Ready)
    }

    function test_playsPausesAndSeeksAClip() {
        mouseClick(row(2))
        verify(viewer.visible)
        verify(viewer.hasClip)
        compare(viewer.title, "Motion")
        tryVerify(() => viewer.playing, 10000, "the clip plays")
        tryVerify(() => viewer.player.position > 300, 10000, "and moves on")
        verify(UserActivity.watching)   // no dark screen, no lock under a viewer
        tryVerify(() => viewer.player.duration > 7000, 5000, "its length is known")

        mouseClick(viewer.playButton)
        tryCompare(viewer.player, "playbackState", MediaPlayer.PausedState)
        verify(!UserActivity.watching)
        compare(viewer.playButton.text, "Play")

        // The joystick on the bar: five seconds on.
        const before = viewer.player.position
        viewer.seekBar.forceActiveFocus()
        keyClick(Qt.Key_Right)
        tryVerify(() => viewer.player.position >= before + 4000, 5000,
                  "seeked from " + before + " to " + viewer.player.position)

        mouseClick(viewer.backButton)
        verify(!viewer.visible)
        compare(viewer.player.playbackState, MediaPlayer.StoppedState)
        verify(list.activeFocus)
    }

    function test_showsAPhotoFullScreen() {
        mouseClick(row(0))
        verify(viewer.visible)
        verify(!viewer.hasClip)
        const picture = findChild(viewer, "picture")
        tryCompare(picture, "status", Image.Ready)
        compare(picture.sourceSize.width, 320)
        verify(!findChild(viewer, "playButton").visible)
        mouseClick(viewer.liveButton)
        compare(closedSpy.count, 1)
    }

    function test_deletesOneAfterTheQuestion() {
        const clip = row(2).clip
        const snapshot = row(2).picture
        verify(TestProbe.fileExists(clip))
        mouseClick(row(2))
        mouseClick(viewer.deleteButton)
        verify(page.confirm.visible)
        verify(page.confirm.keepButton.activeFocus)   // a stray press keeps it
        compare(findChild(page.confirm, "question").text, "Delete this clip and its picture?")

        mouseClick(page.confirm.keepButton)
        verify(!page.confirm.visible)
        compare(Gallery.count, 3)
        verify(viewer.visible)

        mouseClick(viewer.deleteButton)
        mouseClick(page.confirm.confirmButton)
        tryCompare(Gallery, "count", 2)
        verify(!viewer.visible)
        verify(!TestProbe.fileExists(clip))
        verify(!TestProbe.fileExists(snapshot))
        compare(Gallery.message, "")
        compare(row(0).kind, "photo")
        compare(row(1).kind, "tamper")
    }

    function test_deletesEverything() {
        const files = [row(0).picture, row(1).picture, row(2).picture, row(2).clip]
        mouseClick(page.deleteAllButton)
        verify(page.confirm.visible)
        mouseClick(page.confirm.confirmButton)
        tryCompare(Gallery, "count", 0)
        for (const f of files)
            verify(!TestProbe.fileExists(f), f)
        verify(findChild(page, "emptyText").visible)
        verify(!page.deleteAllButton.enabled)
        verify(page.liveButton.activeFocus)
    }

    // The Sense HAT joystick: arrows and its press (Enter).
    function test_joystick() {
        page.open()
        verify(list.activeFocus)
        compare(list.currentIndex, 0)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        verify(row(1).border.width > 0)   // the focus frame on the row
        keyClick(Qt.Key_Return)
        verify(viewer.visible)
        compare(viewer.kind, "tamper")
        verify(viewer.backButton.activeFocus)   // nothing to play
        keyClick(Qt.Key_Right)
        verify(viewer.deleteButton.activeFocus)
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Return)
        verify(!viewer.visible)
        verify(list.activeFocus)

        keyClick(Qt.Key_Up)
        compare(list.currentIndex, 0)
        keyClick(Qt.Key_Up)   // past the first row: the buttons
        verify(page.liveButton.activeFocus)
        keyClick(Qt.Key_Return)
        compare(closedSpy.count, 1)
    }
}
