// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// One service's live state: a coloured dot, its name, state and last error
// (wrapped, never cut).
Rectangle {
    id: root

    required property string name
    required property int state
    required property string stateName
    required property string lastError

    implicitHeight: Math.max(Theme.minTouch, row.implicitHeight + Theme.spacing)
    radius: Theme.radius
    color: Theme.surface

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            width: Theme.fontNormal
            height: width
            radius: width / 2
            color: Theme.stateColor(root.state)
        }
        Text {
            text: root.name
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            font.bold: true
        }
        Text {
            objectName: "stateText"
            // Service::State in order (Stopped, Starting, Running, Retrying,
            // Failed), in the screen's language; the model's stateName is the
            // log's English word.
            text: [qsTr("Stopped"), qsTr("Starting"), qsTr("Running"), qsTr("Retrying"),
                   qsTr("Failed")][root.state] ?? root.stateName
            color: Theme.textDim
            font.pixelSize: Theme.fontNormal
        }
        Text {
            Layout.fillWidth: true
            text: root.lastError
            color: Theme.error
            font.pixelSize: Theme.fontSmall
            // In full: the reason is what a person needs to act on.
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }
    }
}
