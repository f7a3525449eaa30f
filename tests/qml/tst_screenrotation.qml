// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam

// ui/rotation turns the whole screen: the turned root swaps width and
// height at 90 and 270, so the screen inside picks the layout of the way it
// is viewed, and a tap lands on what is drawn under the finger.
TestCase {
    name: "ScreenRotation"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 800
    height: 480

    Item {
        id: frame   // the panel as mounted: 800x480
        width: 800
        height: 480

        ScreenRotation {
            id: turned
            angle: 0
            KioskView {
                id: view
                anchors.fill: parent
            }
            // A target in the viewer's top left corner.
            MouseArea {
                id: corner
                z: 100
                width: 100
                height: 100
            }
        }
    }
    SignalSpy { id: cornerSpy; target: corner; signalName: "clicked" }

    function cleanup() {
        turned.angle = 0
    }

    // Every layout placed: only the outermost layout is polished, and
    // placing one can change the room of another.
    function settle() {
        for (let pass = 0; pass < 3; ++pass) {
            let stack = [view]
            while (stack.length > 0) {
                const item = stack.pop()
                waitForItemPolished(item)
                for (let i = 0; i < item.children.length; ++i)
                    stack.push(item.children[i])
            }
        }
    }

    function test_sizeAndOrientation_data() {
        // Where the viewer's top left and top right corners are on the panel.
        return [
            { tag: "0", angle: 0, width: 800, height: 480, portrait: false,
              topLeft: Qt.point(0, 0), topRight: Qt.point(800, 0), tap: Qt.point(50, 50) },
            { tag: "90", angle: 90, width: 480, height: 800, portrait: true,
              topLeft: Qt.point(800, 0), topRight: Qt.point(800, 480), tap: Qt.point(750, 50) },
            { tag: "180", angle: 180, width: 800, height: 480, portrait: false,
              topLeft: Qt.point(800, 480), topRight: Qt.point(0, 480), tap: Qt.point(750, 430) },
            { tag: "270", angle: 270, width: 480, height: 800, portrait: true,
              topLeft: Qt.point(0, 480), topRight: Qt.point(0, 0), tap: Qt.point(50, 430) },
        ]
    }

    function test_sizeAndOrientation(data) {
        turned.angle = data.angle
        compare(turned.width, data.width)
        compare(turned.height, data.height)
        compare(turned.rotation, data.angle)
        compare(view.width, data.width)
        compare(view.height, data.height)
        compare(view.portrait, data.portrait)
        settle()

        const topLeft = turned.mapToItem(frame, 0, 0)
        fuzzyCompare(topLeft.x, data.topLeft.x, 0.5)
        fuzzyCompare(topLeft.y, data.topLeft.y, 0.5)
        const topRight = turned.mapToItem(frame, turned.width, 0)
        fuzzyCompare(topRight.x, data.topRight.x, 0.5)
        fuzzyCompare(topRight.y, data.topRight.y, 0.5)

        // The panel's pixel under the viewer's top left corner reaches the
        // target there, and nothing else does.
        cornerSpy.clear()
        mouseClick(frame, data.tap.x, data.tap.y)
        compare(cornerSpy.count, 1)
        mouseClick(frame, 400, 240)
        compare(cornerSpy.count, 1)
    }

    // Portrait: preview on top at the full width, the controls under it,
    // the gauges at the bottom.
    function test_portraitLayout() {
        turned.angle = 90
        const body = findChild(view, "body")
        settle()
        const preview = view.previewPane
        const controls = findChild(view, "controlBar")
        const motion = findChild(view, "motionRow")
        const gauges = findChild(view, "sensorGrid")
        fuzzyCompare(preview.width, body.width, 1)
        fuzzyCompare(preview.height, Math.round(body.width * 9 / 16), 1)
        verify(controls.y >= preview.y + preview.height, "controls under the preview")
        verify(motion.y >= controls.y + controls.height, "motion under the controls")
        verify(gauges.y >= motion.y + motion.height, "gauges under the motion instruments")
        verify(gauges.height > 0)
        verify(gauges.y + gauges.height <= body.height + 1, "gauges inside the screen")

        // Back to landscape: preview on the left, gauges beside it.
        turned.angle = 180
        settle()
        verify(preview.width < body.width / 2)
        verify(gauges.x >= preview.x + preview.width)
        fuzzyCompare(controls.width, body.width, 1)
    }
}
