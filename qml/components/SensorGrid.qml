// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// The Sense HAT's climate values as arc gauges: three temperatures (in the
// chosen unit), humidity, pressure and the CPU temperature.
GridLayout {
    id: grid

    readonly property color temperatureColor: "#ff9f5a"

    columns: 3
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    GaugeTile {
        objectName: "tempHumidityTile"
        Layout.fillWidth: true; Layout.fillHeight: true
        title: qsTr("Temperature")
        subtitle: qsTr("humidity sensor")
        source: SensorPanel.tempHumidity
        color: grid.temperatureColor
    }
    GaugeTile {
        objectName: "tempPressureTile"
        Layout.fillWidth: true; Layout.fillHeight: true
        title: qsTr("Temperature")
        subtitle: qsTr("pressure sensor")
        source: SensorPanel.tempPressure
        color: grid.temperatureColor
    }
    GaugeTile {
        objectName: "tempCompensatedTile"
        Layout.fillWidth: true; Layout.fillHeight: true
        title: qsTr("Temperature")
        subtitle: qsTr("corrected")
        source: SensorPanel.tempCompensated
        color: grid.temperatureColor
    }
    GaugeTile {
        objectName: "humidityTile"
        Layout.fillWidth: true; Layout.fillHeight: true
        title: qsTr("Humidity")
        subtitle: qsTr("relative")
        source: SensorPanel.humidity
        color: Theme.accent
    }
    GaugeTile {
        objectName: "pressureTile"
        Layout.fillWidth: true; Layout.fillHeight: true
        title: qsTr("Pressure")
        subtitle: qsTr("air pressure")
        source: SensorPanel.pressure
        color: "#b79cff"
    }
    GaugeTile {
        objectName: "cpuTile"
        Layout.fillWidth: true; Layout.fillHeight: true
        title: qsTr("CPU")
        subtitle: qsTr("processor")
        source: SensorPanel.cpuTemperature
        color: "#ff7a7a"
    }
}
