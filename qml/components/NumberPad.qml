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

    function press(key) {
        if (!target)
            return
        if (key === "back") {
            if (target.selectedText !== "")
                target.remove(target.selectionStart, target.selectionEnd)
            else if (target.cursorPosition > 0)
                target.remove(target.cursorPosition - 1, target.cursorPosition)
        } else {
            if (target.selectedText !== "")
                target.remove(target.selectionStart, target.selectionEnd)
            target.insert(target.cursorPosition, key)
        }
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
