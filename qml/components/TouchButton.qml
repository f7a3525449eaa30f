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

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, contentItem.implicitWidth + 2 * Theme.spacing)
    focusPolicy: Qt.TabFocus
    font.pixelSize: Theme.fontNormal
    font.capitalization: Font.MixedCase
    topInset: 0
    bottomInset: 0

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacing
        opacity: control.enabled ? 1 : 0.4
        Image {
            visible: control.iconSource.toString() !== ""
            source: control.iconSource
            width: Math.round(control.font.pixelSize * 1.3)
            height: width
            sourceSize: Qt.size(width, height)
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            text: control.text
            visible: text !== ""
            font: control.font
            color: control.tint
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Qt.darker(base, 1.3) : base
        readonly property color base: control.prominent ? Qt.darker(Theme.accent, 1.8)
                                                        : Theme.surfaceRaised
        border.width: control.activeFocus ? Theme.focusWidth : 0
        border.color: Theme.focus
    }
}
