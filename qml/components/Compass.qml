// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Shapes
import PiCam

// Heading (yaw) on a rotating card; the pointer at the top is fixed.
Item {
    id: compass

    property real heading: 0
    property bool available: true
    property string headingText: ""

    implicitWidth: 120
    implicitHeight: 120

    Rectangle {
        id: dial
        anchors.centerIn: parent
        anchors.verticalCenterOffset: -label.height / 2
        width: Math.min(parent.width, parent.height - label.height)
        height: width
        radius: width / 2
        color: Theme.surfaceRaised

        Item {
            id: card
            anchors.fill: parent
            rotation: -compass.heading
            visible: compass.available
            Repeater {
                model: [qsTr("N"), qsTr("E"), qsTr("S"), qsTr("W")]
                delegate: Item {
                    id: point
                    required property string modelData
                    required property int index
                    anchors.fill: card
                    rotation: point.index * 90
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: dial.height * 0.06
                        text: point.modelData
                        color: point.index === 0 ? Theme.error : Theme.text
                        font.pixelSize: Math.max(11, Math.round(dial.width * 0.14))
                        font.bold: point.index === 0
                    }
                }
            }
        }
        // Fixed pointer: the direction the board faces.
        Shape {
            anchors.centerIn: parent
            width: dial.width * 0.16
            height: dial.height * 0.5
            visible: compass.available
            layer.enabled: true
            layer.samples: 4
            ShapePath {
                fillColor: Theme.warning
                strokeColor: "transparent"
                startX: dial.width * 0.08
                startY: 0
                PathLine { x: dial.width * 0.16; y: dial.height * 0.25 }
                PathLine { x: 0; y: dial.height * 0.25 }
                PathLine { x: dial.width * 0.08; y: 0 }
            }
        }
        Text {
            anchors.centerIn: parent
            visible: !compass.available
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
        text: compass.available ? compass.headingText + "°" : qsTr("no reading")
        color: Theme.text
        font.pixelSize: Theme.fontSmall
    }
}
