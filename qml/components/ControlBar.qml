// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// The three main controls: start/stop streaming, take a photo, settings.
// Reachable with the joystick's arrows (left/right between them, up to
// `upTarget`) and pressed with Enter.
RowLayout {
    id: bar

    property Item upTarget: null
    readonly property alias streamButton: streamButton
    readonly property alias snapshotButton: snapshotButton
    readonly property alias settingsButton: settingsButton

    signal settingsRequested()

    spacing: Theme.spacing

    TouchButton {
        id: streamButton
        objectName: "streamButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1   // three equal buttons
        enabled: StatusSummary.streamAvailable
        text: StatusSummary.streaming ? qsTr("Stop") : qsTr("Stream")
        iconSource: StatusSummary.streaming ? "qrc:/PiCam/icons/stop.svg" : "qrc:/PiCam/icons/play.svg"
        onClicked: StatusSummary.setStreaming(!StatusSummary.streaming)
        KeyNavigation.right: snapshotButton
        KeyNavigation.up: bar.upTarget
    }
    TouchButton {
        id: snapshotButton
        objectName: "snapshotButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        enabled: Preview.hasFrame
        text: qsTr("Photo")
        iconSource: "qrc:/PiCam/icons/camera.svg"
        onClicked: Preview.takeSnapshot()
        KeyNavigation.left: streamButton
        KeyNavigation.right: settingsButton
        KeyNavigation.up: bar.upTarget
    }
    TouchButton {
        id: settingsButton
        objectName: "settingsButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        text: qsTr("Settings")
        iconSource: "qrc:/PiCam/icons/settings.svg"
        onClicked: bar.settingsRequested()
        KeyNavigation.left: snapshotButton
        KeyNavigation.up: bar.upTarget
    }
}
