// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PiCam

// The on-screen settings: one tab per group, a field per setting, Apply
// (saves and restarts what changed) and Cancel (forgets the edits). The
// PIN in front of this panel is set and cleared here, with Apply and Cancel.
Rectangle {
    id: panel

    property int currentGroup: 0
    signal closed()
    signal setPinRequested()

    color: Theme.background

    function open() {
        SettingsEditor.reload()
        currentGroup = 0
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
                text: qsTr("Settings")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
            }
            TouchButton {
                objectName: "pinButton"
                text: SettingsEditor.pinSetAfterApply ? qsTr("Clear PIN") : qsTr("Set PIN")
                iconSource: "qrc:/PiCam/icons/lock.svg"
                onClicked: {
                    if (SettingsEditor.pinSetAfterApply)
                        SettingsEditor.removePin()
                    else
                        panel.setPinRequested()
                }
            }
            TouchButton {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                onClicked: {
                    SettingsEditor.cancel()
                    panel.closed()
                }
            }
            TouchButton {
                objectName: "applyButton"
                text: qsTr("Apply")
                prominent: true
                onClicked: {
                    if (SettingsEditor.apply())
                        panel.closed()
                }
            }
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true
            currentIndex: panel.currentGroup
            onCurrentIndexChanged: panel.currentGroup = currentIndex
            background: Rectangle { color: Theme.surface; radius: Theme.radius }
            Repeater {
                // The groups do not change; their titles do with the language,
                // and must not re-create the tabs (that would jump to the first).
                model: SettingsEditor.groups
                delegate: TabButton {
                    id: tab
                    required property string modelData
                    required property int index
                    objectName: "tab:" + modelData
                    text: SettingsEditor.groupTitles[index]
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontNormal
                    font.capitalization: Font.MixedCase
                    focusPolicy: Qt.TabFocus
                    contentItem: Text {
                        text: tab.text
                        font: tab.font
                        color: tab.checked ? Theme.accent : Theme.textDim
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                    }
                    background: Rectangle {
                        color: "transparent"
                        border.width: tab.activeFocus && Theme.keyFocusVisible ? Theme.focusWidth : 0
                        border.color: Theme.focus
                        radius: Theme.radius
                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width; height: 3
                            color: tab.checked ? Theme.accent : "transparent"
                        }
                    }
                }
            }
        }

        Text {
            objectName: "message"
            Layout.fillWidth: true
            visible: text !== ""
            text: panel.localMessage !== "" ? panel.localMessage
                : SettingsEditor.message !== "" ? SettingsEditor.message
                : SettingsEditor.pinStatus
            color: SettingsEditor.errorCount > 0 || SettingsEditor.problemKeys.length > 0
                   ? Theme.error : Theme.ok
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.Wrap
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: fields.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: Math.round(8 * Theme.scale); policy: ScrollBar.AsNeeded }

            ColumnLayout {
                id: fields
                width: flick.width - Math.round(12 * Theme.scale)
                spacing: Theme.spacing

                // On the Device tab: what is running and which sensors are used.
                ColumnLayout {
                    objectName: "deviceStatus"
                    Layout.fillWidth: true
                    visible: SettingsEditor.groups[panel.currentGroup] === "device"
                    spacing: Math.round(Theme.spacing / 2)
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Sensors: %1").arg(SensorPanel.sourceDescription !== ""
                                                      ? SensorPanel.sourceDescription : "—")
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: Supervisor
                        delegate: ServiceStatus { Layout.fillWidth: true }
                    }
                }
                // On the Motion tab: motion/mask drawn on the picture.
                ZoneEditor {
                    Layout.fillWidth: true
                    visible: panel.visible && SettingsEditor.groups[panel.currentGroup] === "motion"
                }
                Repeater {
                    model: SettingsEditor
                    delegate: SettingsField {
                        required property string group
                        Layout.fillWidth: true
                        visible: group === SettingsEditor.groups[panel.currentGroup]
                    }
                }
            }
        }
    }

    // Keeps the field being typed into above the virtual keyboard.
    function revealFocus() {
        // The whole field, so its error line shows too.
        let item = null
        for (let p = panel.Window.activeFocusItem; p && !item; p = p.parent) {
            if (p.objectName.startsWith("field:"))
                item = p
        }
        if (!item)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        const bottom = top + item.height
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top - Theme.spacing)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(bottom - flick.height + Theme.spacing,
                                      Math.max(0, flick.contentHeight - flick.height))
    }
    Connections {
        target: flick
        function onHeightChanged() { Qt.callLater(panel.revealFocus) }
    }
    Connections {
        target: panel.Window.window
        function onActiveFocusItemChanged() { Qt.callLater(panel.revealFocus) }
    }

    property string localMessage: ""
    function showMessage(text) {
        localMessage = text
        messageTimer.restart()
    }
    Timer { id: messageTimer; interval: 4000; onTriggered: panel.localMessage = "" }
    onCurrentGroupChanged: flick.contentY = 0
}
