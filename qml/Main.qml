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
        // PICAM_KIOSK_START_PAGE=settings[:group[:advanced]], device or preview
        // (screenshots, demonstrations)
        const start = KioskScreen.startPage.split(":")
        if (SettingsEditor.problemKeys.length > 0) {
            // Values of the settings file were refused and run on their
            // defaults: straight to them (after the PIN, when one is set).
            openProtected("settings", SettingsEditor.groupOf(SettingsEditor.problemKeys[0]))
        } else if (start[0] === "settings") {
            showPage("settings", start[1] || "")
            SettingsEditor.advanced = start[2] === "advanced"
        } else if (start[0] === "device") {
            showPage("device", "")
        } else if (start[0] === "preview") {
            previewPane.fullScreen = true
        }
        // The joystick starts on a control that is always there.
        if (!settingsPanel.visible && !devicePage.visible && !pinPad.visible)
            controls.settingsButton.forceActiveFocus()
    }

    // The page the PIN pad leads to ("settings" or "device") and its group.
    property string pendingPage: ""
    property string pendingGroup: ""

    // Opens the settings or the device page, after the PIN when one is set.
    function openProtected(page, group) {
        if (!PinLock.enter()) {
            pendingPage = page
            pendingGroup = group
            pinPad.mode = "check"
            pinPad.reset()
            pinPad.visible = true
            pinPad.forceActiveFocus()
            return
        }
        showPage(page, group)
    }
    function showPage(page, group) {
        if (page === "device") {
            devicePage.visible = true
            devicePage.forceActiveFocus()
            return
        }
        settingsPanel.open()
        settingsPanel.currentGroup = Math.max(0, SettingsEditor.groups.indexOf(group))
        settingsPanel.visible = true
    }
    function closeSettings() {
        settingsPanel.visible = false
        PinLock.leave()
        controls.settingsButton.forceActiveFocus()
    }
    function closeDevicePage() {
        devicePage.visible = false
        PinLock.leave()
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
                id: statusStrip
                Layout.fillWidth: true
                downTarget: previewPane
                onDeviceInfoRequested: window.openProtected("device", "")
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
                            KeyNavigation.up: statusStrip.deviceButton
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
                        onSettingsRequested: window.openProtected("settings", "")
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

        DevicePage {
            id: devicePage
            anchors.fill: parent
            visible: false
            z: 30
            onClosed: window.closeDevicePage()
        }

        PinPad {
            id: pinPad
            anchors.fill: parent
            visible: false
            z: 40
            onCancelled: visible = false
            onAccepted: {
                visible = false
                // "set": the new PIN waits in the settings panel for Apply.
                if (mode === "check")
                    window.showPage(window.pendingPage, window.pendingGroup)
            }
        }
    }

    // Left alone for ui/lock_seconds, the settings and the device page lock
    // again; edits not applied are dropped.
    Connections {
        target: PinLock
        function onRelocked() {
            if (settingsPanel.visible) {
                SettingsEditor.cancel()
                settingsPanel.visible = false
            }
            devicePage.visible = false
            pinPad.visible = false
            controls.settingsButton.forceActiveFocus()
            toast.show(qsTr("Settings locked again after %n s without a touch", "", PinLock.lockSeconds), false)
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

    // The display is dark (ui/blank_seconds): black over everything.
    ScreenBlank {
        anchors.fill: parent
        z: 1000
    }
}
