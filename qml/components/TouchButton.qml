// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import PiCam

// A finger-sized button: at least Theme.touch high, an icon and a label,
// activated by a tap or by Enter/Return (the Sense HAT joystick's press).
// Taps do not take the focus, so the focus ring stays where the joystick
// left it.
Button {
    id: control

    property url iconSource
    property color tint: Theme.text
    property bool prominent: false
    // False where the icon had to give way to the word (the language test
    // looks at this).
    readonly property bool iconShown: contentItem.iconShown
    // Why the button is disabled, for a person ("Streaming is off in
    // Settings"); whoever holds the button shows it when a disabled one is tapped.
    property string disabledReason: ""
    // How narrow it can go with its icon and its word still there, the
    // word shrunk as far as the label lets it (a row of buttons that would
    // otherwise wrap to two).
    readonly property real compactWidth: (iconSource.toString() !== "" ? contentItem.iconWidth + Theme.spacing : 0)
                                         + (text !== "" ? contentItem.wordWidth * shrink + 1 : 0)
                                         + leftPadding + rightPadding
    // The smallest the word is drawn (its font shrinks to fit, to this).
    readonly property real shrink: 0.75

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, contentItem.implicitWidth + 2 * Theme.spacing)
    focusPolicy: Qt.TabFocus
    font.pixelSize: Theme.fontNormal
    font.capitalization: Font.MixedCase
    topInset: 0
    bottomInset: 0
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    Accessible.description: enabled ? "" : disabledReason

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    // Long words (German, Irish) shrink to fit rather than overflow.
    contentItem: Item {
        readonly property bool iconShown: icon.visible
        readonly property real iconWidth: icon.width
        readonly property real wordWidth: metrics.advanceWidth
        // What the button would like, icon included (whether or not it fits).
        implicitWidth: (control.iconSource.toString() !== "" ? icon.width + row.spacing : 0)
                       + (control.text !== "" ? metrics.advanceWidth + 1 : 0)
        implicitHeight: Math.max(icon.height, metrics.height)
        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.spacing
            opacity: control.enabled ? 1 : 0.4
            Image {
                id: icon
                objectName: "icon"
                // Where the word would not fit beside it, the word wins.
                visible: control.iconSource.toString() !== ""
                         && (control.text === ""
                             || control.availableWidth >= width + row.spacing + metrics.advanceWidth * control.shrink)
                source: control.iconSource
                width: Math.round(control.font.pixelSize * 1.3)
                height: width
                sourceSize: Qt.size(width, height)
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                id: label
                objectName: "label"
                readonly property real room: control.availableWidth - (icon.visible ? icon.width + row.spacing : 0)
                width: Math.max(0, Math.min(metrics.advanceWidth + 1, room))
                height: control.availableHeight
                text: control.text
                visible: text !== ""
                font: control.font
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontTiny
                elide: Text.ElideRight
                color: control.tint
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                anchors.verticalCenter: parent.verticalCenter
            }
        }
        TextMetrics {
            id: metrics
            font: control.font
            text: control.text
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Qt.darker(base, 1.3) : base
        readonly property color base: control.prominent ? Qt.darker(Theme.accent, 1.8)
                                                        : Theme.surfaceRaised
        border.width: control.activeFocus && Theme.keyFocusVisible ? Theme.focusWidth : 0
        border.color: Theme.focus
    }
}
