// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PiCam

// The device at a glance: addresses, where to watch the stream (with a QR
// code of the viewer page for a phone), the broker, version, uptime, free
// space, CPU temperature, throttling and the display's backlight. Every
// value comes worded from DeviceInfo and DisplayPower.
Rectangle {
    id: page

    signal closed()

    color: Theme.background
    // Read again every two seconds while shown.
    onVisibleChanged: DeviceInfo.active = visible
    Component.onCompleted: DeviceInfo.active = visible

    Keys.onEscapePressed: page.closed()

    // Portrait: the QR code under the values instead of beside them.
    readonly property bool portrait: height > width

    component InfoRow: RowLayout {
        id: row
        property string label
        property string value
        property bool warn: false
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            Layout.preferredWidth: Math.round(page.width * (page.portrait ? 0.25 : 0.17))
            Layout.alignment: Qt.AlignTop
            text: row.label
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "value"
            Layout.fillWidth: true
            text: row.value
            color: row.warn ? Theme.warning : Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap   // at words; a long URL anywhere
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Device")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
            }
            TouchButton {
                id: closeButton
                objectName: "closeButton"
                text: qsTr("Close")
                prominent: true
                onClicked: page.closed()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: page.portrait ? 1 : 2
            rowSpacing: Theme.spacing * 2
            columnSpacing: Theme.spacing * 2

            Flickable {
                id: flick
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: rows.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds

                ColumnLayout {
                    id: rows
                    width: flick.width
                    spacing: Math.round(Theme.spacing * 0.75)

                    InfoRow {
                        objectName: "addresses"
                        label: qsTr("Addresses")
                        value: DeviceInfo.addresses.join("\n")
                    }
                    InfoRow {
                        objectName: "viewer"
                        label: qsTr("Watch")
                        value: DeviceInfo.viewerUrl
                               + (DeviceInfo.streamEnabled ? "" : "\n" + qsTr("(streaming is off)"))
                    }
                    InfoRow {
                        objectName: "latency"
                        visible: DeviceInfo.streamLatency !== ""
                        label: qsTr("Latency")
                        value: DeviceInfo.streamLatency
                    }
                    InfoRow {
                        objectName: "rtsp"
                        label: qsTr("RTSP")
                        value: DeviceInfo.rtspUrl
                    }
                    InfoRow {
                        objectName: "broker"
                        label: qsTr("MQTT")
                        value: DeviceInfo.broker + "\n" + DeviceInfo.brokerState
                    }
                    InfoRow {
                        objectName: "version"
                        label: qsTr("Version")
                        value: DeviceInfo.version
                    }
                    InfoRow {
                        objectName: "uptime"
                        label: qsTr("Up for")
                        value: DeviceInfo.uptime
                    }
                    InfoRow {
                        objectName: "freeSpace"
                        label: qsTr("Card")
                        value: DeviceInfo.freeSpace
                        warn: DeviceInfo.freeSpaceLow
                    }
                    InfoRow {
                        objectName: "cpuTemperature"
                        label: qsTr("CPU")
                        value: DeviceInfo.cpuTemperature
                    }
                    InfoRow {
                        objectName: "throttling"
                        label: qsTr("Power")
                        value: DeviceInfo.throttling
                        warn: DeviceInfo.throttlingProblem
                    }
                    InfoRow {
                        objectName: "display"
                        label: qsTr("Display")
                        value: DisplayPower.description
                    }
                }
            }

            ColumnLayout {
                Layout.fillHeight: !page.portrait
                Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                Layout.preferredWidth: qrFrame.width
                spacing: Theme.spacing
                visible: DeviceInfo.viewerUrl !== ""

                // Quiet zone included: white around the code, as readers need.
                Image {
                    id: qrFrame
                    objectName: "qrCode"
                    readonly property int side: page.portrait
                        ? Math.round(Math.min(page.width * 0.5, page.height * 0.3))
                        : Math.min(Math.round(page.width * 0.3),
                                   page.height - closeButton.height - 6 * Theme.spacing
                                   - qrCaption.implicitHeight)
                    Layout.preferredWidth: side
                    Layout.preferredHeight: side
                    width: side
                    height: side
                    source: DeviceInfo.viewerUrl !== ""
                            ? "image://qr/" + encodeURIComponent(DeviceInfo.viewerUrl) : ""
                    sourceSize: Qt.size(side, side)
                    smooth: false
                    fillMode: Image.PreserveAspectFit
                }
                Text {
                    id: qrCaption
                    Layout.preferredWidth: qrFrame.side
                    text: qsTr("Scan to watch the stream in a browser")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontTiny
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
                Item { Layout.fillHeight: true; visible: !page.portrait }
            }
        }
    }
}
