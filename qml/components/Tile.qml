// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Layouts
import PiCam

// A panel with a title on top; the content fills the rest.
Rectangle {
    id: tile

    property string title
    property string subtitle
    default property alias content: body.data

    radius: Theme.radius
    color: Theme.surface

    Text {
        id: heading
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        text: tile.title
        color: Theme.textDim
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    Text {
        id: subheading
        anchors { left: parent.left; right: parent.right; top: heading.bottom; leftMargin: Theme.spacing; rightMargin: Theme.spacing }
        visible: tile.subtitle !== ""
        height: visible ? implicitHeight : 0
        text: tile.subtitle
        color: Theme.textDim
        font.pixelSize: Theme.fontTiny
        elide: Text.ElideRight
    }
    Item {
        id: body
        anchors {
            left: parent.left; right: parent.right; bottom: parent.bottom
            top: subheading.bottom; margins: Theme.spacing; topMargin: Math.round(Theme.spacing / 2)
        }
    }
}
