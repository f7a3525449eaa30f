// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PiCam

// The kiosk screen: status bar; live preview with its controls and the
// motion instruments on the left; climate gauges on the right. Settings and
// the PIN pad open on top; the virtual keyboard slides up for text entry.
ApplicationWindow {
    id: window

    width: 800
    height: 480
    visible: false  // main() shows it, full screen or windowed
    title: Qt.application.name
    color: Theme.background

    // Width of the preview column; the gauges take the rest.
    readonly property int leftWidth: Math.round(width * 0.46)

    Component.onCompleted: {
        Theme.scale = Qt.binding(() => Math.max(0.8, Math.min(width / 800, height / 480)))
        // PICAM_KIOSK_START_PAGE=settings[:group] or preview (screenshots, demonstrations)
        const start = KioskScreen.startPage.split(":")
        if (start[0] === "settings") {
            openSettings(true)
            settingsPanel.currentGroup = Math.max(0, SettingsEditor.groups.indexOf(start[1] || ""))
        } else if (start[0] === "preview") {
            previewPane.fullScreen = true
        }
        // The joystick starts on a control that is always there.
        controls.settingsButton.forceActiveFocus()
    }

    // Opens the settings, after the PIN when one is set.
    function openSettings(skipPin) {
        if (PinLock.pinSet && !skipPin) {
            pinPad.mode = "check"
            pinPad.reset()
            pinPad.visible = true
            pinPad.forceActiveFocus()
            return
        }
        settingsPanel.open()
        settingsPanel.visible = true
    }
    function closeSettings() {
        settingsPanel.visible = false
        controls.settingsButton.forceActiveFocus()
    }

    Item {
        id: screen
        anchors.fill: parent
        anchors.bottomMargin: keyboard.active ? keyboard.height : 0

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            StatusStrip {
                Layout.fillWidth: true
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: Theme.spacing
                spacing: Theme.spacing

                ColumnLayout {
                    id: leftColumn
                    Layout.fillHeight: true
                    Layout.preferredWidth: window.leftWidth
                    Layout.maximumWidth: window.leftWidth
                    spacing: Theme.spacing

                    Item {
                        id: previewSlot
                        Layout.fillWidth: true
                        // 16:9, from the window's size: a height computed from a
                        // width the layout itself sets is not always re-laid out.
                        Layout.preferredHeight: Math.round(window.leftWidth * 9 / 16)
                        PreviewPane {
                            id: previewPane
                            anchors.fill: parent
                            onToggleRequested: {
                                fullScreen = !fullScreen
                                forceActiveFocus()   // Enter brings it back
                            }
                            KeyNavigation.down: controls.settingsButton
                            states: State {
                                when: previewPane.fullScreen
                                ParentChange { target: previewPane; parent: fullScreenLayer }
                            }
                        }
                    }

                    ControlBar {
                        id: controls
                        Layout.fillWidth: true
                        upTarget: previewPane
                        onSettingsRequested: window.openSettings(false)
                    }

                    MotionRow {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                    }
                }

                SensorGrid {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
            }
        }

        // The preview goes here when full screen.
        Item {
            id: fullScreenLayer
            anchors.fill: parent
            z: 10
        }

        Toast {
            id: toast
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.spacing * 2
            z: 20
        }

        SettingsPanel {
            id: settingsPanel
            anchors.fill: parent
            visible: false
            z: 30
            onClosed: window.closeSettings()
            onSetPinRequested: {
                pinPad.mode = "set"
                pinPad.reset()
                pinPad.visible = true
                pinPad.forceActiveFocus()
            }
        }

        PinPad {
            id: pinPad
            anchors.fill: parent
            visible: false
            z: 40
            onCancelled: visible = false
            onAccepted: {
                visible = false
                if (mode === "set") {
                    settingsPanel.showMessage(qsTr("PIN set"))
                } else {
                    window.openSettings(true)
                }
            }
        }
    }

    Connections {
        target: Preview
        function onSnapshotSaved(path) {
            previewPane.flashNow()
            toast.show(qsTr("Photo saved: %1").arg(path), false)
        }
        function onSnapshotFailed(message) {
            toast.show(qsTr("Photo not saved: %1").arg(message), true)
        }
    }

    OnScreenKeyboard {
        id: keyboard
        z: 100
        x: 0
        width: window.width
        screenHeight: window.height
    }
}
