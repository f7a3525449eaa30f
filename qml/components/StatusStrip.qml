// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// The status bar: device, clock, stream, MQTT and CPU temperature, and the
// way to the device page. One line where it is wide enough, else the stream
// and MQTT states on a second line. The stream and MQTT words are cut to fit;
// a tap on them (or Enter, from the joystick) asks for the full messages.
Rectangle {
    id: strip

    property date now: new Date()
    readonly property alias deviceButton: deviceButton
    readonly property alias statusArea: statusArea
    property Item downTarget: null   // where the joystick goes from the device button

    signal deviceInfoRequested()
    signal detailsRequested()

    implicitHeight: twoLines ? 2 * lineHeight : lineHeight
    color: Theme.surface

    // Anywhere but the device button (which takes its own taps).
    TapHandler {
        onTapped: strip.detailsRequested()
    }

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: strip.now = new Date()
    }

    component Chip: RowLayout {
        property int level: 0
        property string text: ""
        spacing: Math.round(Theme.spacing / 2)
        Rectangle {
            Layout.preferredWidth: Math.round(Theme.fontSmall * 0.75)
            Layout.preferredHeight: Layout.preferredWidth
            radius: width / 2
            color: Theme.levelColor(parent.level)
        }
        Text {
            Layout.fillWidth: true
            text: parent.text
            color: parent.level === 4 ? Theme.error : Theme.text
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    // Room for about 40 characters of status per line; where there is
    // less (a portrait screen) the two states go on a line of their own.
    readonly property bool twoLines: width < 40 * Theme.fontSmall
    readonly property int lineHeight: Math.max(Theme.minTouch, Math.round(44 * Theme.scale))

    GridLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 1.5
        anchors.rightMargin: Math.round(Theme.spacing / 2)
        columns: 3
        rowSpacing: 0
        columnSpacing: Theme.spacing * 2

        RowLayout {
            Layout.row: 0
            Layout.column: 0
            Layout.preferredHeight: strip.lineHeight
            spacing: Theme.spacing * 2
            Text {
                objectName: "deviceName"
                text: StatusSummary.deviceName
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                font.bold: true
                elide: Text.ElideRight
                Layout.maximumWidth: strip.width * (strip.twoLines ? 0.45 : 0.2)
            }
            Text {
                objectName: "clock"
                text: Qt.formatTime(strip.now, "HH:mm")
                color: Theme.text
                font.pixelSize: Theme.fontNormal
            }
        }
        Item {
            id: statusArea
            objectName: "statusArea"
            Layout.row: strip.twoLines ? 1 : 0
            Layout.column: strip.twoLines ? 0 : 1
            Layout.columnSpan: strip.twoLines ? 3 : 1
            Layout.fillWidth: true
            Layout.preferredHeight: strip.lineHeight
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Status details")
            Keys.onReturnPressed: strip.detailsRequested()
            Keys.onEnterPressed: strip.detailsRequested()
            KeyNavigation.right: deviceButton
            KeyNavigation.down: strip.downTarget

            RowLayout {
                anchors.fill: parent
                spacing: Theme.spacing * 2
                // Each state as wide as its words (the stream's "Live · 30 fps ·
                // 1.0 Mbit/s · 3 ms" is longer than "MQTT connected"); both give
                // way in proportion where the line is short.
                Chip {
                    objectName: "streamStatus"
                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.fontSmall * 3
                    level: StatusSummary.streamLevel
                    text: StatusSummary.streamText
                }
                Chip {
                    objectName: "mqttStatus"
                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.fontSmall * 3
                    level: StatusSummary.mqttLevel
                    text: StatusSummary.mqttText
                }
            }
            Rectangle {   // keyboard focus ring
                anchors.fill: parent
                anchors.topMargin: 2
                anchors.bottomMargin: 2
                color: "transparent"
                radius: Theme.radius
                border.width: statusArea.activeFocus && Theme.keyFocusVisible ? Theme.focusWidth : 0
                border.color: Theme.focus
            }
        }
        Item {   // keeps the CPU and the button at the right end of the first line
            Layout.row: 0
            Layout.column: 1
            Layout.fillWidth: true
            visible: strip.twoLines
        }
        RowLayout {
            Layout.row: 0
            Layout.column: 2
            Layout.preferredHeight: strip.lineHeight
            spacing: Theme.spacing * 2
            Text {
                objectName: "cpuTemperature"
                text: qsTr("CPU %1").arg(SensorPanel.cpuTemperature.available
                                         ? SensorPanel.cpuTemperature.text + " " + SensorPanel.cpuTemperature.unit
                                         : "—")
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
            }
            TouchButton {
                id: deviceButton
                objectName: "deviceButton"
                Layout.preferredWidth: strip.lineHeight
                Layout.preferredHeight: strip.lineHeight - 4
                implicitHeight: strip.lineHeight - 4
                iconSource: "qrc:/PiCam/icons/info.svg"
                Accessible.name: qsTr("Device")
                onClicked: strip.deviceInfoRequested()
                KeyNavigation.left: statusArea
                KeyNavigation.down: strip.downTarget
            }
        }
    }
}
