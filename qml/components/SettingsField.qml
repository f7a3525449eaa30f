// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PiCam

// One setting in the panel: its label, what it does, the control its type
// calls for (with the unit beside it), and the backend's message when the
// value is refused. The key and what is allowed show in the Advanced view.
// Every edit goes to SettingsEditor, which checks it. Numbers are typed on
// the panel's NumberPad (the field says which keys it needs), text on the
// on-screen keyboard.
Rectangle {
    id: field

    required property string key
    required property string label
    required property string help
    required property string unit
    required property real minimum
    required property string type
    required property var choices
    required property var choiceLabels
    required property string allowed
    required property bool secret
    required property bool hasValue
    required property string text
    required property string error
    required property bool edited

    objectName: "field:" + key
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: error !== "" ? 2 : 0
    border.color: Theme.error

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        spacing: Math.round(Theme.spacing / 2)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: field.label + (field.edited ? "  •" : "")
                    color: Theme.text
                    font.pixelSize: Theme.fontNormal
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "help"
                    Layout.fillWidth: true
                    text: field.help
                    visible: text !== ""
                    color: Theme.textDim
                    font.pixelSize: Theme.fontTiny
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "keyLine"
                    Layout.fillWidth: true
                    visible: SettingsEditor.advanced
                    text: field.key + " — " + field.allowed
                    color: Theme.textDim
                    font.pixelSize: Theme.fontTiny
                    font.family: "monospace"
                    wrapMode: Text.Wrap
                }
            }

            Loader {
                id: editor
                Layout.fillWidth: field.type !== "bool"
                Layout.preferredWidth: field.type === "bool" ? implicitWidth : 1
                sourceComponent: field.type === "bool" ? boolEditor
                               : field.type === "choice" ? choiceEditor : textEditor
            }
        }

        Text {
            objectName: "error"
            Layout.fillWidth: true
            visible: field.error !== ""
            text: field.error
            color: Theme.error
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }

    Component {
        id: boolEditor
        Switch {
            objectName: "input"
            implicitHeight: Theme.touch
            checked: field.text === "true"
            onToggled: {
                SettingsEditor.setText(field.key, checked ? "true" : "false")
                // A tap assigns `checked`; follow the model again (Cancel, Apply).
                checked = Qt.binding(() => field.text === "true")
            }
        }
    }

    Component {
        id: choiceEditor
        RowLayout {   // segmented buttons: no popup to aim at
            objectName: "input"
            spacing: 0
            Repeater {
                model: field.choices
                delegate: Button {
                    id: choice
                    required property string modelData
                    required property int index
                    objectName: "choice:" + modelData
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    focusPolicy: Qt.TabFocus
                    // Not checkable: a tap asks the model, the model decides what is checked.
                    checked: field.text === modelData
                    text: field.choiceLabels[index] || modelData
                    font.pixelSize: Theme.fontSmall
                    font.capitalization: Font.MixedCase
                    topInset: 0
                    bottomInset: 0
                    onClicked: SettingsEditor.setText(field.key, modelData)
                    Keys.onReturnPressed: clicked()
                    contentItem: Text {
                        text: choice.text
                        font: choice.font
                        color: choice.checked ? Theme.background : Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        // Four choices beside a label on a portrait screen:
                        // smaller before cut.
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Math.round(Theme.fontTiny * 0.7)
                        elide: Text.ElideRight
                    }
                    background: Rectangle {
                        color: choice.checked ? Theme.accent : Theme.surfaceRaised
                        border.width: choice.activeFocus && Theme.keyFocusVisible ? Theme.focusWidth : 1
                        border.color: choice.activeFocus && Theme.keyFocusVisible ? Theme.focus : Theme.background
                        radius: 4
                    }
                }
            }
        }
    }

    Component {
        id: textEditor
        RowLayout {
            spacing: Math.round(Theme.spacing / 2)
            TextField {
                id: input
                objectName: "input"
                // Which NumberPad keys this field needs ("" = text: the
                // on-screen keyboard). A number field takes no input method,
                // so the keyboard stays away and the pad shows instead.
                readonly property string keypad: field.type === "integer" ? "integer"
                                               : field.type === "real" ? "decimal" : ""
                readonly property bool negative: field.minimum < 0
                property bool revealed: false
                readOnly: keypad !== ""
                cursorVisible: activeFocus
                // Typed keys still work for a number field (a USB keyboard).
                Keys.onPressed: (event) => {
                    if (keypad === "")
                        return
                    const allowedKeys = keypad === "decimal" ? "0123456789." : "0123456789"
                    if (event.text !== "" && (allowedKeys.indexOf(event.text) >= 0
                                              || (negative && event.text === "-"))) {
                        insert(cursorPosition, event.text)
                        event.accepted = true
                    } else if (event.key === Qt.Key_Backspace && cursorPosition > 0) {
                        remove(cursorPosition - 1, cursorPosition)
                        event.accepted = true
                    }
                }
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontNormal
                color: Theme.text
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                topPadding: 0
                bottomPadding: 0
                verticalAlignment: TextInput.AlignVCenter
                text: field.text
                echoMode: field.secret && !revealed ? TextInput.Password : TextInput.Normal
                placeholderText: field.secret ? (field.hasValue ? qsTr("set (hidden)") : qsTr("not set")) : ""
                placeholderTextColor: Theme.textDim
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                                  | (field.secret ? Qt.ImhSensitiveData | Qt.ImhHiddenText : 0)
                onTextChanged: if (text !== field.text) SettingsEditor.setText(field.key, text)
                // Cancel and Apply reload the model; follow it even where the
                // binding above was replaced by an assignment.
                Connections {
                    target: field
                    function onTextChanged() {
                        if (input.text !== field.text)
                            input.text = field.text
                    }
                }
                Keys.onReturnPressed: focus = false
                background: Rectangle {
                    radius: 4
                    color: Theme.background
                    border.width: input.activeFocus ? Theme.focusWidth : 1
                    border.color: input.activeFocus ? Theme.focus : Theme.surfaceRaised
                }
            }
            Text {
                objectName: "unit"
                visible: field.unit !== ""
                // One column for the units, so the fields line up.
                Layout.minimumWidth: Math.round(Theme.fontNormal * 3.2)
                text: field.unit
                color: Theme.textDim
                font.pixelSize: Theme.fontNormal
            }
            TouchButton {
                // Show what is typed (only that: a stored secret never
                // comes back to the screen).
                objectName: "showSecret"
                visible: field.secret
                text: input.revealed ? qsTr("Hide") : qsTr("Show")
                font.pixelSize: Theme.fontSmall
                onClicked: input.revealed = !input.revealed
            }
            TouchButton {
                visible: field.secret && field.hasValue
                text: qsTr("Clear")
                font.pixelSize: Theme.fontSmall
                onClicked: SettingsEditor.clearSecret(field.key)
            }
        }
    }
}
