// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Shapes
import PiCam

// The last ten minutes of a value as a thin line; points are normalised
// (x 0..1 over the ten minutes, y 0..1 over the values' span) by the facade.
// A Shape, not a Canvas: a new reading rebuilds one polyline's geometry
// instead of painting and uploading a texture.
Item {
    id: line

    property var points: []
    property color color: Theme.accent

    readonly property real pad: 2
    readonly property bool hasPoints: !!points && points.length > 0

    function placed() {
        const out = []
        for (let i = 0; hasPoints && i < points.length; ++i)
            out.push(place(points[i]))
        return out
    }
    function place(p) {
        return Qt.point(p.x * (width - 2 * pad) + pad, (1 - p.y) * (height - 2 * pad) + pad)
    }

    implicitHeight: 24

    // The base line.
    Rectangle {
        width: parent.width
        height: 1
        y: parent.height - 1
        color: Theme.surfaceRaised
    }
    Shape {
        anchors.fill: parent
        visible: line.hasPoints
        layer.enabled: true
        layer.samples: 4
        ShapePath {
            strokeColor: line.color
            strokeWidth: 2
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            capStyle: ShapePath.RoundCap
            PathPolyline {
                path: line.placed()
            }
        }
    }
    // The latest reading.
    Rectangle {
        objectName: "lastPoint"
        visible: line.hasPoints
        readonly property point at: line.hasPoints ? line.place(line.points[line.points.length - 1])
                                                   : Qt.point(0, 0)
        width: 5
        height: 5
        radius: 2.5
        x: at.x - 2.5
        y: at.y - 2.5
        color: line.color
    }
}
