// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// The zone editor on the settings panel's Motion tab: a drag draws a masked
// area into the motion/mask field (fractions of the picture), a tap selects
// it, Delete removes it; nothing is saved before Apply.
TestCase {
    name: "ZoneEditor"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 800
    height: 480

    SettingsPanel {
        id: panel
        anchors.fill: parent
    }

    function numbers(text) {
        return text.split(",").map(Number)
    }

    function motionTab() {
        panel.open()
        mouseClick(findChild(panel, "tab:motion"))
        const editor = findChild(panel, "zoneEditor")
        verify(editor)
        tryVerify(() => editor.visible)
        waitForItemPolished(editor.parent)
        return editor
    }

    function test_1_dragDrawsAnAreaAndDeleteRemovesIt() {
        const editor = motionTab()
        const picture = findChild(editor, "zonePicture")
        const gestures = findChild(editor, "zoneGestures")
        tryVerify(() => picture.width > 100 && picture.height > 50)
        // The frame the preview shows reaches the editor's picture too.
        verify(Preview.mirrorSink !== null)
        compare(SettingsEditor.textOf("motion/mask"), "")
        const before = TestProbe.settingsFileText()

        // From a quarter across and a fifth down to three quarters and 0.6.
        const w = picture.width, h = picture.height
        mousePress(gestures, 0.25 * w, 0.2 * h)
        mouseMove(gestures, 0.5 * w, 0.4 * h)
        verify(findChild(editor, "dragBand").visible)
        mouseMove(gestures, 0.75 * w, 0.6 * h)
        mouseRelease(gestures, 0.75 * w, 0.6 * h)
        verify(!findChild(editor, "dragBand").visible)

        const text = SettingsEditor.textOf("motion/mask")
        const r = numbers(text)
        compare(r.length, 4, text)
        fuzzyCompare(r[0], 0.25, 0.01)
        fuzzyCompare(r[1], 0.2, 0.01)
        fuzzyCompare(r[2], 0.5, 0.01)
        fuzzyCompare(r[3], 0.4, 0.01)
        compare(SettingsEditor.errorOf("motion/mask"), "")
        // The text field shows the same, and nothing is saved yet.
        compare(findChild(findChild(panel, "field:motion/mask"), "input").text, text)
        compare(TestProbe.settingsFileText(), before)
        compare(MaskEditor.rects.length, 1)
        const shown = findChild(editor, "maskRect:0")
        verify(shown)
        fuzzyCompare(shown.x, 0.25 * w, 1)
        fuzzyCompare(shown.width, 0.5 * w, 1)
        // The new area is selected: one tap on Delete undoes a slip.
        compare(MaskEditor.selected, 0)

        // A tap outside deselects, a tap on it selects it.
        mouseClick(gestures, 0.1 * w, 0.9 * h)
        compare(MaskEditor.selected, -1)
        verify(!findChild(editor, "deleteZoneButton").enabled)
        mouseClick(gestures, 0.5 * w, 0.4 * h)
        compare(MaskEditor.selected, 0)
        compare(SettingsEditor.textOf("motion/mask"), text)

        mouseClick(findChild(editor, "deleteZoneButton"))
        compare(SettingsEditor.textOf("motion/mask"), "")
        compare(MaskEditor.rects.length, 0)
        compare(MaskEditor.selected, -1)
        SettingsEditor.cancel()
    }

    // Too small to be an area: a slip, not a rectangle.
    function test_2_aTinyDragAddsNothing() {
        const editor = motionTab()
        const gestures = findChild(editor, "zoneGestures")
        mouseDrag(gestures, 10, 10, 14, 2)
        compare(SettingsEditor.textOf("motion/mask"), "")
        SettingsEditor.cancel()
    }

    // Apply saves the drawn area; typing into the field moves the drawing;
    // an invalid text stops drawing until it is cleared.
    function test_3_applyTypingAndClear() {
        let editor = motionTab()
        const gestures = findChild(editor, "zoneGestures")
        const w = gestures.width, h = gestures.height
        mouseDrag(gestures, 0, 0, 0.5 * w, 0.5 * h)
        verify(SettingsEditor.apply())
        const saved = numbers(TestProbe.settingText("motion/mask"))
        fuzzyCompare(saved[2], 0.5, 0.01)

        editor = motionTab()
        const input = findChild(findChild(panel, "field:motion/mask"), "input")
        input.text = "0,0,1,0.25;0.5,0.5,0.5,0.5"
        compare(MaskEditor.rects.length, 2)
        input.text = "0,0,2,1"
        verify(!MaskEditor.valid)
        verify(SettingsEditor.errorOf("motion/mask") !== "")
        verify(!gestures.enabled)
        mouseClick(findChild(editor, "clearZonesButton"))
        verify(MaskEditor.valid)
        compare(SettingsEditor.textOf("motion/mask"), "")
        compare(input.text, "")
        SettingsEditor.cancel()
        compare(MaskEditor.rects.length, 1)
        compare(TestProbe.setSetting("motion/mask", ""), "")
    }
}
