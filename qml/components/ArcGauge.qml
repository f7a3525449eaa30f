// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import PiCam

// A 270° arc gauge: the value as an arc from the minimum, range marks every
// `step`, the value and unit in the middle. Out-of-range values pin the arc
// to its end (and turn amber); a missing value shows "—" and no arc.
Item {
    id: gauge

    property real value: 0
    property bool available: true
    property real minimum: 0
    property real maximum: 100
    property real step: 10
    property string text: ""        // the value as the facade formats it
    property string unit: ""
    property color color: Theme.accent

    readonly property real startAngle: -135  // degrees from 12 o'clock, clockwise
    readonly property real sweep: 270
    readonly property bool missing: !available || isNaN(value)
    readonly property bool clamped: !missing && (value < minimum || value > maximum)
    readonly property real fraction: missing || maximum <= minimum
                                     ? 0 : Math.max(0, Math.min(1, (value - minimum) / (maximum - minimum)))
    // Where the arc ends: startAngle for the minimum, startAngle + sweep for the maximum.
    readonly property real angle: startAngle + fraction * sweep
    readonly property string shownText: missing ? "—" : text

    implicitWidth: 120
    implicitHeight: 120

    Canvas {
        id: canvas
        anchors.centerIn: parent
        width: Math.min(parent.width, parent.height)
        height: width
        renderStrategy: Canvas.Cooperative

        readonly property real thickness: Math.max(6, width * 0.09)

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const cx = width / 2, cy = height / 2
            const r = width / 2 - thickness / 2 - 2
            const rad = a => (a - 90) * Math.PI / 180
            ctx.lineCap = "round"
            ctx.lineWidth = thickness
            ctx.strokeStyle = Theme.surfaceRaised
            ctx.beginPath()
            ctx.arc(cx, cy, r, rad(gauge.startAngle), rad(gauge.startAngle + gauge.sweep), false)
            ctx.stroke()

            // Range marks, inside the track.
            if (gauge.step > 0 && gauge.maximum > gauge.minimum) {
                ctx.lineCap = "butt"
                ctx.lineWidth = Math.max(1.5, thickness * 0.18)
                ctx.strokeStyle = Theme.textDim
                const first = Math.ceil(gauge.minimum / gauge.step - 1e-9) * gauge.step
                for (let v = first; v <= gauge.maximum + 1e-9; v += gauge.step) {
                    const a = rad(gauge.startAngle + (v - gauge.minimum) / (gauge.maximum - gauge.minimum) * gauge.sweep)
                    const r1 = r - thickness * 0.75, r2 = r - thickness * 1.35
                    ctx.beginPath()
                    ctx.moveTo(cx + r1 * Math.cos(a), cy + r1 * Math.sin(a))
                    ctx.lineTo(cx + r2 * Math.cos(a), cy + r2 * Math.sin(a))
                    ctx.stroke()
                }
            }

            if (!gauge.missing) {
                ctx.lineCap = "round"
                ctx.lineWidth = thickness
                ctx.strokeStyle = gauge.clamped ? Theme.warning : gauge.color
                ctx.beginPath()
                ctx.arc(cx, cy, r, rad(gauge.startAngle), rad(gauge.angle), false)
                ctx.stroke()
            }
        }
    }

    Connections {
        target: gauge
        function onAngleChanged() { canvas.requestPaint() }
        function onMissingChanged() { canvas.requestPaint() }
        function onClampedChanged() { canvas.requestPaint() }
        function onMinimumChanged() { canvas.requestPaint() }
        function onMaximumChanged() { canvas.requestPaint() }
        function onStepChanged() { canvas.requestPaint() }
        function onColorChanged() { canvas.requestPaint() }
    }

    Column {
        anchors.centerIn: parent
        Text {
            objectName: "valueText"
            anchors.horizontalCenter: parent.horizontalCenter
            text: gauge.shownText
            color: gauge.missing ? Theme.textDim : gauge.clamped ? Theme.warning : Theme.text
            font.pixelSize: Math.max(Theme.fontSmall, Math.round(canvas.width * 0.2))
            font.bold: true
        }
        Text {
            objectName: "unitText"
            anchors.horizontalCenter: parent.horizontalCenter
            // Inside the ring, clear of the range marks.
            width: Math.min(implicitWidth, canvas.width * 0.62)
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 9
            text: gauge.missing ? qsTr("no reading") : gauge.unit
            color: Theme.textDim
            font.pixelSize: Math.max(Theme.fontTiny, Math.round(canvas.width * 0.11))
        }
    }

    // The ends of the range, under the ends of the arc.
    Text {
        objectName: "minimumText"
        x: canvas.x + canvas.width * 0.16 - width / 2
        y: canvas.y + canvas.height * 0.86
        text: Math.round(gauge.minimum)
        color: Theme.textDim
        font.pixelSize: Math.max(11, Math.round(canvas.width * 0.09))
    }
    Text {
        objectName: "maximumText"
        x: canvas.x + canvas.width * 0.84 - width / 2
        y: canvas.y + canvas.height * 0.86
        text: Math.round(gauge.maximum)
        color: Theme.textDim
        font.pixelSize: Math.max(11, Math.round(canvas.width * 0.09))
    }
}
