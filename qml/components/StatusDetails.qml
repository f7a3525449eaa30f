// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// The status bar's messages in full: the bar cuts them to fit ("Reconnecting
// in 6 s · nothing…"); here they wrap. Stream, MQTT, sensors and the last
// error any service reported. A tap anywhere, Enter or Escape closes it.
Rectangle {
    id: sheet

    signal closed()

    color: "#c0000000"

    Keys.onEscapePressed: sheet.closed()
    Keys.onReturnPressed: sheet.closed()
    Keys.onEnterPressed: sheet.closed()

    // Takes every tap, so nothing under the sheet is pressed through it.
    MouseArea {
        anchors.fill: parent
        onClicked: sheet.closed()
    }

    component StatusRow: RowLayout {
        id: row
        property string label
        property string text
        property int level: 0
        Layout.fillWidth: true
        spacing: Theme.spacing
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Math.round(Theme.fontSmall * 0.3)
            Layout.preferredWidth: Math.round(Theme.fontSmall * 0.75)
            Layout.preferredHeight: Layout.preferredWidth
            radius: width / 2
            color: Theme.levelColor(row.level)
        }
        Text {
            // A fixed column: a long value wraps rather than squeezing it.
            Layout.preferredWidth: Math.round(sheet.width * 0.16)
            Layout.minimumWidth: Layout.preferredWidth
            Layout.alignment: Qt.AlignTop
            text: row.label
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "value"
            Layout.fillWidth: true
            Layout.preferredWidth: 1   // the rest of the row, whatever the text's length
            text: row.text
            color: row.level === 4 ? Theme.error : Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, Math.round(640 * Theme.scale))
        height: Math.min(parent.height - 4 * Theme.spacing, content.implicitHeight + 3 * Theme.spacing)
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Math.round(Theme.spacing * 1.5)
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Status")
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                font.bold: true
                elide: Text.ElideRight
            }
            StatusRow {
                objectName: "streamDetails"
                label: qsTr("Stream")
                level: StatusSummary.streamLevel
                text: StatusSummary.streamBlockedReason !== ""
                      ? StatusSummary.streamText + " · " + StatusSummary.streamBlockedReason
                      : StatusSummary.streamText
            }
            StatusRow {
                objectName: "mqttDetails"
                label: qsTr("MQTT")
                level: StatusSummary.mqttLevel
                text: StatusSummary.mqttText
            }
            StatusRow {
                objectName: "sensorsDetails"
                label: qsTr("Sensors")
                level: StatusSummary.sensorsLevel
                text: SensorPanel.sourceDescription !== ""
                      ? StatusSummary.sensorsText + " · " + SensorPanel.sourceDescription
                      : StatusSummary.sensorsText
            }
            StatusRow {
                objectName: "lastErrorDetails"
                label: qsTr("Last error")
                level: StatusSummary.lastError !== "" ? 3 : 0
                text: StatusSummary.lastError !== "" ? StatusSummary.lastError : qsTr("none")
            }
            TouchButton {
                id: closeButton
                objectName: "closeButton"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Close")
                onClicked: sheet.closed()
            }
        }
    }
}
