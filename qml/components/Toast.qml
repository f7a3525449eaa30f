// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import PiCam

// A short message at the bottom of the screen, gone after a few seconds.
Rectangle {
    id: toast

    property bool isError: false

    function show(message, error) {
        label.text = message
        isError = error === true
        opacity = 1
        hideTimer.restart()
    }

    width: Math.min(parent ? parent.width - 4 * Theme.spacing : 400, label.implicitWidth + 4 * Theme.spacing)
    height: Math.max(Theme.minTouch, label.implicitHeight + 2 * Theme.spacing)
    radius: Theme.radius
    color: isError ? Qt.darker(Theme.error, 2.2) : Theme.surfaceRaised
    border.color: isError ? Theme.error : Theme.ok
    border.width: 2
    opacity: 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: 200 } }

    Text {
        id: label
        objectName: "toastText"
        anchors.centerIn: parent
        width: Math.min(implicitWidth, toast.width - 2 * Theme.spacing)
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontNormal
    }
    Timer {
        id: hideTimer
        interval: 3500
        onTriggered: toast.opacity = 0
    }
}
