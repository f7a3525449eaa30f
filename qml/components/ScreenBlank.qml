// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import PiCam

// Black over everything while the display is dark (DisplayPower): where the
// backlight cannot be switched off completely nothing shows through, and no
// tap reaches what is behind (the touch that wakes the screen is also held
// back before it gets here).
Rectangle {
    color: "black"
    visible: DisplayPower.blanked

    MouseArea { anchors.fill: parent }
}
