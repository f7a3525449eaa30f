// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import PiCam

// The last ten minutes of a value as a thin line; points are normalised
// (x 0..1 over the ten minutes, y 0..1 over the values' span) by the facade.
Canvas {
    id: line

    property var points: []
    property color color: Theme.accent

    implicitHeight: 24
    renderStrategy: Canvas.Cooperative
    onPointsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        ctx.strokeStyle = Theme.surfaceRaised
        ctx.lineWidth = 1
        ctx.beginPath()
        ctx.moveTo(0, height - 0.5)
        ctx.lineTo(width, height - 0.5)
        ctx.stroke()
        if (!points || points.length === 0)
            return
        const pad = 2
        const px = p => p.x * (width - 2 * pad) + pad
        const py = p => (1 - p.y) * (height - 2 * pad) + pad
        ctx.strokeStyle = color
        ctx.lineWidth = 2
        ctx.lineJoin = "round"
        ctx.beginPath()
        ctx.moveTo(px(points[0]), py(points[0]))
        for (let i = 1; i < points.length; ++i)
            ctx.lineTo(px(points[i]), py(points[i]))
        ctx.stroke()
        const last = points[points.length - 1]
        ctx.fillStyle = color
        ctx.beginPath()
        ctx.arc(px(last), py(last), 2.5, 0, 2 * Math.PI)
        ctx.fill()
    }
}
