// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// Acceleration on three axes as bars growing left or right from 0 g.
ColumnLayout {
    id: bars

    property var axes: []   // SensorValue objects for x, y, z
    readonly property var names: ["X", "Y", "Z"]

    spacing: Math.round(Theme.spacing / 2)

    Repeater {
        model: bars.axes.length
        delegate: RowLayout {
            id: axisRow
            required property int index
            readonly property SensorValue axis: bars.axes[index]
            readonly property real fraction: !axis.available || axis.maximum <= axis.minimum ? 0
                : Math.max(-1, Math.min(1, axis.value / Math.max(Math.abs(axis.minimum), Math.abs(axis.maximum))))
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Math.round(Theme.spacing / 2)

            Text {
                text: bars.names[axisRow.index]
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
                Layout.preferredWidth: Theme.fontSmall
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.maximumHeight: Math.round(18 * Theme.scale)
                radius: 3
                color: Theme.surfaceRaised
                Rectangle {   // the bar, from the centre
                    visible: axisRow.axis.available
                    height: parent.height
                    radius: 3
                    color: Math.abs(axisRow.fraction) >= 1 ? Theme.warning : Theme.accent
                    width: Math.abs(axisRow.fraction) * parent.width / 2
                    x: axisRow.fraction >= 0 ? parent.width / 2 : parent.width / 2 - width
                }
                Rectangle { x: parent.width / 2 - 1; width: 2; height: parent.height; color: Theme.textDim }
            }
            Text {
                text: axisRow.axis.text
                color: axisRow.axis.available ? Theme.text : Theme.textDim
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: Theme.fontSmall * 3
            }
        }
    }
    Text {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("g")
        color: Theme.textDim
        font.pixelSize: Theme.fontTiny
    }
}
