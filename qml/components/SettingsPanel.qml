// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PiCam

// The on-screen settings: one tab per group, a field per setting, Apply
// (saves and restarts what changed) and Cancel (forgets the edits). The
// PIN in front of this panel is set and cleared here, with Apply and Cancel.
// Basic shows what most people set; the Advanced switch adds the technical
// settings and each key's name. A tab with a value that needs attention is
// marked. The field being edited stays in view above the keyboard or the
// number pad.
Rectangle {
    id: panel

    property int currentGroup: 0
    signal closed()
    signal setPinRequested()

    color: Theme.background

    function open() {
        SettingsEditor.reload()
        ConnectionTest.reset()
        currentGroup = 0
    }

    // The number field being edited, if any: the pad below types into it.
    readonly property Item numberTarget: {
        const f = Window.activeFocusItem
        return f && f.keypad !== undefined && f.keypad !== "" && panel.visible ? f : null
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        GridLayout {
            id: header
            Layout.fillWidth: true
            columnSpacing: Theme.spacing
            rowSpacing: Math.round(Theme.spacing / 2)
            // The title on a line of its own where the switch and the buttons
            // leave it too little room even at its smallest (a portrait screen
            // in German or Irish).
            readonly property bool stacked:
                width < title.implicitWidth * Theme.fontSmall / Theme.fontLarge
                        + headerButtons.implicitWidth + columnSpacing
            columns: stacked ? 1 : 2
            Text {
                id: title
                Layout.fillWidth: true
                text: qsTr("Settings")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                // Long words (German, Irish) get smaller before they are cut.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            RowLayout {
                id: headerButtons
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing
                Switch {
                    id: advancedSwitch
                    objectName: "advancedSwitch"
                    implicitHeight: Theme.touch
                    focusPolicy: Qt.TabFocus
                    text: qsTr("Advanced")
                    font.pixelSize: Theme.fontNormal
                    palette.windowText: Theme.text
                    checked: SettingsEditor.advanced
                    onToggled: {
                        SettingsEditor.advanced = checked
                        checked = Qt.binding(() => SettingsEditor.advanced)
                    }
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
                    // A value on this tab needs attention: a red mark.
                    readonly property bool attention:
                        SettingsEditor.attentionGroups.indexOf(modelData) >= 0
                    contentItem: Text {
                        text: tab.text
                        font: tab.font
                        color: tab.checked ? Theme.accent : Theme.textDim
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fontTiny
                        elide: Text.ElideRight
                    }
                    Rectangle {
                        objectName: "attention"
                        visible: tab.attention
                        width: Math.round(10 * Theme.scale)
                        height: width
                        radius: width / 2
                        color: Theme.error
                        anchors { top: parent.top; right: parent.right; margins: Math.round(4 * Theme.scale) }
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
            text: SettingsEditor.message !== "" ? SettingsEditor.message : SettingsEditor.pinStatus
            color: SettingsEditor.message !== "" && SettingsEditor.messageIsError
                   ? Theme.error : Theme.ok
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.Wrap
        }

        Flickable {
            id: flick
            objectName: "fieldsFlick"
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

                // On the Device tab, Advanced: what is running and which
                // sensors are used.
                ColumnLayout {
                    objectName: "deviceStatus"
                    Layout.fillWidth: true
                    visible: SettingsEditor.groups[panel.currentGroup] === "device"
                             && SettingsEditor.advanced
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
                // On the Stream and MQTT tabs: try what is typed, before Apply.
                RowLayout {
                    objectName: "connectionTest"
                    readonly property string target:
                        SettingsEditor.groups[panel.currentGroup] === "stream" ? "stream"
                        : SettingsEditor.groups[panel.currentGroup] === "mqtt" ? "mqtt" : ""
                    Layout.fillWidth: true
                    visible: target !== ""
                    spacing: Theme.spacing
                    TouchButton {
                        objectName: "testButton"
                        text: qsTr("Test connection")
                        enabled: !ConnectionTest.busy
                        onClicked: {
                            if (parent.target === "stream")
                                ConnectionTest.testStream()
                            else
                                ConnectionTest.testBroker()
                        }
                    }
                    BusyIndicator {
                        running: ConnectionTest.busy
                        visible: running
                        implicitWidth: Theme.touch * 0.7
                        implicitHeight: implicitWidth
                    }
                    Text {
                        objectName: "testResult"
                        Layout.fillWidth: true
                        text: ConnectionTest.target === parent.target ? ConnectionTest.result : ""
                        color: ConnectionTest.busy ? Theme.textDim
                               : ConnectionTest.ok ? Theme.ok : Theme.error
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
                Repeater {
                    model: SettingsEditor
                    delegate: SettingsField {
                        required property string group
                        required property bool advanced
                        required property string problem
                        Layout.fillWidth: true
                        // A field that needs attention shows in Basic too.
                        visible: group === SettingsEditor.groups[panel.currentGroup]
                                 && (!advanced || SettingsEditor.advanced
                                     || error !== "" || problem !== "")
                    }
                }
            }
        }

        NumberPad {
            id: numberPad
            objectName: "numberPad"
            Layout.fillWidth: true
            visible: panel.numberTarget !== null
            target: panel.numberTarget
            decimals: target !== null && target.keypad === "decimal"
            negative: target !== null && target.negative
            onDone: if (target) target.focus = false
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
        target: fields
        function onImplicitHeightChanged() { Qt.callLater(panel.revealFocus) }
    }
    Connections {
        target: panel.Window.window
        function onActiveFocusItemChanged() { Qt.callLater(panel.revealFocus) }
    }
    onCurrentGroupChanged: flick.contentY = 0
}
