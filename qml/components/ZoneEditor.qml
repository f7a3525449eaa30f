// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import QtMultimedia
import PiCam

// The zone editor on the settings panel's Motion tab: the live picture (or
// the last frame) with motion/mask's areas on it. Drag a finger to mask an
// area, tap an area to select it, then Delete; Clear all empties the mask.
// Edits go into the motion/mask field and wait for Apply like any other.
// The fractions and what a gesture means are MaskEditor's; this draws and
// hands over where the finger went.
Rectangle {
    id: editor

    objectName: "zoneEditor"
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface

    // Frames reach the editor's picture only while it is shown.
    function updateMirror() {
        Preview.mirrorSink = editor.visible ? video.videoSink : null
    }
    onVisibleChanged: updateMirror()
    Component.onCompleted: updateMirror()
    Component.onDestruction: {
        if (Preview.mirrorSink === video.videoSink)
            Preview.mirrorSink = null
    }

    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        spacing: Theme.spacing

        Item {
            id: picture
            objectName: "zonePicture"
            // The picture's own shape (16:9 until a frame says otherwise),
            // so its corners are the mask's 0 and 1.
            readonly property real aspect: video.sourceRect.width > 0
                                           ? video.sourceRect.width / video.sourceRect.height : 16 / 9
            readonly property size pixels: Qt.size(width, height)
            Layout.preferredHeight: Math.round(180 * Theme.scale)
            Layout.preferredWidth: Math.round(Layout.preferredHeight * aspect)
            Layout.alignment: Qt.AlignTop

            Rectangle { anchors.fill: parent; color: "black" }
            VideoOutput {
                id: video
                anchors.fill: parent
                fillMode: VideoOutput.Stretch
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: !Preview.hasFrame
                text: qsTr("No camera picture")
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
            }

            Repeater {
                model: MaskEditor.rects
                delegate: Rectangle {
                    required property rect modelData
                    required property int index
                    readonly property bool selected: index === MaskEditor.selected
                    objectName: "maskRect:" + index
                    x: modelData.x * picture.width
                    y: modelData.y * picture.height
                    width: modelData.width * picture.width
                    height: modelData.height * picture.height
                    color: selected ? "#80ff5d5d" : "#a0000000"
                    border.width: selected ? 3 : 2
                    border.color: selected ? Theme.error : Theme.textDim
                }
            }

            // The area being drawn.
            Rectangle {
                id: band
                objectName: "dragBand"
                property rect area: Qt.rect(0, 0, 0, 0)
                visible: gestures.pressed
                x: area.x * picture.width
                y: area.y * picture.height
                width: area.width * picture.width
                height: area.height * picture.height
                color: "#404fb3ff"
                border.width: 2
                border.color: Theme.accent
            }

            MouseArea {
                id: gestures
                objectName: "zoneGestures"
                anchors.fill: parent
                enabled: MaskEditor.valid
                // A drag here draws; it must not scroll the panel.
                preventStealing: true
                property point origin
                onPressed: (mouse) => {
                    origin = Qt.point(mouse.x, mouse.y)
                    band.area = MaskEditor.dragRect(origin, origin, picture.pixels)
                }
                onPositionChanged: (mouse) => {
                    band.area = MaskEditor.dragRect(origin, Qt.point(mouse.x, mouse.y), picture.pixels)
                }
                onReleased: (mouse) => {
                    MaskEditor.finishGesture(origin, Qt.point(mouse.x, mouse.y), picture.pixels)
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Math.round(Theme.spacing / 2)
            Text {
                Layout.fillWidth: true
                text: qsTr("Masked areas")
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "zoneHint"
                Layout.fillWidth: true
                text: !MaskEditor.valid ? qsTr("The mask text below is not valid: fix it or clear all.")
                      : MaskEditor.full ? qsTr("No room for more areas.")
                      : qsTr("Motion is not looked for in these areas. Drag on the picture to add one; tap one to select it.")
                color: MaskEditor.valid ? Theme.textDim : Theme.error
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "deleteZoneButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    enabled: MaskEditor.selected >= 0
                    text: qsTr("Delete")
                    onClicked: MaskEditor.removeSelected()
                }
                TouchButton {
                    objectName: "clearZonesButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    enabled: MaskEditor.rects.length > 0 || !MaskEditor.valid
                    text: qsTr("Clear all")
                    onClicked: MaskEditor.clear()
                }
            }
        }
    }
}
