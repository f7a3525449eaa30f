// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// A question before something that cannot be undone (deleting): it dims
// what is behind and takes every tap. The joystick starts on Keep, so a
// stray press of the joystick loses nothing; Escape keeps too.
Rectangle {
    id: confirm

    property string question
    property string confirmText: qsTr("Delete")
    // Who gets the focus back when the question is gone.
    property Item returnFocus: null
    readonly property alias keepButton: keepButton
    readonly property alias confirmButton: confirmButton

    signal accepted()

    function ask(text) {
        question = text
        visible = true
        keepButton.forceActiveFocus()
    }
    function dismiss() {
        visible = false
        if (returnFocus)
            returnFocus.forceActiveFocus()
    }

    visible: false
    color: "#c0000000"

    Keys.onEscapePressed: dismiss()

    // Taps beside the question go nowhere.
    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, Math.round(560 * Theme.scale))
        height: content.implicitHeight + 3 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.error
        border.width: 2

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Math.round(Theme.spacing * 1.5)
            spacing: Theme.spacing * 2

            Text {
                objectName: "question"
                Layout.fillWidth: true
                text: confirm.question
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing
                TouchButton {
                    id: keepButton
                    objectName: "keepButton"
                    text: qsTr("Keep")
                    onClicked: confirm.dismiss()
                    KeyNavigation.right: confirmButton
                }
                TouchButton {
                    id: confirmButton
                    objectName: "confirmButton"
                    text: confirm.confirmText
                    iconSource: "qrc:/PiCam/icons/delete.svg"
                    tint: Theme.error
                    onClicked: {
                        confirm.dismiss()
                        confirm.accepted()
                    }
                    KeyNavigation.left: keepButton
                }
            }
        }
    }
}
