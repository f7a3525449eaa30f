// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// Orientation and movement: attitude (pitch, roll), compass (yaw) and
// acceleration bars.
RowLayout {
    spacing: Theme.spacing

    Tile {
        Layout.fillWidth: true; Layout.fillHeight: true
        title: qsTr("Attitude")
        AttitudeIndicator {
            anchors.fill: parent
            pitch: SensorPanel.pitch.available ? SensorPanel.pitch.value : 0
            roll: SensorPanel.roll.available ? SensorPanel.roll.value : 0
            available: SensorPanel.pitch.available && SensorPanel.roll.available
            pitchText: SensorPanel.pitch.text
            rollText: SensorPanel.roll.text
        }
    }
    Tile {
        Layout.fillWidth: true; Layout.fillHeight: true
        title: qsTr("Heading")
        Compass {
            anchors.fill: parent
            heading: SensorPanel.yaw.available ? SensorPanel.yaw.value : 0
            available: SensorPanel.yaw.available
            headingText: SensorPanel.yaw.text
        }
    }
    Tile {
        Layout.fillWidth: true; Layout.fillHeight: true
        Layout.preferredWidth: 1.3
        title: qsTr("Acceleration")
        AccelBars {
            anchors.fill: parent
            axes: [SensorPanel.accelX, SensorPanel.accelY, SensorPanel.accelZ]
        }
    }
}
