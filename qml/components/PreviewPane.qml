// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtMultimedia
import PiCam

// The live picture: a VideoOutput whose sink the preview bridge feeds, the
// stream state and displayed frame rate on top, while detection is on the
// masked areas (motion/mask, shaded) and the boxes where motion was seen,
// and a "Motion" badge during an event, a placeholder while there is no
// picture. Tap (or Enter) toggles full screen.
FocusScope {
    id: pane

    property bool fullScreen: false
    signal toggleRequested()

    activeFocusOnTab: true
    Keys.onReturnPressed: toggleRequested()
    Keys.onEnterPressed: toggleRequested()

    Rectangle {
        anchors.fill: parent
        color: "black"
        radius: pane.fullScreen ? 0 : Theme.radius
    }

    VideoOutput {
        id: video
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
        Component.onCompleted: Preview.videoSink = video.videoSink
    }

    Column {
        objectName: "placeholder"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        visible: !Preview.hasFrame
        spacing: Theme.spacing
        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            source: "qrc:/PiCam/icons/camera.svg"
            width: Math.round(Theme.fontHuge * 1.4)
            height: width
            sourceSize: Qt.size(width, height)
            opacity: 0.5
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: Preview.sourceAvailable ? qsTr("Waiting for the camera…") : qsTr("No camera picture")
            color: Theme.textDim
            font.pixelSize: Theme.fontNormal
        }
    }

    // Overlay: the stream's state while it is on, and the displayed frame
    // rate. With the stream off there is no stream word: "OFF" over a
    // moving picture read as if the camera were off.
    Rectangle {
        objectName: "overlay"
        anchors { left: parent.left; top: parent.top; margins: Theme.spacing }
        visible: StatusSummary.streaming || Preview.hasFrame
        width: overlayRow.implicitWidth + 2 * Theme.spacing
        height: overlayRow.implicitHeight + Theme.spacing
        radius: height / 2
        color: "#a0000000"
        Row {
            id: overlayRow
            anchors.centerIn: parent
            spacing: Math.round(Theme.spacing / 2)
            Rectangle {
                visible: streamState.visible
                width: Math.round(Theme.fontSmall * 0.75)
                height: width
                radius: width / 2
                color: Theme.levelColor(StatusSummary.streamLevel)
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                id: streamState
                objectName: "streamState"
                visible: StatusSummary.streaming
                text: StatusSummary.streamLevel === StatusSummary.Good ? qsTr("LIVE") : qsTr("OFFLINE")
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            Text {
                id: fpsText
                objectName: "fpsText"
                visible: Preview.hasFrame
                text: qsTr("%1 fps").arg(Preview.displayFps.toFixed(0))
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    // Where motion detection saw change in its last picture, on the picture
    // as it is drawn (the boxes are fractions of it).
    Item {
        id: motionZones
        objectName: "motionZones"
        x: video.contentRect.x
        y: video.contentRect.y
        width: video.contentRect.width
        height: video.contentRect.height
        visible: Preview.hasFrame && MotionIndicator.detectionEnabled
        // Never looked at: shaded, under the boxes.
        Repeater {
            model: MotionIndicator.mask
            Rectangle {
                required property rect modelData
                objectName: "maskOutline"
                x: modelData.x * motionZones.width
                y: modelData.y * motionZones.height
                width: modelData.width * motionZones.width
                height: modelData.height * motionZones.height
                color: "#70000000"
                border.width: 1
                border.color: Theme.textDim
            }
        }
        Repeater {
            model: MotionIndicator.zones
            Rectangle {
                required property rect modelData
                objectName: "motionBox"
                x: modelData.x * motionZones.width
                y: modelData.y * motionZones.height
                width: modelData.width * motionZones.width
                height: modelData.height * motionZones.height
                color: "transparent"
                border.width: 2
                border.color: MotionIndicator.active ? Theme.error : Theme.warning
            }
        }
    }

    // During a motion event.
    Rectangle {
        objectName: "motionBadge"
        anchors { right: parent.right; top: parent.top; margins: Theme.spacing }
        visible: MotionIndicator.detectionEnabled && MotionIndicator.active
        width: motionLabel.implicitWidth + 2 * Theme.spacing
        height: motionLabel.implicitHeight + Theme.spacing
        radius: height / 2
        color: Theme.error
        Text {
            id: motionLabel
            anchors.centerIn: parent
            text: qsTr("MOTION")
            color: "white"
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }

    // A white flash when a snapshot is taken.
    Rectangle {
        id: flash
        anchors.fill: parent
        color: "white"
        opacity: 0
        NumberAnimation on opacity { id: flashAnimation; running: false; from: 0.8; to: 0; duration: 350 }
    }
    function flashNow() { flashAnimation.restart() }

    Rectangle {   // keyboard focus ring
        anchors.fill: parent
        color: "transparent"
        radius: pane.fullScreen ? 0 : Theme.radius
        border.width: pane.activeFocus && Theme.keyFocusVisible ? Theme.focusWidth : 0
        border.color: Theme.focus
    }

    TapHandler {
        onTapped: pane.toggleRequested()
    }
}
