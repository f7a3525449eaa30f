// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PiCam

// One row of keys for a number field: the digits, "." for a decimal, "-"
// where negatives are allowed, delete and Done. Nothing else (no space, no
// calculator signs); one row keeps the field in view above it. The keys
// never take the focus, so the field being edited keeps it.
RowLayout {
    id: pad

    // The TextField being edited.
    property Item target: null
    property bool decimals: false
    property bool negative: false
    signal done()

    spacing: Math.round(Theme.spacing / 2)

    // The field is read-only (no input method, so no keyboard): its text is
    // replaced rather than typed into.
    function press(key) {
        if (!target)
            return
        const text = target.text
        let from = target.selectionStart
        let to = target.selectionEnd
        if (from === to && key === "back")
            from = Math.max(0, to - 1)
        const insert = key === "back" ? "" : key
        target.text = text.slice(0, from) + insert + text.slice(to)
        target.cursorPosition = from + insert.length
    }

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]
                .concat(pad.decimals ? ["."] : [])
                .concat(pad.negative ? ["-"] : [])
        delegate: padKey
    }
    TouchButton {
        objectName: "key:back"
        Layout.fillWidth: true
        Layout.preferredWidth: 1.4
        implicitWidth: Theme.spacing * 4
        text: "⌫"
        font.pixelSize: Theme.fontLarge
        focusPolicy: Qt.NoFocus
        onClicked: pad.press("back")
    }
    TouchButton {
        objectName: "key:done"
        Layout.fillWidth: true
        Layout.preferredWidth: 2
        text: qsTr("Done")
        prominent: true
        focusPolicy: Qt.NoFocus
        onClicked: pad.done()
    }

    Component {
        id: padKey
        TouchButton {
            required property string modelData
            objectName: "key:" + modelData
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitWidth: Theme.spacing * 4
            text: modelData
            font.pixelSize: Theme.fontLarge
            focusPolicy: Qt.NoFocus
            onClicked: pad.press(modelData)
        }
    }
}
