// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Shapes
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

    // Drawn with Qt Quick Shapes: the arcs are geometry the GPU draws, and
    // only the value arc is built again when the value moves. (A Canvas was
    // painted in software into a texture and uploaded on every change.)
    // Multisampled as a layer: Shapes on Qt 6.4 have no antialiasing of
    // their own, and the layer is re-rendered only when a path changes.
    Item {
        id: dial
        anchors.centerIn: parent
        width: Math.min(parent.width, parent.height)
        height: width

        readonly property real thickness: Math.max(6, width * 0.09)
        readonly property real radius: width / 2 - thickness / 2 - 2
        // Range marks, inside the track.
        readonly property real markOuter: radius - thickness * 0.75
        readonly property real markInner: radius - thickness * 1.35

        // One [outer, inner] pair of points per range mark.
        function marks() {
            const lines = []
            if (gauge.step <= 0 || gauge.maximum <= gauge.minimum)
                return lines
            const first = Math.ceil(gauge.minimum / gauge.step - 1e-9) * gauge.step
            for (let v = first; v <= gauge.maximum + 1e-9; v += gauge.step) {
                const a = (gauge.startAngle - 90 + (v - gauge.minimum) / (gauge.maximum - gauge.minimum) * gauge.sweep)
                          * Math.PI / 180
                const c = Math.cos(a), s = Math.sin(a)
                lines.push([Qt.point(width / 2 + markOuter * c, height / 2 + markOuter * s),
                            Qt.point(width / 2 + markInner * c, height / 2 + markInner * s)])
            }
            return lines
        }

        Shape {
            anchors.fill: parent
            layer.enabled: true
            layer.samples: 4
            ShapePath {
                objectName: "track"
                strokeColor: Theme.surfaceRaised
                strokeWidth: dial.thickness
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                PathAngleArc {
                    centerX: dial.width / 2
                    centerY: dial.height / 2
                    radiusX: dial.radius
                    radiusY: dial.radius
                    // PathAngleArc counts from 3 o'clock, the gauge from 12.
                    startAngle: gauge.startAngle - 90
                    sweepAngle: gauge.sweep
                }
            }
            ShapePath {
                objectName: "marks"
                strokeColor: Theme.textDim
                strokeWidth: Math.max(1.5, dial.thickness * 0.18)
                fillColor: "transparent"
                capStyle: ShapePath.FlatCap
                PathMultiline {
                    paths: dial.marks()
                }
            }
            ShapePath {
                objectName: "valueArc"
                // Transparent rather than hidden: a missing value draws nothing.
                strokeColor: gauge.missing ? "transparent" : gauge.clamped ? Theme.warning : gauge.color
                strokeWidth: dial.thickness
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                PathAngleArc {
                    centerX: dial.width / 2
                    centerY: dial.height / 2
                    radiusX: dial.radius
                    radiusY: dial.radius
                    startAngle: gauge.startAngle - 90
                    sweepAngle: gauge.angle - gauge.startAngle
                }
            }
        }
    }

    Column {
        anchors.centerIn: parent
        Text {
            objectName: "valueText"
            anchors.horizontalCenter: parent.horizontalCenter
            text: gauge.shownText
            color: gauge.missing ? Theme.textDim : gauge.clamped ? Theme.warning : Theme.text
            font.pixelSize: Math.max(Theme.fontSmall, Math.round(dial.width * 0.2))
            font.bold: true
        }
        Text {
            objectName: "unitText"
            anchors.horizontalCenter: parent.horizontalCenter
            // Inside the ring, clear of the range marks.
            width: Math.min(implicitWidth, dial.width * 0.62)
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 9
            text: gauge.missing ? qsTr("no reading") : gauge.unit
            color: Theme.textDim
            font.pixelSize: Math.max(Theme.fontTiny, Math.round(dial.width * 0.11))
        }
    }

    // The ends of the range, under the ends of the arc.
    Text {
        objectName: "minimumText"
        x: dial.x + dial.width * 0.16 - width / 2
        y: dial.y + dial.height * 0.86
        text: Math.round(gauge.minimum)
        color: Theme.textDim
        font.pixelSize: Math.max(11, Math.round(dial.width * 0.09))
    }
    Text {
        objectName: "maximumText"
        x: dial.x + dial.width * 0.84 - width / 2
        y: dial.y + dial.height * 0.86
        text: Math.round(gauge.maximum)
        color: Theme.textDim
        font.pixelSize: Math.max(11, Math.round(dial.width * 0.09))
    }
}
