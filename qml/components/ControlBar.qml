// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// The main controls: start/stop streaming, motion detection on/off, take a
// photo, the gallery, settings. One row of five equal buttons where each
// has room for its icon and its word; two rows (three and two) where not (a
// narrow portrait screen, long German or Irish words).
// Reachable with the joystick's arrows (left/right between them, up to
// `upTarget`) and pressed with Enter. A button that cannot act is disabled
// and says why when tapped (explanationRequested, shown as a toast).
GridLayout {
    id: bar

    property Item upTarget: null
    readonly property alias streamButton: streamButton
    readonly property alias motionButton: motionButton
    readonly property alias snapshotButton: snapshotButton
    readonly property alias galleryButton: galleryButton
    readonly property alias settingsButton: settingsButton

    signal galleryRequested()
    signal settingsRequested()
    signal explanationRequested(string reason)

    // The widest button at its most compact (icon and a smaller word),
    // against a fifth of the bar: a long German or Irish word shrinks
    // rather than take the instruments' room with a second row.
    readonly property real widestButton: Math.max(streamButton.compactWidth, motionButton.compactWidth,
                                                  snapshotButton.compactWidth, galleryButton.compactWidth,
                                                  settingsButton.compactWidth)
    readonly property bool oneRow: widestButton <= (width - 4 * columnSpacing) / 5

    columns: oneRow ? 5 : 3
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    // A disabled button takes no taps; they reach the bar, which asks for
    // the button's reason. (A handler, not an item: the layout ignores it.)
    TapHandler {
        onTapped: eventPoint => {
            const at = bar.mapFromItem(null, eventPoint.scenePosition.x, eventPoint.scenePosition.y)
            const button = bar.childAt(at.x, at.y)
            if (button && !button.enabled && button.disabledReason)
                bar.explanationRequested(button.disabledReason)
        }
    }

    TouchButton {
        id: streamButton
        objectName: "streamButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1   // equal buttons
        disabledReason: StatusSummary.streamBlockedReason
        enabled: disabledReason === ""
        text: StatusSummary.streaming ? qsTr("Stop") : qsTr("Stream")
        iconSource: StatusSummary.streaming ? "qrc:/PiCam/icons/stop.svg" : "qrc:/PiCam/icons/play.svg"
        onClicked: StatusSummary.setStreaming(!StatusSummary.streaming)
        KeyNavigation.right: motionButton
        KeyNavigation.up: bar.upTarget
    }
    TouchButton {
        id: motionButton
        objectName: "motionButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        disabledReason: MotionIndicator.available ? "" : qsTr("Motion detection is not available")
        enabled: disabledReason === ""
        text: MotionIndicator.detectionEnabled ? qsTr("Motion on") : qsTr("Motion off")
        tint: MotionIndicator.detectionEnabled ? Theme.text : Theme.textDim
        onClicked: MotionIndicator.requestDetection(!MotionIndicator.detectionEnabled)
        KeyNavigation.left: streamButton
        KeyNavigation.right: snapshotButton
        KeyNavigation.up: bar.upTarget
    }
    TouchButton {
        id: snapshotButton
        objectName: "snapshotButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        disabledReason: Preview.hasFrame ? "" : qsTr("No camera picture to take a photo of")
        enabled: disabledReason === ""
        text: qsTr("Photo")
        iconSource: "qrc:/PiCam/icons/camera.svg"
        onClicked: Preview.takeSnapshot()
        KeyNavigation.left: motionButton
        KeyNavigation.right: galleryButton
        KeyNavigation.up: bar.upTarget
    }
    TouchButton {
        id: galleryButton
        objectName: "galleryButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        text: qsTr("Gallery")
        iconSource: "qrc:/PiCam/icons/gallery.svg"
        onClicked: bar.galleryRequested()
        KeyNavigation.left: snapshotButton
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
        KeyNavigation.left: galleryButton
        KeyNavigation.up: bar.upTarget
    }
}
