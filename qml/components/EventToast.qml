// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// A banner when an event starts (motion or tamper): what it is, when, and
// the snapshot of that moment once it is saved. Gone by itself after a few
// seconds, or at a tap. What it says is EventNotice's.
Rectangle {
    id: toast

    property int showMilliseconds: 6000

    objectName: "eventToast"
    width: Math.min(parent ? parent.width - 4 * Theme.spacing : 480,
                    content.implicitWidth + 2 * Theme.spacing)
    height: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Qt.darker(Theme.error, 2.6)
    border.color: Theme.error
    border.width: 2
    opacity: 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: 200 } }

    function show() {
        opacity = 1
        hideTimer.restart()
    }
    function hide() {
        hideTimer.stop()
        opacity = 0
    }

    Connections {
        target: EventNotice
        function onStarted() { toast.show() }
    }

    RowLayout {
        id: content
        anchors.centerIn: parent
        spacing: Theme.spacing

        Image {
            id: thumbnail
            objectName: "eventThumbnail"
            visible: status === Image.Ready
            source: EventNotice.snapshot
            readonly property int thumbHeight: Math.round(Theme.touch * 1.2)
            // Decoded small (libjpeg scales while decoding), off the GUI thread.
            sourceSize.height: thumbHeight
            Layout.preferredHeight: thumbHeight
            Layout.preferredWidth: Math.round(thumbHeight * 16 / 9)
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            cache: false
        }
        ColumnLayout {
            spacing: 2
            Text {
                objectName: "eventTitle"
                text: EventNotice.title
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                font.bold: true
            }
            Text {
                objectName: "eventTime"
                text: EventNotice.timeText
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    TapHandler { onTapped: toast.hide() }
    Timer {
        id: hideTimer
        interval: toast.showMilliseconds
        onTriggered: toast.opacity = 0
    }
}
