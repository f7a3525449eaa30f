// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick

// The root of everything on the screen, turned by `angle` degrees clockwise
// (ui/rotation) for a display mounted sideways or upside down. Turned by an
// Item rotation, so touches are mapped back through the same transform and
// land where the finger is. At 90 and 270 width and height are swapped: what
// is inside sees the screen as the viewer does (a 800x480 panel mounted on
// its side is a 480x800 portrait screen). Popups of Qt Quick Controls live in
// the window's overlay, outside this item, and would not turn: the screen
// uses none.
Item {
    id: root

    property int angle: 0
    readonly property bool sideways: angle === 90 || angle === 270

    anchors.centerIn: parent
    width: parent ? (sideways ? parent.height : parent.width) : 0
    height: parent ? (sideways ? parent.width : parent.height) : 0
    rotation: angle
    transformOrigin: Item.Center
}
