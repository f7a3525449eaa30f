// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import PiCam

// Artificial horizon: the ground/sky line moves with pitch and tilts with
// roll; the fixed marker in the middle is the board.
Item {
    id: indicator

    property real pitch: 0
    property real roll: 0
    property bool available: true
    property string pitchText: ""
    property string rollText: ""

    implicitWidth: 120
    implicitHeight: 120

    Rectangle {
        id: dial
        anchors.centerIn: parent
        width: Math.min(parent.width, parent.height - label.height)
        height: width
        anchors.verticalCenterOffset: -label.height / 2
        // A rounded square: clip cuts rectangles, not circles.
        radius: Theme.radius
        color: Theme.surfaceRaised
        clip: true

        Item {
            id: horizon
            visible: indicator.available
            anchors.centerIn: parent
            width: dial.width * 2
            height: dial.height * 2
            rotation: -indicator.roll
            // 90° of pitch moves the horizon half the dial.
            transform: Translate {
                y: Math.max(-90, Math.min(90, indicator.pitch)) / 90 * dial.height / 2
            }
            Rectangle { width: parent.width; height: parent.height / 2; color: Theme.sky }
            Rectangle { y: parent.height / 2; width: parent.width; height: parent.height / 2; color: Theme.ground }
            Rectangle { y: parent.height / 2 - 1; width: parent.width; height: 2; color: Theme.text }
        }
        // The board: a fixed wing line and dot.
        Rectangle {
            anchors.centerIn: parent
            width: dial.width * 0.5
            height: Math.max(3, dial.width * 0.03)
            color: Theme.warning
            visible: indicator.available
        }
        Rectangle {
            anchors.centerIn: parent
            width: Math.max(6, dial.width * 0.07)
            height: width
            radius: width / 2
            color: Theme.warning
            visible: indicator.available
        }
        Text {
            anchors.centerIn: parent
            visible: !indicator.available
            text: "—"
            color: Theme.textDim
            font.pixelSize: Theme.fontLarge
        }
    }
    Text {
        id: label
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
        elide: Text.ElideRight
        text: indicator.available ? qsTr("P %1°  R %2°").arg(indicator.pitchText).arg(indicator.rollText)
                                  : qsTr("no reading")
        color: Theme.text
        font.pixelSize: Theme.fontSmall
    }
}
