// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// One SensorValue as an arc gauge with its ten-minute sparkline.
Tile {
    id: tile

    required property SensorValue source
    property color color: Theme.accent
    readonly property alias gauge: gauge

    ColumnLayout {
        anchors.fill: parent
        spacing: Math.round(Theme.spacing / 2)
        ArcGauge {
            id: gauge
            Layout.fillWidth: true
            Layout.fillHeight: true
            value: tile.source.value
            available: tile.source.available
            minimum: tile.source.minimum
            maximum: tile.source.maximum
            step: tile.source.step
            text: tile.source.text
            unit: tile.source.unit
            color: tile.color
        }
        Sparkline {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(22 * Theme.scale)
            points: tile.source.history
            color: tile.color
        }
    }
}
