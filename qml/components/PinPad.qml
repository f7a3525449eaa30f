// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// The PIN pad in front of the settings and the device page. mode "check":
// accepted() once PinLock takes the PIN; five wrong tries lock it (PinLock
// counts, also across restarts). mode "set": a new PIN, entered twice;
// accepted() once both entries match (PinLock hands the new PIN to the
// settings panel, which saves it with Apply).
Rectangle {
    id: pad

    property string mode: "check"
    property string entry: ""
    property string message: ""
    readonly property bool locked: mode === "check" && PinLock.locked

    signal accepted()
    signal cancelled()

    function reset() {
        entry = ""
        message = ""
        if (mode === "set")
            PinLock.startNewPin()
    }
    function press(digit) {
        if (locked || entry.length >= PinLock.maximumLength)
            return
        entry += digit
        message = ""
    }
    function submit() {
        if (locked)
            return
        if (mode === "set") {
            const done = PinLock.enterNewPin(entry)
            entry = ""
            if (done)
                accepted()
            return
        }
        const ok = PinLock.check(entry)
        entry = ""
        if (ok) {
            message = ""
            accepted()
        } else if (!PinLock.locked) {
            message = qsTr("Wrong PIN. %n tries left.", "", PinLock.triesLeft)
        }
    }

    color: "#d0000000"
    focus: visible

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) { press(String(event.key - Qt.Key_0)); event.accepted = true }
        else if (event.key === Qt.Key_Backspace) { entry = entry.slice(0, -1); event.accepted = true }
        else if (event.key === Qt.Key_Escape) { cancelled(); event.accepted = true }
    }

    MouseArea { anchors.fill: parent }   // swallows taps meant for what is behind

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, content.implicitWidth + 4 * Theme.spacing)
        height: Math.min(parent.height - 2 * Theme.spacing, content.implicitHeight + 4 * Theme.spacing)
        radius: Theme.radius
        color: Theme.surface

        // Words beside the keys; above them on a portrait screen.
        GridLayout {
            id: content
            anchors.centerIn: parent
            columns: pad.width >= pad.height ? 2 : 1
            rowSpacing: Theme.spacing * 3
            columnSpacing: Theme.spacing * 3

            ColumnLayout {
                Layout.preferredWidth: Math.round(230 * Theme.scale)
                spacing: Theme.spacing * 2
                Text {
                    Layout.fillWidth: true
                    objectName: "title"
                    text: pad.mode !== "set" ? qsTr("Settings PIN")
                        : PinLock.confirmingNewPin ? qsTr("Enter the new PIN again")
                        : qsTr("New settings PIN")
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {   // one dot per digit typed
                    objectName: "entryDots"
                    Layout.fillWidth: true
                    text: pad.entry.length > 0 ? "●".repeat(pad.entry.length) : " "
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.letterSpacing: Theme.spacing
                }
                Text {
                    objectName: "message"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.fontNormal * 2.6
                    wrapMode: Text.Wrap
                    readonly property string problem: pad.locked ? qsTr("Too many wrong tries. Locked for %n s.", "", PinLock.secondsLeft)
                        : pad.message !== "" ? pad.message
                        : pad.mode === "set" ? PinLock.newPinMessage
                        : ""
                    text: problem !== "" ? problem
                        : pad.mode === "set" && !PinLock.confirmingNewPin
                          ? qsTr("%1 to %2 digits").arg(PinLock.minimumLength).arg(PinLock.maximumLength)
                        : ""
                    color: problem !== "" ? Theme.error : Theme.textDim
                    font.pixelSize: Theme.fontNormal
                }
                TouchButton {
                    objectName: "cancelButton"
                    Layout.fillWidth: true
                    text: qsTr("Cancel")
                    onClicked: pad.cancelled()
                }
            }

            GridLayout {
                Layout.alignment: Qt.AlignHCenter
                columns: 3
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                    delegate: TouchButton {
                        required property string modelData
                        objectName: "key" + modelData
                        Layout.preferredWidth: Math.max(Theme.minTouch, Math.round(60 * Theme.scale))
                        Layout.preferredHeight: Layout.preferredWidth
                        text: modelData === "OK" ? qsTr("OK") : modelData
                        font.pixelSize: Theme.fontLarge
                        prominent: modelData === "OK"
                        enabled: !pad.locked && (modelData !== "OK" || pad.entry.length > 0)
                        onClicked: {
                            if (modelData === "OK")
                                pad.submit()
                            else if (modelData === "⌫")
                                pad.entry = pad.entry.slice(0, -1)
                            else
                                pad.press(modelData)
                        }
                    }
                }
            }
        }
    }
}
