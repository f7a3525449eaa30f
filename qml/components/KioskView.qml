// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// Everything on the kiosk screen but the keyboard: the status bar on top;
// landscape: preview over the motion instruments on the left, climate
// gauges on the right, the controls along the bottom; portrait (taller than
// wide, Touch Display 2 as it comes): preview, controls, motion instruments
// and gauges from top to bottom. Settings, the device page and the PIN pad
// open on top. Its own size decides the layout, so a screen turned by
// ScreenRotation gets the layout of the way it is viewed.
Item {
    id: view

    // Room the virtual keyboard takes at the bottom while it is up.
    property real keyboardHeight: 0

    readonly property bool portrait: height > width
    readonly property alias statusStrip: statusStrip
    readonly property alias previewPane: previewPane
    readonly property alias controls: controls
    readonly property alias settingsPanel: settingsPanel
    readonly property alias devicePage: devicePage
    // Made while shown: no player, thumbnails or card reading otherwise.
    readonly property Item galleryPage: galleryLoader.item
    readonly property alias pinPad: pinPad
    readonly property alias toast: toast

    // The page the PIN pad leads to ("settings", "device" or "gallery") and its group.
    property string pendingPage: ""
    property string pendingGroup: ""

    // Sizes from the view's own size: a height computed from a width the
    // layout itself sets is not always re-laid out.
    readonly property int contentWidth: width - 2 * Theme.spacing
    readonly property int bodyHeight: height - keyboardHeight - statusStrip.implicitHeight - 2 * Theme.spacing
    // Width of the preview column in landscape; the gauges take the rest.
    readonly property int leftWidth: portrait ? contentWidth : Math.round(width * 0.46)
    readonly property int previewHeight: Math.round(leftWidth * 9 / 16)
    // Portrait: the motion instruments a quarter of what the preview and
    // the controls leave, the gauges (two rows) the rest.
    readonly property int portraitMotionHeight:
        Math.round((bodyHeight - previewHeight - controls.implicitHeight - 3 * Theme.spacing) / 4)

    // Text and touch targets grow with the screen: against 800x480 in
    // landscape, against 576x960 in portrait. Portrait trades some size for
    // room: at 720x1280 (Touch Display 2) 1.25 instead of 1.5, or the
    // gauges under a full-width preview would be cramped.
    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.8, view.portrait ? Math.min(view.width / 576, view.height / 960)
                                           : Math.min(view.width / 800, view.height / 480))
    }

    Component.onCompleted: {
        // PICAM_KIOSK_START_PAGE=settings[:group[:advanced]], device, pin,
        // pin:check, preview, status, gallery or gallery:<row> (the viewer)
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
        } else if (start[0] === "gallery") {
            showPage("gallery", "")
            if (start[1] !== undefined) {
                // Once the list has made its rows.
                Qt.callLater(() => {
                    galleryPage.list.currentIndex = Number(start[1])
                    galleryPage.openRow(galleryPage.list.currentItem)
                })
            }
        } else if (start[0] === "pin" && start[1] === "check") {
            // The PIN pad as it asks for the PIN before the settings.
            pendingPage = "settings"
            showPinPad("check")
        } else if (start[0] === "pin") {
            // The PIN pad as it asks for a new PIN, over the settings.
            showPage("settings", "display")
            showPinPad("set")
        } else if (start[0] === "preview") {
            previewPane.fullScreen = true
        } else if (start[0] === "status") {
            statusDetails.visible = true
        }
        // The joystick starts on a control that is always there.
        if (!settingsPanel.visible && !devicePage.visible && !galleryLoader.active && !pinPad.visible)
            controls.settingsButton.forceActiveFocus()
    }

    function showPinPad(mode) {
        pinPad.mode = mode
        pinPad.reset()
        pinPad.visible = true
        pinPad.forceActiveFocus()
    }
    // Opens the settings or the device page, after the PIN when one is set.
    function openProtected(page, group) {
        if (!PinLock.enter()) {
            pendingPage = page
            pendingGroup = group
            showPinPad("check")
            return
        }
        showPage(page, group)
    }
    function showPage(page, group) {
        if (page === "gallery") {
            galleryLoader.active = true
            galleryPage.open()
            return
        }
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
    function closeGallery() {
        galleryLoader.active = false
        PinLock.leave()
        controls.galleryButton.forceActiveFocus()
    }
    function closeDevicePage() {
        devicePage.visible = false
        PinLock.leave()
        controls.settingsButton.forceActiveFocus()
    }

    Item {
        id: screen
        anchors.fill: parent
        anchors.bottomMargin: view.keyboardHeight

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            StatusStrip {
                id: statusStrip
                Layout.fillWidth: true
                downTarget: previewPane
                onDeviceInfoRequested: view.openProtected("device", "")
                onDetailsRequested: {
                    statusDetails.visible = true
                    statusDetails.forceActiveFocus()
                }
            }

            // One grid for both layouts: the same items, placed by row and
            // column (moving them between two layouts would re-create the
            // preview and lose its video sink).
            GridLayout {
                id: body
                objectName: "body"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: Theme.spacing
                columns: view.portrait ? 1 : 2
                // Nothing of it shows behind the gallery: the Pi's GPU draws
                // the clip, not the live picture under it.
                visible: !galleryLoader.active
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                Item {
                    id: previewSlot
                    Layout.row: 0
                    Layout.column: 0
                    Layout.fillWidth: view.portrait
                    Layout.preferredWidth: view.leftWidth
                    Layout.maximumWidth: view.leftWidth
                    Layout.preferredHeight: view.previewHeight
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
                    objectName: "controlBar"
                    Layout.row: view.portrait ? 1 : 2
                    Layout.column: 0
                    Layout.columnSpan: view.portrait ? 1 : 2
                    Layout.fillWidth: true
                    upTarget: previewPane
                    onSettingsRequested: view.openProtected("settings", "")
                    onGalleryRequested: view.openProtected("gallery", "")
                    onExplanationRequested: reason => toast.show(reason, false)
                }

                MotionRow {
                    objectName: "motionRow"
                    Layout.row: view.portrait ? 2 : 1
                    Layout.column: 0
                    Layout.fillWidth: true
                    Layout.fillHeight: !view.portrait
                    Layout.preferredWidth: view.leftWidth
                    Layout.maximumWidth: view.leftWidth
                    Layout.preferredHeight: view.portrait ? view.portraitMotionHeight : -1
                }

                SensorGrid {
                    objectName: "sensorGrid"
                    Layout.row: view.portrait ? 3 : 0
                    Layout.column: view.portrait ? 0 : 1
                    Layout.rowSpan: view.portrait ? 1 : 2
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

        // An event (motion, tamper) started: over the status bar's end.
        EventToast {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: parent.top
            anchors.topMargin: Theme.spacing
            z: 20
        }

        SettingsPanel {
            id: settingsPanel
            objectName: "settingsPanel"
            anchors.fill: parent
            visible: false
            z: 30
            onClosed: view.closeSettings()
            onSetPinRequested: view.showPinPad("set")
        }

        StatusDetails {
            id: statusDetails
            objectName: "statusDetails"
            anchors.fill: parent
            visible: false
            z: 25
            onClosed: {
                visible = false
                statusStrip.statusArea.forceActiveFocus()
            }
        }

        Loader {
            id: galleryLoader
            anchors.fill: parent
            z: 30
            active: false
            sourceComponent: GalleryPage {
                objectName: "galleryPage"
                onClosed: view.closeGallery()
            }
        }

        DevicePage {
            id: devicePage
            objectName: "devicePage"
            anchors.fill: parent
            visible: false
            z: 30
            onClosed: view.closeDevicePage()
        }

        PinPad {
            id: pinPad
            objectName: "pinPad"
            anchors.fill: parent
            visible: false
            z: 40
            onCancelled: visible = false
            onAccepted: {
                visible = false
                // "set": the new PIN waits in the settings panel for Apply.
                if (mode === "check")
                    view.showPage(view.pendingPage, view.pendingGroup)
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
            galleryLoader.active = false
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
}
